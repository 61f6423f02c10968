/**
 * The one module that queries the content collections. It applies the edition filter,
 * fills placeholders, and hands plain data to pages; nothing else imports astro:content
 * except to render a document body.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { loadSettings } from '../lib/settings.ts';
import { isPublished, parseEdition, type Edition } from '../lib/editions.ts';
import { displayStatus, type DisplayStatus } from '../lib/status.ts';
import { todayInChina } from '../lib/dates.ts';
import { fillDeep } from '../lib/placeholders.ts';
import { documentHref, powerHref } from '../lib/links.ts';
import type { Settings } from '../schemas/settings.ts';
import type { Body, Department, Role } from '../schemas/org.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { loadRegistry } from '../lib/content/registry.ts';
import type { LinkRegistry } from '../lib/cross-refs.ts';
import type { MatterData } from '../schemas/matter.ts';

/** A published document with what its pages need. */
export interface Doc {
  id: string;
  url: string;
  data: CollectionEntry<'documents'>['data'];
  status: DisplayStatus;
  entry: CollectionEntry<'documents'>;
}

/** A published power item. */
export interface Power {
  id: string;
  url: string;
  data: CollectionEntry<'powers'>['data'];
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
  /** The glossary (content/glossary.yaml), placeholders filled. */
  glossary: GlossaryTerm[];
  /** The decision matters of this edition, in the order of content/org/matters.yaml. */
  matters: MatterData[];
  doc(id: string): Doc | undefined;
  /** A role's or body's display name. */
  actorName(id: string): string;
}

/** Sort order of document kinds on lists. */
const KIND_ORDER = ['charter', 'guide', 'rules', 'system', 'plan'];

let cached: Promise<Site> | undefined;

/** Entries of a YAML list in the order its authors wrote them: getCollection returns them sorted by id. */
async function inFileOrder<C extends 'bodies' | 'departments' | 'roles' | 'matters'>(collection: C, path: string) {
  const ids = (yaml.load(readFileSync(path, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Array<{ id: string }>).map((x) => x.id);
  return (await getCollection(collection)).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}

async function load(): Promise<Site> {
  const edition = parseEdition(process.env.SITE_EDITION);
  const settings = loadSettings('./content/settings.yaml');
  const today = todayInChina();
  // Placeholders (〔学校名称〕…) are filled here, once, in every text field; pages receive final text.
  const fill = <T>(x: T): T => fillDeep(x, settings);

  const documents = (await getCollection('documents'))
    .filter((e) => isPublished(e.data, edition))
    .map((entry): Doc => ({
      id: entry.id,
      url: documentHref(entry.id),
      data: fill(entry.data),
      status: displayStatus(entry.data, today),
      entry,
    }))
    .sort((a, b) => KIND_ORDER.indexOf(a.data.kind) - KIND_ORDER.indexOf(b.data.kind) || a.data.title.localeCompare(b.data.title, 'zh'));
  const powers = (await getCollection('powers'))
    .filter((e) => isPublished(e.data, edition))
    .map((e): Power => ({ id: e.id, url: powerHref(e.id), data: fill(e.data) }))
    .sort((a, b) => a.data.code.localeCompare(b.data.code));
  const bodies = new Map((await inFileOrder('bodies', './content/org/bodies.yaml')).map((e) => [e.id, fill(e.data)]));
  const departments = new Map((await inFileOrder('departments', './content/org/departments.yaml')).map((e) => [e.id, fill(e.data)]));
  const roles = new Map((await inFileOrder('roles', './content/org/roles.yaml')).map((e) => [e.id, fill(e.data)]));
  // A matter has no status of its own: it is published as an in-force item of its audience.
  const matters = (await inFileOrder('matters', './content/org/matters.yaml'))
    .filter((e) => isPublished({ audience: e.data.audience, status: 'in-force' }, edition))
    .map((e) => fill(e.data));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const links = loadRegistry('./content', edition, settings);
  // In the order of the terms' pronunciation (拼音), as a reader looks them up.
  const glossary = (await getCollection('glossary')).map((e) => fill(e.data)).sort((a, b) => a.term.localeCompare(b.term, 'zh-Hans-CN'));

  return {
    edition,
    settings,
    today,
    documents,
    powers,
    bodies,
    departments,
    roles,
    links,
    glossary,
    matters,
    doc: (id) => byId.get(id),
    actorName: (id) => roles.get(id)?.name ?? bodies.get(id)?.shortName ?? departments.get(id)?.name ?? id,
  };
}

/** The site data, loaded once per build. */
export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}
