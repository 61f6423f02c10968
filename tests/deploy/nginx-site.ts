/**
 * The deployment under test: both built editions published with deploy/publish.sh, the nginx
 * configuration rendered with deploy/render-nginx.sh, the staff password file made with the
 * README's command, and nginx started on 127.0.0.1 with its own pid, logs and temporary files in
 * a temporary folder. Two nginx processes: the configuration as the README renders it, and the
 * same with a school-network allow-list for the staff edition.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const base = Number(process.env.E2E_PORT ?? 4401);

/** What the tests need to know about the running deployment. */
export const site = {
  /** nginx as deployed. */
  port: base + 4,
  /** nginx with the staff edition limited to 127.0.0.1 (satisfy all). */
  allowPort: base + 5,
  publicHost: 'www.school.test',
  staffHost: 'staff.school.test',
  user: 'teacher',
  password: 'Jiao-shi 2026',
  /** A text placed outside both editions, that no request may ever return. */
  secret: 'SECRET-OUTSIDE-THE-SITE-4e1f',
};

/** Where the state of a run is kept, for the tests and for stopping nginx. */
export const stateFile = join(root, 'test-results', 'deploy-nginx.json');

export interface State {
  dir: string;
  webRoot: string;
  pids: number[];
}

export function readState(): State {
  return JSON.parse(readFileSync(stateFile, 'utf8')) as State;
}

function run(command: string, args: string[], options: { input?: string; cwd?: string } = {}): string {
  const result = spawnSync(command, args, { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function waitForPort(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((ok, fail) => {
    const attempt = () => {
      const socket = connect({ port, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.destroy();
        ok();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > until) fail(new Error(`nginx did not answer on 127.0.0.1:${port} within ${ms} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** The site.env the README asks the school to write, with this test's values. */
function siteEnv(webRoot: string, htpasswd: string, port: number, allow = ''): string {
  return [
    `PUBLIC_NAME="${site.publicHost}"`,
    `STAFF_NAME="${site.staffHost}"`,
    `PUBLIC_LISTEN="127.0.0.1:${port}"`,
    `STAFF_LISTEN="127.0.0.1:${port}"`,
    `WEB_ROOT="${webRoot}"`,
    `HTPASSWD="${htpasswd}"`,
    `STAFF_ALLOW="${allow}"`,
    'STAFF_SATISFY="all"',
    '',
  ].join('\n');
}

/** Start nginx with `siteConf` on its own prefix; resolves to its PID once it answers. */
async function startNginx(nginx: string, dir: string, siteConf: string, port: number): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    [
      'daemon off;',
      'master_process on;',
      'worker_processes 1;',
      // As root, nginx's workers run as www-data, as Debian's nginx does: they must be able to read
      // the web root and the password file just as on the school's server.
      ...(asRoot ? ['user www-data;'] : []),
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 128; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  sendfile on;',
      `  access_log ${join(dir, 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(dir, t)};`),
      `  include ${siteConf};`,
      '}',
      '',
    ].join('\n'),
  );
  run(nginx, ['-t', '-q', '-p', dir, '-c', conf, '-e', join(dir, 'error.log')]);
  const child = spawn(nginx, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  let exited = false;
  child.on('exit', () => (exited = true));
  await waitForPort(port, 10_000);
  if (exited || !child.pid) throw new Error(`nginx exited at once: see ${join(dir, 'error.log')}`);
  child.unref();
  return child.pid;
}

/** Publish, configure and start everything; writes the state file. */
export async function startDeployment(tools: { nginx: string; openssl: string }): Promise<State> {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-test-'));
  chmodSync(dir, 0o755);
  const webRoot = join(dir, 'www');

  // The staff password file, made with the README's command (openssl passwd -6: SHA-512 crypt).
  const htpasswd = join(dir, 'school-rules.htpasswd');
  const hashed = run(tools.openssl, ['passwd', '-6', '-stdin'], { input: `${site.password}\n` }).trim();
  writeFileSync(htpasswd, `${site.user}:${hashed}\n`, { mode: 0o640 });
  if (process.getuid?.() === 0) chownSync(htpasswd, 0, Number(run('getent', ['group', 'www-data']).split(':')[2]));

  writeFileSync(join(dir, 'site.env'), siteEnv(webRoot, htpasswd, site.port));
  writeFileSync(join(dir, 'allow.env'), siteEnv(webRoot, htpasswd, site.allowPort, '127.0.0.1'));
  run('sh', [join(root, 'deploy/publish.sh'), '--no-reload', join(dir, 'site.env')]);
  writeFileSync(join(dir, 'site.conf'), run('sh', [join(root, 'deploy/render-nginx.sh'), join(dir, 'site.env')]));
  writeFileSync(join(dir, 'allow.conf'), run('sh', [join(root, 'deploy/render-nginx.sh'), join(dir, 'allow.env')]));

  // Things no request may reach: files beside the web root and beside each edition, and a folder
  // whose name begins with an edition's name.
  writeFileSync(join(dir, 'secret.txt'), site.secret);
  writeFileSync(join(webRoot, 'secret.txt'), site.secret);
  mkdirSync(join(webRoot, 'public-old'));
  writeFileSync(join(webRoot, 'public-old', 'secret.txt'), site.secret);
  mkdirSync(join(webRoot, 'staff-old'));
  writeFileSync(join(webRoot, 'staff-old', 'secret.txt'), site.secret);

  const state: State = { dir, webRoot, pids: [] };
  mkdirSync(join(root, 'test-results'), { recursive: true });
  try {
    state.pids.push(await startNginx(tools.nginx, join(dir, 'nginx-main'), join(dir, 'site.conf'), site.port));
    writeFileSync(stateFile, JSON.stringify(state));
    state.pids.push(await startNginx(tools.nginx, join(dir, 'nginx-allow'), join(dir, 'allow.conf'), site.allowPort));
    writeFileSync(stateFile, JSON.stringify(state));
  } catch (error) {
    await stopDeployment(state);
    throw error;
  }
  return state;
}

/** Stop each nginx by its PID and wait until it is gone. */
export async function stopDeployment(state: State): Promise<void> {
  for (const pid of state.pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      continue; // already gone
    }
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      try {
        process.kill(pid, 0);
      } catch {
        break;
      }
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
}
