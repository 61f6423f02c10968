// The Content-Security-Policy of the built site: only the site's own files, plus the SHA-256
// hashes of the inline scripts, inline styles and style attributes the built pages hold (today:
// the search page's pre-paint script, two small stylesheets Astro inlines, and the width of the
// flow and organisation charts). Hashed from the pages themselves on every publish, so that the
// policy always matches what is served.
//   node scripts/csp.mjs [--nginx] <edition folder>…
// prints the policy, or with --nginx the `add_header` line that deploy/publish.sh writes to
// WEB_ROOT/csp.conf.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
const decode = (s) => s.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, e) => ENTITIES[e]);
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Every .html file under `dir`. */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The hashes a policy needs for `html`: inline <script> bodies, <style> bodies and style=""
 * values. Throws on what no hash may allow (event-handler attributes, javascript: URLs): those
 * belong in a script file.
 */
export function inlineHashes(html, file = 'page') {
  const scripts = new Set();
  const styles = new Set();
  const attributes = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue; // data, not code
    scripts.add(hash(m[2] ?? ''));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.add(hash(m[1] ?? ''));
  for (const m of html.matchAll(/<[a-z][^>]*?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    attributes.add(hash(decode(m[1] ?? m[2] ?? '')));
  }
  const handler = /<[a-z][^>]*?\s(on[a-z]+)\s*=/i.exec(html);
  if (handler) throw new Error(`${file}: inline event handler ${handler[1]}=; move it into a script file`);
  if (/\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(html))
    throw new Error(`${file}: javascript: URL; move it into a script file`);
  return { scripts, styles, attributes };
}

/** The policy for the pages in `dirs`. */
export function contentSecurityPolicy(dirs) {
  const scripts = new Set();
  const styles = new Set();
  let attributes = false;
  for (const dir of dirs) {
    for (const file of htmlFiles(dir)) {
      const found = inlineHashes(readFileSync(file, 'utf8'), file);
      found.scripts.forEach((h) => scripts.add(h));
      found.styles.forEach((h) => styles.add(h));
      found.attributes.forEach((h) => styles.add(h));
      attributes ||= found.attributes.size > 0;
    }
  }
  const sorted = (set) => [...set].sort();
  return [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly search engine: 'wasm-unsafe-eval' allows that, and no eval().
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...sorted(scripts)].join(' '),
    // 'unsafe-hashes' lets the hashes match style="" attributes too (only those listed).
    ['style-src', "'self'", ...(attributes ? ["'unsafe-hashes'"] : []), ...sorted(styles)].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const nginx = args[0] === '--nginx';
  const dirs = nginx ? args.slice(1) : args;
  if (dirs.length === 0) {
    console.error('usage: node scripts/csp.mjs [--nginx] <edition folder>…');
    process.exit(2);
  }
  const policy = contentSecurityPolicy(dirs);
  console.log(
    nginx
      ? `# Written by deploy/publish.sh (scripts/csp.mjs) from the published pages; do not edit.\nadd_header Content-Security-Policy "${policy}" always;`
      : policy,
  );
}
