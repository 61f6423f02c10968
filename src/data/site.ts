/**
 * The site's data for the pages, for this edition: taken from the checked content
 * (src/lib/content/pipeline.ts), filtered to the edition, with placeholders filled. The one module
 * that queries the content collections, which only make the MDX files renderable (renderEntry).
 */
import { getEntry, render } from 'astro:content';
import { isPublished, parseEdition, type Edition } from '../lib/editions.ts';
import { displayStatus, type DisplayStatus } from '../lib/status.ts';
import { buildDay } from '../lib/dates.ts';
import { fillDeep, fillPlaceholders } from '../lib/placeholders.ts';
import { compareHref, documentHref, powerHref, versionHref, type PagePlans } from '../lib/links.ts';
import { registryOf, siteContent } from '../lib/content/pipeline.ts';
import type { CheckedDocument, CheckedVersion } from '../lib/content/validate.ts';
import { timeline } from '../lib/versions.ts';
import { articleUnits, compareTexts, type Comparison } from '../lib/compare.ts';
import { latestDate, listUpdates, type Update } from '../lib/updates.ts';
import { lastChanged } from '../lib/views.ts';
import type { ComponentUse } from '../lib/content/mdx.ts';
import type { Settings } from '../schemas/settings.ts';
import type { Body, Department, Role } from '../schemas/org.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { LinkRegistry } from '../lib/cross-refs.ts';
import type { MatterData } from '../schemas/matter.ts';
import type { DocumentData, VersionData } from '../schemas/document.ts';
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
  /** Its earlier texts on this edition, oldest first (empty for most documents). */
  versions: Version[];
  /** All its texts, oldest first, the current one last: what the 历次版本 list shows. */
  texts: DocText[];
  /** The date of the last change to what its pages show (本页内容截至). */
  asOf: string;
}

/** An earlier text of a document, on a page of its own (/documents/charter/2023-11-01/). */
export interface Version {
  /** charter@2023-11-01: its id in the content model, the Markdown plugins and the collection. */
  key: string;
  docId: string;
  /** Its effective date, the last part of its address. */
  date: string;
  url: string;
  data: VersionData;
  status: 'revised';
  checked: CheckedVersion;
  attachments: AttachmentRef[];
  /** Its first and last day in force. */
  from: string;
  to: string;
  /** The date of the last change to what its page shows: its own history, and the day the text after it was published. */
  asOf: string;
}

/** One text of a document in its 历次版本 list. */
export interface DocText {
  /** Its effective date. */
  date: string;
  url: string;
  docNumber?: string;
  from: string;
  /** Its last day in force; absent for the current text. */
  to?: string;
  current: boolean;
  status: DisplayStatus;
  /** The 修订对照表 with the text before it. */
  compareUrl?: string;
}

/** Two consecutive texts of a document, compared (/documents/charter/compare/2023-11-01/2026-11-18/). */
export interface TextPair {
  doc: Doc;
  url: string;
  older: DocText & { data: DocumentData };
  newer: DocText & { data: DocumentData };
  /** The articles aligned and the changes marked (worked out when first asked for). */
  comparison(): Comparison;
  /** The date of the last change to what the page shows. */
  asOf: string;
}

/** A published power item. */
export interface Power {
  id: string;
  url: string;
  data: PowerData;
  /** Whether it has text (说明, 附件) below its fields. */
  hasBody: boolean;
  attachments: AttachmentRef[];
  /** The date of its last recorded change (本页内容截至); the edition's latest change when it records none. */
  asOf: string;
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
  /** The build date (YYYY-MM-DD, China time, or SITE_TODAY): only what is or is not yet in force depends on it. */
  today: string;
  /** The date of the latest change to the content of this edition: 本页内容截至 on pages that show no dated content of their own. */
  contentDate: string;
  documents: Doc[];
  /** Every earlier text of a published document, by document and date. */
  versions: Version[];
  /** Every pair of consecutive texts of a published document. */
  pairs: TextPair[];
  /** Every change, newest first (/updates/, the home page, /updates.xml). */
  updates: Update[];
  /** Old addresses of documents that became versions, and where they now are. */
  redirects: Array<{ from: string; to: string; title: string }>;
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
  /** Words that mean the same to the search: each glossary term with its aliases (a group of one where it has none), and content/synonyms.yaml. */
  synonyms: string[][];
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
  const today = buildDay(process.env.SITE_TODAY);
  // Placeholders (〔学校名称〕…) are filled here, once, in every text field; pages receive final text.
  const fill = <T>(x: T): T => fillDeep(x, settings);
  const kindOrder = (kind: string) => documentKinds.indexOf(kind as never);

  const versionsOf = (docId: string) => content.versions.filter((v) => v.docId === docId && isPublished(v.data, edition));
  const documents = content.documents
    .filter((d) => isPublished(d.data, edition))
    .map((d): Doc => {
      const data = fill(d.data);
      const status = displayStatus(d.data, today);
      const entries = timeline<CheckedDocument>(versionsOf(d.id), d, (t) => t.data);
      const url = documentHref(d.id);
      const texts = entries.map((e): DocText => ({
        date: e.from,
        url: e.current ? url : versionHref(d.id, e.from),
        ...(e.text.data.docNumber ? { docNumber: e.text.data.docNumber } : {}),
        from: e.from,
        ...(e.to ? { to: e.to } : {}),
        current: e.current,
        status: e.current ? status : 'revised',
        ...(e.previous ? { compareUrl: compareHref(d.id, e.previous.data.effective, e.from) } : {}),
      }));
      const doc: Doc = {
        id: d.id,
        url,
        data,
        status,
        checked: d,
        attachments: fill(attachmentsIn(d.components)),
        versions: [],
        texts,
        asOf: lastChanged(d.data),
      };
      doc.versions = entries
        .filter((e) => !e.current)
        .map((e, k): Version => {
          const v = e.text as CheckedVersion;
          const nextPublished = entries[k + 1]!.text.data.published;
          return {
            key: v.id,
            docId: d.id,
            date: v.date,
            url: versionHref(d.id, v.date),
            data: fill(v.data),
            status: 'revised',
            checked: v,
            attachments: fill(attachmentsIn(v.components)),
            from: e.from,
            to: e.to!,
            asOf: [lastChanged(v.data), nextPublished].sort().at(-1)!,
          };
        });
      return doc;
    })
    .sort((a, b) => kindOrder(a.data.kind) - kindOrder(b.data.kind) || a.data.title.localeCompare(b.data.title, 'zh'));
  const versions = documents.flatMap((d) => d.versions);
  // The articles of each text, placeholders filled as the pages show them.
  const unitsOf = (c: CheckedDocument) => articleUnits(c.blocks, c.structure.roles, (t) => fillPlaceholders(t, settings));
  const pairs = documents.flatMap((doc) => {
    const dataOf = (text: DocText) => (text.current ? doc.data : doc.versions.find((v) => v.date === text.date)!.data);
    const checkedOf = (text: DocText) => (text.current ? doc.checked : doc.versions.find((v) => v.date === text.date)!.checked);
    return doc.texts.flatMap((newer, k): TextPair[] => {
      const older = doc.texts[k - 1];
      if (!older || !newer.compareUrl) return [];
      let compared: Comparison | undefined;
      return [
        {
          doc,
          url: newer.compareUrl,
          older: { ...older, data: dataOf(older) },
          newer: { ...newer, data: dataOf(newer) },
          comparison: () => (compared ??= compareTexts(unitsOf(checkedOf(older)), unitsOf(checkedOf(newer)))),
          asOf: [lastChanged(dataOf(older)), lastChanged(dataOf(newer))].sort().at(-1)!,
        },
      ];
    });
  });
  const powers = content.powers
    .filter((p) => isPublished(p.data, edition))
    .map((p): Power => ({
      id: p.id,
      url: powerHref(p.id),
      data: fill(p.data),
      hasBody: p.body.trim() !== '',
      attachments: fill(attachmentsIn(p.components)),
      asOf: '',
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
  const synonyms = [...glossary.map((g) => [g.term, ...g.aliases]), ...content.synonyms.map((g) => g.words)];
  const attachments = [...new Set([...documents, ...versions, ...powers].flatMap((x) => x.attachments.map((a) => a.file)))].sort();
  const updates = listUpdates(
    documents.map((d) => ({
      id: d.id,
      title: `《${d.data.title}》`,
      status: d.data.status,
      audience: d.data.audience,
      current: { ...d.data, href: d.url },
      versions: d.versions.map((v) => ({ ...v.data, href: v.url })),
    })),
    powers.map((p) => ({
      id: p.id,
      code: p.data.code,
      name: p.data.name,
      href: p.url,
      audience: p.data.audience,
      changes: p.data.changes ?? [],
    })),
    compareHref,
  );
  // The latest dated content of the edition; the settings, the organisation and the glossary carry no dates.
  const contentDate = [latestDate(updates), ...documents.map((d) => d.asOf), ...versions.map((v) => v.asOf)]
    .filter((x): x is string => x !== undefined)
    .sort()
    .at(-1)!;
  for (const p of powers) p.asOf = p.data.changes?.at(-1)?.date ?? contentDate;
  const redirects = versions.flatMap((v) =>
    v.data.formerId ? [{ from: documentHref(v.data.formerId), to: v.url, title: v.data.title }] : [],
  );
  const byId = new Map(documents.map((d) => [d.id, d]));
  const byCode = new Map(powers.map((p) => [p.data.code, p]));
  const pageById = new Map(pages.map((p) => [p.id, p]));
  const sizes = new Map(content.attachments.map((a) => [a.name, a.size]));

  return {
    edition,
    settings,
    today,
    contentDate,
    documents,
    versions,
    pairs,
    updates,
    redirects,
    powers,
    bodies,
    departments,
    roles,
    links: registryOf(source, edition),
    plans: source.plans,
    glossary,
    synonyms,
    matters,
    attachments,
    attachmentSize: (file) => sizes.get(file) ?? 0,
    doc: (id) => byId.get(id),
    power: (code) => byCode.get(code),
    page: (id) => pageById.get(id),
    actorName: (id) => roles.get(id)?.name ?? bodies.get(id)?.shortName ?? departments.get(id)?.name ?? id,
  };
}

/** The site data, made once per build (and again in the dev server when the content has changed). */
export function getSite(): Site {
  const source = siteContent();
  if (cached?.source !== source) cached = { source, site: load() };
  return cached.site;
}

/** The compiled MDX of a document, an earlier text of one, a power item's text or a site page, ready to render. */
export async function renderEntry(collection: 'documents' | 'versions' | 'powers' | 'pages', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry ${id}`);
  return render(entry);
}
