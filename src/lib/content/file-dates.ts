/**
 * When each content file last changed, for the pages whose content carries no date of its own (power
 * items, the decision matters, the glossary, the site's pages): the date of the last commit that changed
 * the file, as Starlight's lastUpdated does. A file with changes not yet committed (or no git at all, as in
 * a copied folder) takes the day it was last saved. Same commit, same dates: a rebuild on another day
 * gives the same pages.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { todayInChina } from '../dates.ts';

/**
 * The latest date of each file in the output of `git log --format=%x00%cs --name-only` (newest commit
 * first): paths as git printed them, dates YYYY-MM-DD.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of output.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').map((l) => l.trim());
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date!);
  }
  return dates;
}

/** The paths `git status --porcelain` reports as changed or new (renames: the new path). */
export function parseGitStatus(output: string): string[] {
  return output
    .split('\n')
    .filter((l) => l.length > 3)
    .map((l) => l.slice(3).replace(/^.* -> /, '').replace(/^"(.*)"$/, '$1'));
}

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/**
 * The date each of `files` (absolute paths under `root`) last changed, keyed by its path relative to
 * `base` (as the checker names files: content/powers/xs-03.mdx).
 */
export function fileDates(root: string, base: string, files: string[]): Map<string, string> {
  // Paths in git's answers are relative to the top of the repository.
  const top = git(['rev-parse', '--show-toplevel'], root)?.trim();
  const quiet = ['-c', 'core.quotePath=false'];
  const log = top === undefined ? undefined : git([...quiet, 'log', '--format=%x00%cs', '--name-only', '--', '.'], root);
  const status = top === undefined ? undefined : git([...quiet, 'status', '--porcelain', '--untracked-files=all', '--', '.'], root);
  const committed = log === undefined ? new Map<string, string>() : parseGitLog(log);
  const changed = new Set(status === undefined ? [] : parseGitStatus(status));
  const dates = new Map<string, string>();
  for (const path of files) {
    const inRepo = top === undefined ? path : relative(top, realpathSync(path));
    const date = !changed.has(inRepo) && committed.get(inRepo);
    dates.set(relative(base, path), date || todayInChina(statSync(path).mtime));
  }
  return dates;
}
