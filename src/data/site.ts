/**
 * The site's data for the pages, for this edition: taken from the checked content
 * (src/lib/content/pipeline.ts), filtered to the edition, with placeholders filled. The one module
 * that queries the content collections, which only make the MDX files renderable (renderEntry).
 */
import { join, relative, resolve } from 'node:path';
import { getEntry, render } from 'astro:content';
import { isPublished, parseEdition, type Edition } from '../lib/editions.ts';
import { displayStatus, type DisplayStatus } from '../lib/status.ts';
import { todayInChina } from '../lib/dates.ts';
import { fillDeep } from '../lib/placeholders.ts';
import { documentHref, powerHref, type PagePlans } from '../lib/links.ts';
import { registryOf, siteContent } from '../lib/content/pipeline.ts';
import type { CheckedDocument } from '../lib/content/validate.ts';
import type { ComponentUse } from '../lib/content/mdx.ts';
import type { Settings } from '../schemas/settings.ts';
import type { Body, Department, Role } from '../schemas/org.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { LinkRegistry } from '../lib/cross-refs.ts';
import type { MatterData } from '../schemas/matter.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { PowerData } from '../schemas/power.ts';
import type { PageData } from '../schemas/page.ts';
import { documentKinds } from '../schemas/document.ts';

/** A file attached to a document or power item (<Attachment>). */
export interface AttachmentRef {
  file: string;
  title: string;
}

/** A published document with what its pages need. */
export interface Doc {
  id: string;
  url: string;
  data: DocumentData;
  status: DisplayStatus;
  /** Its structure as the checker read it. */
  checked: CheckedDocument;
  attachments: AttachmentRef[];
}

/** A published power item. */
export interface Power {
  id: string;
  url: string;
  data: PowerData;
  /** Whether it has text (说明, 附件) below its fields. */
  hasBody: boolean;
  attachments: AttachmentRef[];
  /** The day its file last changed (YYYY-MM-DD). */
  updated: string | undefined;
}

/** A page of the site written in MDX (content/pages/). */
export interface SitePage {
  id: string;
  data: PageData;
}

/** Everything a page may need, for this edition. */
export interface Site {
  edition: Edition;
  settings: Settings;
  /** The build date (YYYY-MM-DD, China time). */
  today: string;
  documents: Doc[];
  powers: Power[];
  bodies: Map<string, Body>;
  departments: Map<string, Department>;
  roles: Map<string, Role>;
  /** Citations, backlinks and glossary terms for this edition (the same registry the Markdown plugins use). */
  links: LinkRegistry;
  /** How each document is cut into pages. */
  plans: PagePlans;
  /** The glossary, placeholders filled, in pinyin order. */
  glossary: GlossaryTerm[];
  /** The decision matters of this edition, in the order of content/org/matters.yaml. */
  matters: MatterData[];
  /** The attachments this edition publishes (file names). */
  attachments: string[];
  /** An attachment's size in bytes. */
  attachmentSize(file: string): number;
  doc(id: string): Doc | undefined;
  power(code: string): Power | undefined;
  page(id: string): SitePage | undefined;
  /** A role's or body's display name. */
  actorName(id: string): string;
  /** The day a content file last changed (YYYY-MM-DD), by its path in the content folder: fileDate('org/matters.yaml'). */
  fileDate(path: string): string | undefined;
}

let cached: { source: object; site: Site } | undefined;

/** The attachments written in a file's text, in order. */
function attachmentsIn(components: ComponentUse[]): AttachmentRef[] {
  return components.filter((c) => c.name === 'Attachment').map((c) => ({ file: c.props.file!, title: c.props.title! }));
}

function load(): Site {
  const source = siteContent();
  const { content, settings } = source;
  const edition = parseEdition(process.env.SITE_EDITION);
  const today = todayInChina();
  // Placeholders (〔学校名称〕…) are filled here, once, in every text field; pages receive final text.
  const fill = <T>(x: T): T => fillDeep(x, settings);
  // The checker names files from the content folder's parent (content/powers/xs-03.mdx).
  const base = resolve(source.root, '..');
  const fileDate = (path: string) => source.fileDates.get(relative(base, join(source.root, path)));
  const kindOrder = (kind: string) => documentKinds.indexOf(kind as never);

  const documents = content.documents
    .filter((d) => isPublished(d.data, edition))
    .map((d): Doc => ({
      id: d.id,
      url: documentHref(d.id),
      data: fill(d.data),
      status: displayStatus(d.data, today),
      checked: d,
      attachments: fill(attachmentsIn(d.components)),
    }))
    .sort((a, b) => kindOrder(a.data.kind) - kindOrder(b.data.kind) || a.data.title.localeCompare(b.data.title, 'zh'));
  const powers = content.powers
    .filter((p) => isPublished(p.data, edition))
    .map((p): Power => ({
      id: p.id,
      url: powerHref(p.id),
      data: fill(p.data),
      hasBody: p.body.trim() !== '',
      attachments: fill(attachmentsIn(p.components)),
      updated: source.fileDates.get(p.file),
    }))
    .sort((a, b) => a.data.code.localeCompare(b.data.code));
  const pages = content.pages.map((p): SitePage => ({ id: p.id, data: fill(p.data) }));
  const bodies = new Map(content.bodies.map((b) => [b.id, fill(b)]));
  const departments = new Map(content.departments.map((d) => [d.id, fill(d)]));
  const roles = new Map(content.roles.map((r) => [r.id, fill(r)]));
  // A matter has no status of its own: it is published as an in-force item of its audience.
  const matters = content.matters.filter((m) => isPublished({ audience: m.audience, status: 'in-force' }, edition)).map(fill);
  // In the order of the terms' pronunciation (拼音), as a reader looks them up.
  const glossary = content.glossary.map(fill).sort((a, b) => a.term.localeCompare(b.term, 'zh-Hans-CN'));
  const attachments = [...new Set([...documents, ...powers].flatMap((x) => x.attachments.map((a) => a.file)))].sort();
  const byId = new Map(documents.map((d) => [d.id, d]));
  const byCode = new Map(powers.map((p) => [p.data.code, p]));
  const pageById = new Map(pages.map((p) => [p.id, p]));
  const sizes = new Map(content.attachments.map((a) => [a.name, a.size]));

  return {
    edition,
    settings,
    today,
    documents,
    powers,
    bodies,
    departments,
    roles,
    links: registryOf(source, edition),
    plans: source.plans,
    glossary,
    matters,
    attachments,
    attachmentSize: (file) => sizes.get(file) ?? 0,
    doc: (id) => byId.get(id),
    power: (code) => byCode.get(code),
    page: (id) => pageById.get(id),
    actorName: (id) => roles.get(id)?.name ?? bodies.get(id)?.shortName ?? departments.get(id)?.name ?? id,
    fileDate,
  };
}

/** The site data, made once per build (and again in the dev server when the content has changed). */
export function getSite(): Site {
  const source = siteContent();
  if (cached?.source !== source) cached = { source, site: load() };
  return cached.site;
}

/** The compiled MDX of a document, a power item's text or a site page, ready to render. */
export async function renderEntry(collection: 'documents' | 'powers' | 'pages', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry ${id}`);
  return render(entry);
}
