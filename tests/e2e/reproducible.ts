/** The two days scripts/build-on-days.mjs builds the fixture site on, and the comparison of the two builds. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SiteContent } from '../../src/lib/content/pipeline.ts';

/** Every date written in the content (dates in force, published, history, power items' changes). */
function contentDates(site: SiteContent): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([...site.content.documents, ...site.content.versions].map((d) => d.data));
  walk(site.content.powers.map((p) => p.data));
  return found.sort();
}

/** Two days a year apart, after every date in the content: no text comes into force between them. */
export function reproducibleDays(site: SiteContent): [string, string] {
  const last = new Date(`${contentDates(site).at(-1)!}T00:00:00Z`);
  const day = (plus: number) => new Date(last.getTime() + plus * 86_400_000).toISOString().slice(0, 10);
  return [day(1), day(366)];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The files that differ between two builds (present in one only, or with other bytes), by path. */
export function differences(a: string, b: string): string[] {
  const left = files(a).map((f) => relative(a, f));
  const right = new Set(files(b).map((f) => relative(b, f)));
  const out: string[] = [];
  for (const f of left) {
    if (!right.has(f)) out.push(`${f}: only in ${a}`);
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(`${f}: differs`);
    right.delete(f);
  }
  for (const f of right) out.push(`${f}: only in ${b}`);
  return out;
}
