/**
 * The content pipeline, in one place. Every path (build, dev server, `npm run check:content`, the
 * tests) goes through loadSiteContent, which reads and checks content/ once:
 *
 *   content/ ─ read.ts ─► files ─ validate.ts (mdx.ts, components.ts) ─► checked content
 *            ─ document-pages.ts ─► page plans;  per edition: cross-refs.ts ─► citation registry
 *
 * The integration src/integrations/content.ts runs it when Astro starts and stops the build with the
 * report when anything is wrong. The collections (src/content.config.ts), the Markdown plugins
 * (src/markdown/) and the pages (src/data/site.ts) all take the same result from here: nothing
 * else reads content/. The result is kept per process, so it is made once per build; in the dev
 * server it is made again only when a file under content/ has changed.
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { readContent, type RawContent } from './read.ts';
import { fileDates } from './file-dates.ts';
import { checkContent, type CheckedContent, type CheckedDocument } from './validate.ts';
import { formatProblems, REPORT_HINT, type Problem } from './messages.ts';
import { planDocumentPages, type DocumentPlan } from '../document-pages.ts';
import { buildRegistry, type LinkRegistry } from '../cross-refs.ts';
import type { Edition } from '../editions.ts';
import { fillPlaceholders } from '../placeholders.ts';
import type { Settings } from '../../schemas/settings.ts';

/** The checked content, with what is worked out from it once. */
export interface SiteContent {
  /** The content folder (absolute). */
  root: string;
  content: CheckedContent;
  settings: Settings;
  /** How each document is cut into pages, by document id. */
  plans: ReadonlyMap<string, DocumentPlan>;
  /** The checked document in a file (an absolute path), if it is one. */
  documentAt(path: string): CheckedDocument | undefined;
  /** The date each content file last changed (YYYY-MM-DD), by its name as the checker gives it (content/powers/xs-03.mdx). */
  fileDates: ReadonlyMap<string, string>;
}

/** Every text file of the content (not the attachments), as absolute paths. */
function contentFiles(raw: RawContent, base: string): string[] {
  const yaml = [raw.settings, raw.bodies, raw.departments, raw.roles, raw.matters, raw.glossary];
  return [...raw.documents, ...raw.powers, ...raw.pages, ...yaml].flatMap((f) => (f ? [resolve(base, f.file)] : []));
}

/** The outcome of one run of the pipeline. */
export type PipelineResult = { ok: true; site: SiteContent } | { ok: false; problems: Problem[] };

/** Thrown where content is needed but has problems: the message is the authors' report. */
export class ContentError extends Error {
  readonly problems: Problem[];
  /** Shown by Astro under the message. */
  readonly hint = REPORT_HINT;
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
    // The report is all an author needs, not where in our code it was noticed.
    this.stack = '';
  }

  /**
   * Astro replaces the hint of any error whose text contains "document" or "window" with advice about
   * browser APIs (generateHint in astro/dist/core/errors/dev/utils.js), and the report names files under
   * content/documents/. It tests toString(), so that gives the report's first line only.
   */
  override toString(): string {
    return `${this.name}: ${this.message.split('\n')[0]}`;
  }
}

/**
 * The content folder: `SITE_CONTENT` (the tests build a small fixture site with it), or content/
 * in the project.
 */
export function contentRoot(projectRoot: string = process.cwd()): string {
  const dir = process.env.SITE_CONTENT || 'content';
  return isAbsolute(dir) ? dir : resolve(projectRoot, dir);
}

/** Names, sizes and times of every file under `dir`: when it changes, the content must be read again. */
function fingerprint(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else {
        const s = statSync(path);
        out.push(`${path}\u0000${s.size}\u0000${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out.join('\n');
}

/** Kept on globalThis: Astro loads the config, the collections and the pages as separate module graphs in one process. */
const cache = ((globalThis as Record<symbol, unknown>)[Symbol.for('school-site.content')] ??= new Map()) as Map<
  string,
  { stamp: string; result: PipelineResult }
>;

/** Read and check the content at `root` (once per process, and again only after a file changed). */
export function loadSiteContent(root: string = contentRoot()): PipelineResult {
  const stamp = fingerprint(root);
  const cached = cache.get(root);
  if (cached?.stamp === stamp) return cached.result;
  const raw = readContent(root);
  const content = checkContent(raw);
  const byPath = new Map(content.documents.map((d) => [resolve(root, '..', d.file), d]));
  const result: PipelineResult =
    content.problems.length > 0 || !content.settings
      ? { ok: false, problems: content.problems }
      : {
          ok: true,
          site: {
            root,
            content,
            settings: content.settings,
            plans: new Map(content.documents.map((d) => [d.id, planDocumentPages(d.structure, d.body.length)])),
            documentAt: (path) => byPath.get(resolve(path)),
            fileDates: fileDates(root, resolve(root, '..'), contentFiles(raw, resolve(root, '..'))),
          },
        };
  cache.set(root, { stamp, result });
  return result;
}

/** The checked content at `root`; throws the authors' report when there is anything to fix. */
export function siteContent(root: string = contentRoot()): SiteContent {
  const result = loadSiteContent(root);
  if (!result.ok) throw new ContentError(result.problems);
  return result.site;
}

const registries = new WeakMap<SiteContent, Map<Edition, LinkRegistry>>();

/** Citations, backlinks and glossary terms of `site` for `edition`, made once. */
export function registryOf(site: SiteContent, edition: Edition): LinkRegistry {
  const byEdition = registries.get(site) ?? new Map<Edition, LinkRegistry>();
  registries.set(site, byEdition);
  let registry = byEdition.get(edition);
  if (!registry) {
    registry = buildRegistry(site.content, edition, site.plans, (s) => fillPlaceholders(s, site.settings));
    byEdition.set(edition, registry);
  }
  return registry;
}
