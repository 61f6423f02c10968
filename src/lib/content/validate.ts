/**
 * The content checker: every schema and every cross-reference, with all problems
 * reported at once in words an author can act on. The build runs it first and stops
 * when it finds anything, so nothing half-built is published.
 */
import type { z } from 'astro/zod';
import { settingsSchema, type Settings } from '../../schemas/settings.ts';
import { bodySchema, departmentSchema, roleSchema, type Body, type Department, type Role } from '../../schemas/org.ts';
import { documentSchema, versionSchema, type DocumentData, type VersionData } from '../../schemas/document.ts';
import { powerSchema, type PowerData } from '../../schemas/power.ts';
import { decidingRoles, matterSchema, type MatterData } from '../../schemas/matter.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../../schemas/glossary.ts';
import { synonymGroupSchema, type SynonymGroup } from '../../schemas/synonyms.ts';
import type { ArticleRef } from '../../schemas/reference.ts';
import { structureDocument, type ArticleInfo, type Block, type DocumentStructure, type StructureProblem } from '../document-structure.ts';
import { citationsInData, citationsInDocument, documentTitles, resolveCitation, titleIndex, type FoundCitation } from '../references.ts';
import { parseBody, type ComponentUse, type ParsedBody } from './mdx.ts';
import { componentShapeProblems } from './components.ts';
import { pageSchema, sitePageIds, sitePageTitles, type PageData } from '../../schemas/page.ts';
import { attachmentExtensions, fileNameMessage, intendedId, NAME, unreadFileMessage } from './files.ts';
import { classifyUrl, unsafeUrlMessage } from './urls.ts';
import { fragmentProblem, sitePathProblem, type SiteMap } from './site-links.ts';
import { planDocumentPages } from '../document-pages.ts';
import { chapterHref, documentHref, pageHref, powerHref } from '../links.ts';
import { processShape } from '../flow/edges.ts';
import { canReference, type Visible } from '../editions.ts';
import { parseArticleNumber } from '../numerals.ts';
import { PLACEHOLDER, placeholderNames, placeholdersIn, placeholderTable } from '../placeholders.ts';
import { issueToProblem, quoteField, show, suggest, type Problem } from './messages.ts';
import type { AttachmentFile, RawContent, RawFile } from './read.ts';
import { checkVersions, versionFileKey } from './versions.ts';

/** A checked document: its data, body and structure. */
export interface CheckedDocument {
  id: string;
  file: string;
  data: DocumentData;
  body: string;
  /** The body's top-level blocks, in the order of structure.roles. */
  blocks: Block[];
  structure: DocumentStructure;
  /** The components written in the body, in order. */
  components: ComponentUse[];
}

/** A checked earlier text of a document (content/documents/versions/<id>/<date>.mdx); its id is its key, charter@2023-11-01. */
export interface CheckedVersion extends CheckedDocument {
  data: VersionData;
  /** The document it is an earlier text of. */
  docId: string;
  /** Its effective date: its file's name and the last part of its address. */
  date: string;
}

/** A checked power item. */
export interface CheckedPower {
  id: string;
  file: string;
  data: PowerData;
  /** Its MDX body (说明, 附件), possibly empty. */
  body: string;
  components: ComponentUse[];
}

/** A checked page of the site written in MDX (content/pages/). */
export interface CheckedPage {
  id: string;
  file: string;
  data: PageData;
  components: ComponentUse[];
}

/** Everything, checked. Only meaningful when `problems` is empty. */
export interface CheckedContent {
  settings?: Settings;
  bodies: Body[];
  departments: Department[];
  roles: Role[];
  matters: MatterData[];
  documents: CheckedDocument[];
  /** Earlier texts of documents, by document and date. */
  versions: CheckedVersion[];
  powers: CheckedPower[];
  pages: CheckedPage[];
  glossary: GlossaryTerm[];
  /** Groups of words that mean the same in a search. */
  synonyms: SynonymGroup[];
  /** Files under content/attachments/. */
  attachments: AttachmentFile[];
  problems: Problem[];
}

const fileId = (file: string) => file.replace(/^.*\//, '').replace(/\.(mdx|yaml)$/, '');

/** The longest a title may be: it heads pages, lists and search results, and must fit a phone's line or two. */
export const TITLE_MAX = 60;
/** The longest a short title may be: it is used in citations, navigation and breadcrumbs. */
export const SHORT_TITLE_MAX = 20;

/** Report why a file cannot be read; true when it cannot (then nothing else in it is checked). */
function unreadable(raw: RawFile, problems: Problem[]): boolean {
  for (const u of raw.unreadable ?? []) problems.push({ file: raw.file, line: u.line, message: u.message });
  return raw.unreadable !== undefined;
}

function parseOne<S extends z.ZodType>(schema: S, raw: RawFile, data: unknown, prefix: PropertyKey[], problems: Problem[]) {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data as z.infer<S>;
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path];
    // Each unknown key is a mistake of its own, on its own line.
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ ...issueToProblem(raw.file, { ...issue, keys: [key], path }), field: [...path, key].join('.') });
    } else problems.push(issueToProblem(raw.file, { ...issue, path } as typeof issue));
  }
  return undefined;
}

/** A list file (org/*.yaml, glossary.yaml); `failed` is set when the file as a whole could not be read. */
function parseList<S extends z.ZodType>(
  schema: S,
  raw: RawFile | undefined,
  what: string,
  problems: Problem[],
  failed: Set<string>,
  firstLine = 'id: ……',
): Array<z.infer<S>> {
  if (!raw) return [];
  if (unreadable(raw, problems)) {
    failed.add(raw.file);
    return [];
  }
  if (!Array.isArray(raw.data)) {
    problems.push({ file: raw.file, line: 1, message: `这个文件应当是${what}的列表，每一项以“- ${firstLine}”开头，写法见 content/README.md。` });
    failed.add(raw.file);
    return [];
  }
  const out: Array<z.infer<S>> = [];
  raw.data.forEach((item, i) => {
    const parsed = parseOne(schema, raw, item, [i], problems);
    if (parsed !== undefined) out.push(parsed);
  });
  return out;
}

function parseFile<S extends z.ZodType>(schema: S, raw: RawFile, problems: Problem[]): z.infer<S> | undefined {
  if (unreadable(raw, problems)) return undefined;
  if (raw.data !== null && raw.data !== undefined && (typeof raw.data !== 'object' || Array.isArray(raw.data))) {
    problems.push({ file: raw.file, line: raw.lineOf([]) ?? 1, message: '这里应当是若干项“名称: 内容”，每项一行，写法见 content/README.md。' });
    return undefined;
  }
  return parseOne(schema, raw, raw.data ?? {}, [], problems);
}

/** A word belongs to one group of synonyms: written in two, the groups are one and should be merged. */
function checkSynonyms(groups: SynonymGroup[], file: string, problems: Problem[]) {
  const seen = new Map<string, number>();
  groups.forEach((g, i) =>
    g.words.forEach((word, k) => {
      const first = seen.get(word);
      if (first === undefined) seen.set(word, i);
      else
        problems.push({
          file,
          field: `${i}.words.${k}`,
          message:
            first === i
              ? `“${word}”在这一组里写了两次，请删掉一个。`
              : `“${word}”已经写在第${first + 1}组里了。一个词只能在一组里；如果两组意思相同，请把它们合成一组。`,
        });
    }),
  );
}

/** Check ids are unique within and across lists; report the second occurrence. */
function checkUnique(lists: Array<{ file: string; ids: string[] }>, problems: Problem[]) {
  const seen = new Map<string, string>();
  for (const { file, ids } of lists) {
    ids.forEach((id, i) => {
      const first = seen.get(id);
      if (first) {
        problems.push({
          file,
          field: `${i}.id`,
          message: `id“${id}”重复了：${first === file ? '本文件前面' : first}已经用过。每个 id 只能用一次，请换一个。`,
        });
      } else seen.set(id, file);
    });
  }
}

/** Run every check over the raw content. */
export function checkContent(raw: RawContent): CheckedContent {
  const problems: Problem[] = [];
  /** Every file read, data and MDX (a YAML file that is not there is undefined). */
  const allFiles = [raw.settings, raw.bodies, raw.departments, raw.roles, raw.matters, raw.glossary, raw.synonyms, ...raw.documents, ...raw.versions, ...raw.powers, ...raw.pages];
  // Files that could not be read at all: what refers to their entries is not reported again.
  const failed = new Set<string>();

  // 0. Files: every file in content/ is read, and every name can be part of an address.
  const taken = new Set([
    ...[...raw.documents, ...raw.powers, ...raw.pages].map((f) => fileId(f.file)),
    ...raw.attachments.map((a) => a.name.replace(/\.[^.]*$/, '')),
  ]);
  // Paths in messages start with the content folder's name, as the files' own do (content/documents/…).
  const inContent = (path: string) => `${raw.root.replace(/[\\/]+$/, '').replace(/^.*[\\/]/, '')}/${path}`;
  for (const path of raw.unread) problems.push({ file: inContent(path), message: unreadFileMessage(path, taken) });
  // A document's proposed name starts with its kind (rules-1, system-1), as the school's names do.
  // (A power item's name is its code, checked below; a page's is one of sitePageIds.)
  for (const f of raw.documents) {
    const kind = (f.data as { kind?: unknown } | undefined)?.kind;
    const message = fileNameMessage(f.file, typeof kind === 'string' && NAME.test(kind) ? kind : 'document', taken);
    if (message) problems.push({ file: f.file, message });
  }
  for (const a of raw.attachments) {
    const ext = /\.([^.]+)$/.exec(a.name)?.[1] ?? '';
    if (!(attachmentExtensions as readonly string[]).includes(ext)) {
      problems.push({ file: inContent(`attachments/${a.name}`), message: unreadFileMessage(`attachments/${a.name}`, taken) });
    } else {
      const message = fileNameMessage(a.name, 'attachment', taken);
      if (message) problems.push({ file: inContent(`attachments/${a.name}`), message });
    }
  }

  // 1. Shapes.
  let settings: Settings | undefined;
  if (!raw.settings) problems.push({ file: inContent('settings.yaml'), message: '缺少站点设置文件。请从 content/README.md 的说明新建它。' });
  else settings = parseFile(settingsSchema, raw.settings, problems);
  const knownPlaceholders = placeholderNames(settings);
  // Without readable settings the placeholders cannot be known; the settings' own message says what to fix.
  const unknownPlaceholder = (name: string) =>
    settings && !knownPlaceholders.includes(name)
      ? `占位词“〔${name}〕”不认识。可以用的占位词有：${knownPlaceholders.map((n) => `〔${n}〕`).join('、')}。`
      : undefined;
  const bodies = parseList(bodySchema, raw.bodies, '机构', problems, failed);
  const departments = parseList(departmentSchema, raw.departments, '部门', problems, failed);
  const roles = parseList(roleSchema, raw.roles, '岗位', problems, failed);
  const matters = parseList(matterSchema, raw.matters, '决策事项', problems, failed);
  const glossary = parseList(glossaryTermSchema, raw.glossary, '词语', problems, failed);
  const synonyms = parseList(synonymGroupSchema, raw.synonyms, '近义词组', problems, failed, 'words: [词语, 词语]');
  checkSynonyms(synonyms, raw.synonyms?.file ?? 'content/synonyms.yaml', problems);

  /** Parse an MDX body, reporting what MDX refuses, unsafe addresses and unknown placeholders, line by line. */
  const readBody = (file: RawFile): ParsedBody => {
    const body = file.body ?? '';
    const first = file.bodyLine ?? 1;
    const parsed = parseBody(body, first);
    for (const p of parsed.problems) problems.push({ file: file.file, line: p.line, message: p.message });
    for (const use of parsed.components) {
      for (const message of componentShapeProblems(use)) problems.push({ file: file.file, line: use.line, message });
    }
    for (const a of parsed.addresses) {
      const message = unsafeUrlMessage(a.url, a.use);
      if (message) problems.push({ file: file.file, line: a.line, message });
    }
    body.split('\n').forEach((text, i) => {
      for (const m of text.matchAll(PLACEHOLDER)) {
        const message = unknownPlaceholder(m[1]!);
        if (message) problems.push({ file: file.file, line: first + i, message });
      }
    });
    return parsed;
  };

  const bodiesOf = new Map<string, ParsedBody>();
  /** A document's or a version's frontmatter, body and numbering, checked alike. */
  const readDocument = (file: RawFile, schema: typeof documentSchema | typeof versionSchema, id: string): CheckedDocument | undefined => {
    if (unreadable(file, problems)) return undefined;
    const data: DocumentData | undefined = parseFile(schema as typeof versionSchema, file, problems);
    const parsed = readBody(file);
    bodiesOf.set(file.file, parsed);
    const structure = structureDocument(parsed.blocks);
    if (data) checkTitles(file.file, data, problems);
    if (parsed.problems.length === 0 && parsed.textLength === 0) {
      problems.push({
        file: file.file,
        line: Math.max(1, (file.bodyLine ?? 2) - 1),
        message: '这份文件没有正文。请在文件信息结尾的 --- 下面写上正文（写法见 content/README.md）；要停止使用一份文件，请把 status 改为 repealed，不要删掉正文。',
      });
    }
    for (const p of structure.problems) problems.push({ file: file.file, line: p.line, message: structureMessage(p) });
    return data && { id, file: file.file, data, body: file.body ?? '', blocks: parsed.blocks, structure, components: parsed.components };
  };
  const documents: CheckedDocument[] = raw.documents.flatMap((file) => readDocument(file, documentSchema, fileId(file.file)) ?? []);
  // A document with anything to fix is reported in its own file; citations of it are not reported again.
  const failedDocs = new Set(documents.filter((d) => problems.some((p) => p.file === d.file)).map((d) => d.id));

  const powers: CheckedPower[] = [];
  for (const file of raw.powers) {
    if (unreadable(file, problems)) continue;
    const data = parseFile(powerSchema, file, problems);
    const parsed = readBody(file);
    bodiesOf.set(file.file, parsed);
    if (data) {
      powers.push({ id: fileId(file.file), file: file.file, data, body: file.body ?? '', components: parsed.components });
      if (data.name.length > TITLE_MAX) {
        problems.push({ file: file.file, field: 'name', message: `名称太长了（${data.name.length}个字），最多${TITLE_MAX}个字。请写得简短些，详细的说明写进 summary。` });
      }
      checkSteps(file.file, data, problems);
    }
    // The file name is the code in lower case: one message that says which.
    const expected = data ? `${data.code.toLowerCase()}.mdx` : undefined;
    const name = file.file.replace(/^.*\//, '');
    if (expected && name !== expected) {
      problems.push({ file: file.file, message: `编码是“${data!.code}”，文件名应当是 ${expected}。请把文件改名为 ${expected}。` });
    } else if (!expected) {
      const message = fileNameMessage(file.file, 'power', taken);
      if (message) problems.push({ file: file.file, message });
    }
  }

  const pages: CheckedPage[] = [];
  for (const file of raw.pages) {
    if (unreadable(file, problems)) continue;
    const data = parseFile(pageSchema, file, problems);
    const parsed = readBody(file);
    bodiesOf.set(file.file, parsed);
    const id = fileId(file.file);
    if (!(sitePageIds as readonly string[]).includes(id)) {
      problems.push({
        file: file.file,
        message: `pages 文件夹里只放网站固定页面的文字：${sitePageIds.map((p) => `${p}.mdx`).join('、')}。这个文件不会显示在网站上。${suggest(id, sitePageIds)}要发布一份新文件，请放到 content/documents/ 里。`,
      });
    }
    if (data) {
      pages.push({ id, file: file.file, data, components: parsed.components });
      if (data.title.length > TITLE_MAX) {
        problems.push({ file: file.file, field: 'title', message: `标题太长了（${data.title.length}个字），最多${TITLE_MAX}个字。请写得简短些，详细内容写进正文。` });
      }
    }
  }
  for (const id of sitePageIds) {
    if (!raw.pages.some((f) => fileId(f.file) === id)) {
      problems.push({ file: inContent(`pages/${id}.mdx`), message: `缺少这个文件：它是网站“${sitePageTitles[id]}”页面开头的文字。请照 content/README.md 的“网站的页面”新建它。` });
    }
  }

  // Earlier texts of documents: read and checked as documents are, then against their document (versions.ts).
  // Those of a document that could not be read wait until it can: its own problem is the one to fix.
  const unreadDocs = new Set(raw.documents.map((f) => fileId(f.file)).filter((id) => !documents.some((d) => d.id === id)));
  const versions: CheckedVersion[] = checkVersions(
    raw.versions.flatMap((file) => {
      if (unreadDocs.has(versionFileKey(file.file).split('@')[0]!)) return [];
      const v = readDocument(file, versionSchema, versionFileKey(file.file));
      return v ? [{ ...v, data: v.data as VersionData, docId: v.id.split('@')[0]!, date: v.id.split('@')[1]! }] : [];
    }),
    documents,
    problems,
  );

  // Placeholders in data and frontmatter (bodies are checked line by line above), on every line they are written.
  for (const file of allFiles) {
    if (!file || file.unreadable) continue;
    const names = new Set(placeholdersIn(file.data));
    const dataLines = file.bodyLine !== undefined ? file.lines.slice(0, file.bodyLine - 1) : file.lines;
    for (const name of names) {
      const message = unknownPlaceholder(name);
      if (!message) continue;
      const lines = dataLines.flatMap((text, i) => (text.includes(`〔${name}〕`) ? [i + 1] : []));
      for (const line of lines.length > 0 ? lines : [undefined]) problems.push({ file: file.file, line, message });
    }
  }

  // 2. Unique ids.
  const orgFiles = { bodies: raw.bodies?.file ?? '', departments: raw.departments?.file ?? '', roles: raw.roles?.file ?? '' };
  checkUnique(
    [
      { file: orgFiles.bodies, ids: bodies.map((b) => b.id) },
      { file: orgFiles.departments, ids: departments.map((d) => d.id) },
      { file: orgFiles.roles, ids: roles.map((r) => r.id) },
    ],
    problems,
  );
  checkUnique([{ file: raw.matters?.file ?? '', ids: matters.map((m) => m.id) }], problems);
  const codes = new Map<string, string>();
  for (const p of powers) {
    const first = codes.get(p.data.code);
    if (first) problems.push({ file: p.file, field: 'code', message: `编码“${p.data.code}”与 ${first} 重复。每项权力的编码必须不同。` });
    else codes.set(p.data.code, p.file);
  }

  // 3. References. The ids of a file that could not be read are unknown: references to them are not reported.
  const unknownIds = (...files: Array<RawFile | undefined>) => files.some((f) => f !== undefined && failed.has(f.file));
  const bodyIds = unknownIds(raw.bodies) ? anyId : new Set(bodies.map((b) => b.id));
  const roleIds = unknownIds(raw.roles) ? anyId : new Set(roles.map((r) => r.id));
  const deptById = new Map(departments.map((d) => [d.id, d]));
  const deptIds = unknownIds(raw.departments) ? anyId : new Set(deptById.keys());
  const docById = new Map(documents.map((d) => [d.id, d]));
  const actorIds = unknownIds(raw.roles, raw.bodies) ? anyId : new Set([...roleIds, ...bodyIds]);
  // Ids of entries that exist but failed their own checks: already reported, so a
  // reference to them is not reported a second time.
  const broken = new Set(
    [
      ...raw.documents.map((f) => fileId(f.file)).filter((id) => !docById.has(id)),
      // A document saved under a name the build does not read (guide.MDX) is reported as such.
      ...raw.unread.filter((path) => !path.startsWith('powers/')).flatMap((path) => intendedId(path) ?? []),
      ...[raw.bodies, raw.departments, raw.roles]
        .flatMap((f) => (Array.isArray(f?.data) ? f.data : []).map((x) => (x as { id?: unknown })?.id))
        .filter((id) => !actorIds.has(id as string) && !deptById.has(id as string)),
    ].filter((id): id is string => typeof id === 'string'),
  );

  const mustExist = (file: string, path: PropertyKey[], value: string, known: Set<string> | Map<string, unknown>, what: string, where: string) => {
    if (known.has(value)) return true;
    if (broken.has(value)) return false;
    const keys = [...known.keys()];
    problems.push({
      file,
      field: path.map(String).join('.'),
      message: `${quoteField(path)}填的是${show(value)}，但${what}里没有这个 id。${suggest(value, keys)}请改成 ${where} 里已有的 id。`,
    });
    return false;
  };

  const checkArticleRef = (file: string, path: PropertyKey[], ref: ArticleRef, from: Visible) => {
    const doc = docById.get(ref.doc);
    if (!mustExist(file, [...path, 'doc'], ref.doc, docById, '文件', 'content/documents/')) return;
    if (failedDocs.has(ref.doc)) return;
    const n = parseArticleNumber(ref.article);
    const article = doc!.structure.articles.find((a: ArticleInfo) => a.number === n);
    if (!article) {
      const last = doc!.structure.articles.length;
      problems.push({
        file,
        field: [...path, 'article'].join('.'),
        message: `${quoteField([...path, 'article'])}引用了《${doc!.data.title}》${ref.article}，但这份文件${last ? `只有${last}条` : '没有分条'}。请核对条文编号。`,
      });
    }
    checkVisibility(file, [...path, 'doc'], from, doc!);
  };

  const checkVisibility = (file: string, path: PropertyKey[], from: Visible, doc: CheckedDocument) => {
    if (canReference(from, doc.data)) return;
    const why = doc.data.status === 'draft' ? '是草案' : '仅限校内';
    problems.push({
      file,
      field: path.map(String).join('.'),
      message: `${quoteField(path)}指向《${doc.data.title}》，它${why}，而这里的内容会在${from.audience === 'public' ? '公开网站' : '校内版'}上发布，读者会看到一个打不开的链接。请改为引用公开的文件，或把这里的公开范围改为 staff。`,
    });
  };

  const bodyOrDept = bodyIds === anyId || deptIds === anyId ? anyId : new Set([...bodyIds, ...deptIds]);
  for (const b of bodies) {
    const i = bodies.indexOf(b);
    const f = orgFiles.bodies;
    if (b.convenor) mustExist(f, [i, 'convenor'], b.convenor, roleIds, '岗位', 'content/org/roles.yaml');
    if (b.rules) mustExist(f, [i, 'rules'], b.rules, docById, '文件', 'content/documents/');
    if (b.department) mustExist(f, [i, 'department'], b.department, deptIds, '部门', 'content/org/departments.yaml');
    if (b.overseenBy) mustExist(f, [i, 'overseenBy'], b.overseenBy, roleIds, '岗位', 'content/org/roles.yaml');
    if (b.workingBodyOf) mustExist(f, [i, 'workingBodyOf'], b.workingBodyOf, bodyIds, '机构', 'content/org/bodies.yaml');
    b.supervises?.forEach((s, j) => {
      if (s === b.id) problems.push({ file: f, field: `${i}.supervises.${j}`, message: `机构“${b.shortName}”的监督对象不能是它自己。请删掉这一项。` });
      else mustExist(f, [i, 'supervises', j], s, bodyOrDept, '机构和部门', 'content/org/bodies.yaml 或 departments.yaml');
    });
  }
  if (settings && raw.settings) {
    const names = new Set(departments.map((d) => d.name));
    for (const dept of Object.keys(settings.departmentPhones)) {
      if (!names.has(dept) && deptIds !== anyId) {
        problems.push({
          file: raw.settings.file,
          field: `departmentPhones.${dept}`,
          message: `部门电话里的“${dept}”不是 content/org/departments.yaml 里的部门名称。${suggest(dept, [...names])}请写部门的全称。`,
        });
      }
    }
    // An amount's name is its placeholder: Chinese characters only, and not a name already taken.
    const taken = new Set(placeholderTable({ ...settings, amounts: {} }).keys());
    for (const name of Object.keys(settings.amounts)) {
      const field = `amounts.${name}`;
      if (!/^[\u4e00-\u9fff]+$/.test(name)) {
        problems.push({ file: raw.settings.file, field, message: `金额标准的名称“${name}”只能由汉字组成（如“伙食费标准”），否则正文里的占位词认不出来。` });
      } else if (taken.has(name)) {
        problems.push({ file: raw.settings.file, field, message: `金额标准的名称“${name}”和已有的占位词〔${name}〕重名了。请换一个名称，例如在后面加“标准”。` });
      }
    }
  }
  departments.forEach((d, i) => mustExist(orgFiles.departments, [i, 'overseenBy'], d.overseenBy, roleIds, '岗位', 'content/org/roles.yaml'));
  roles.forEach((r, i) => {
    const f = orgFiles.roles;
    if (r.department) mustExist(f, [i, 'department'], r.department, deptIds, '部门', 'content/org/departments.yaml');
    if (r.reportsTo) mustExist(f, [i, 'reportsTo'], r.reportsTo, actorIds, '岗位和机构', 'content/org/roles.yaml 或 bodies.yaml');
    if (r.alsoHolds === r.id) problems.push({ file: f, field: `${i}.alsoHolds`, message: `岗位“${r.name}”的兼任岗位不能是它自己。请填另一个岗位的 id，或删掉这一项。` });
    else if (r.alsoHolds) mustExist(f, [i, 'alsoHolds'], r.alsoHolds, roleIds, '岗位', 'content/org/roles.yaml');
  });

  for (const doc of [...documents, ...versions]) {
    const { data, file } = doc;
    // A version is replaced by the next text of its own document (checked in versions.ts).
    const isVersion = 'docId' in doc;
    mustExist(file, ['adoptedBy'], data.adoptedBy, bodyIds, '机构', 'content/org/bodies.yaml');
    data.history.forEach((h, i) => mustExist(file, ['history', i, 'body'], h.body, bodyIds, '机构', 'content/org/bodies.yaml'));
    if (data.published < data.adopted) {
      problems.push({ file, field: 'published', message: `公布日期（${data.published}）早于通过日期（${data.adopted}）。文件要先通过才能公布，请核对这两个日期。` });
    }
    if (data.effective < data.adopted) {
      problems.push({ file, field: 'effective', message: `施行日期（${data.effective}）早于通过日期（${data.adopted}）。施行日期不能早于通过日期，请核对这两个日期。` });
    }
    data.history.forEach((h, i) => {
      const prev = data.history[i - 1];
      if (prev && h.date < prev.date) {
        problems.push({ file, field: `history.${i}.date`, message: `制定和修改经过第${i + 1}项的日期（${h.date}）早于上一项（${prev.date}）。请按日期先后排列。` });
      }
    });
    if (data.status === 'revised' && !data.replacedBy && !isVersion) {
      problems.push({ file, field: 'replacedBy', message: `状态是“已修订”，但没有写被哪个文件取代（replacedBy）。请填上新版本文件的 id。` });
    }
    if (data.replacedBy) {
      if (data.replacedBy === doc.id) problems.push({ file, field: 'replacedBy', message: '文件不能被自己取代。请填新版本文件的 id。' });
      else if (mustExist(file, ['replacedBy'], data.replacedBy, docById, '文件', 'content/documents/')) {
        checkVisibility(file, ['replacedBy'], data, docById.get(data.replacedBy)!);
      }
    }
    data.related.forEach((r, i) => {
      if (mustExist(file, ['related', i], r, docById, '文件', 'content/documents/')) checkVisibility(file, ['related', i], data, docById.get(r)!);
    });
  }

  for (const { data, file } of powers) {
    const dept = deptById.get(data.department);
    if (mustExist(file, ['department'], data.department, deptIds, '部门', 'content/org/departments.yaml') && dept && !data.code.startsWith(`${dept.code}-`)) {
      problems.push({ file, field: 'code', message: `编码“${data.code}”应当以所属部门“${dept.name}”的代码 ${dept.code} 开头，例如 ${dept.code}-01。` });
    }
    mustExist(file, ['role'], data.role, roleIds, '岗位', 'content/org/roles.yaml');
    data.changes?.forEach((c, i) => {
      const prev = data.changes![i - 1];
      if (prev && c.date < prev.date) {
        problems.push({ file, field: `changes.${i}.date`, message: `修改记录第${i + 1}项的日期（${c.date}）早于上一项（${prev.date}）。请按日期先后排列。` });
      }
    });
    data.basis.forEach((b, i) => {
      if ('doc' in b) checkArticleRef(file, ['basis', i], b, data);
    });
    const stepIds = new Set<string>();
    data.steps.forEach((s, i) => {
      if (stepIds.has(s.id)) problems.push({ file, field: `steps.${i}.id`, message: `步骤 id“${s.id}”重复了。同一项权力里每一步的 id 必须不同。` });
      stepIds.add(s.id);
      mustExist(file, ['steps', i, 'actor'], s.actor, actorIds, '岗位和机构', 'content/org/roles.yaml 或 bodies.yaml');
    });
    data.steps.forEach((s, i) => {
      const targets: Array<[PropertyKey[], string]> = [
        ...(s.next ? [[['steps', i, 'next'], s.next] as [PropertyKey[], string]] : []),
        ...(s.branches ?? []).map((b, j) => [['steps', i, 'branches', j, 'to'], b.to] as [PropertyKey[], string]),
      ];
      for (const [path, target] of targets) {
        if (target === s.id) problems.push({ file, field: path.join('.'), message: `${quoteField(path)}指向了这一步自己。请改成后面某一步的 id。` });
        else mustExist(file, path, target, stepIds, '本项的办理流程', '本项 steps');
      }
    });
  }

  matters.forEach((m, i) => {
    const file = raw.matters!.file;
    m.roles.forEach((r, j) => {
      const known = actorIds === anyId || deptIds === anyId ? anyId : new Set([...actorIds, ...deptIds]);
      mustExist(file, [i, 'roles', j, 'by'], r.by, known, '机构、部门和岗位', 'content/org/ 下各文件');
      checkArticleRef(file, [i, 'roles', j, 'basis'], r.basis, { audience: m.audience, status: 'in-force' });
    });
    if (!m.roles.some((r) => decidingRoles.includes(r.role))) {
      problems.push({ file, field: `${i}.roles`, message: `决策事项“${m.name}”没有写由谁决定。请至少写一方的职责为${decidingRoles.map((r) => `“${r}”`).join('、')}之一。` });
    }
  });

  checkCitations({ documents, versions, powers, matters, glossary, raw, problems, checkArticleRef, failedDocs });
  checkComponentReferences({
    documents: [...documents, ...versions],
    powers,
    pages,
    bodies,
    matters,
    attachments: raw.attachments,
    problems,
    // Items and bodies that could not be read are already reported.
    unknownCodes: new Set(raw.powers.map((f) => fileId(f.file).toUpperCase()).filter((code) => !powers.some((p) => p.data.code === code))),
    bodiesUnknown: bodyIds === anyId,
  });
  checkSiteLinks({
    documents,
    powers,
    pages,
    glossary,
    departments,
    bodiesOf,
    failedDocs,
    problems,
    // Documents and items with problems of their own (or not read at all): links to them are not judged again.
    unknown: new Set([
      ...[...broken, ...failedDocs].map((id) => `documents/${id}`),
      ...raw.powers.map((f) => fileId(f.file)).filter((id) => !powers.some((p) => p.id === id && !problems.some((x) => x.file === p.file))).map((id) => `powers/${id}`),
      ...raw.unread.flatMap((path) => (path.startsWith('powers/') && intendedId(path) ? [`powers/${intendedId(path)}`] : [])),
    ]),
  });

  // Every message about a field gets the line the field is written on.
  const rawByFile = new Map(
    allFiles.flatMap((f) =>
      f ? [[f.file, f] as const] : [],
    ),
  );
  for (const p of problems) if (p.line === undefined && p.field !== undefined) p.line = rawByFile.get(p.file)?.lineOf(p.field);

  return { settings, bodies, departments, roles, matters, documents, versions, powers, pages, glossary, synonyms, attachments: raw.attachments, problems };
}

const AUDIENCE_PUBLIC: Visible = { audience: 'public', status: 'in-force' };

/**
 * Citations written in the text (本章程第十二条, 《学校章程》第三十条 …) must point at an article,
 * paragraph and item that exist, in a document the reader of this text can open. Glossary terms
 * must be unique, and their basis must exist and be public.
 */
function checkCitations(c: {
  documents: CheckedDocument[];
  versions: CheckedVersion[];
  powers: CheckedPower[];
  matters: MatterData[];
  glossary: GlossaryTerm[];
  raw: RawContent;
  problems: Problem[];
  checkArticleRef: (file: string, path: PropertyKey[], ref: ArticleRef, from: Visible) => void;
  failedDocs: ReadonlySet<string>;
}) {
  const { documents, problems } = c;
  const docById = new Map(documents.map((d) => [d.id, d]));
  const versionById = new Map(c.versions.map((v) => [v.id, v]));

  // Titles by which documents are cited must each name one document.
  const owner = new Map<string, CheckedDocument>();
  for (const doc of documents) {
    for (const title of documentTitles(doc.data)) {
      const first = owner.get(title);
      if (first && first !== doc) {
        problems.push({ file: doc.file, field: 'shortTitle', message: `名称“${title}”和 ${first.file} 的名称相同，引用《${title}》时分不清是哪份文件。请换一个简称。` });
      } else owner.set(title, doc);
    }
  }
  const titles = titleIndex(documents.map((d) => ({ id: d.id, titles: documentTitles(d.data) })));
  // A version's own citations (本章程第十二条) are of that version; titles name the current texts only.
  const citable = new Map([...documents, ...c.versions].map((d) => [d.id, { title: d.data.title, articles: d.structure.articles }]));

  const report = (file: string, cite: FoundCitation, selfId: string | undefined, from: Visible) => {
    const where = cite.field ? `${quoteField(cite.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)))}里` : '正文';
    // A document with anything to fix is already reported in its own file; its citations would only repeat that.
    const cited = cite.target.doc === 'self' ? (selfId ?? '') : cite.target.doc;
    if (c.failedDocs.has(cited) || versionById.get(cited)?.structure.problems.length) return;
    const resolved = resolveCitation(cite.target, selfId, citable);
    if (!resolved.ok) {
      problems.push({ file, line: cite.line, field: cite.field, message: `${where}引用了“${cite.text}”，但${resolved.reason}请核对引用的文件和条文编号。` });
      return;
    }
    const target = docById.get(resolved.doc) ?? versionById.get(resolved.doc)!;
    // A document named without an article (《…办法》) may stay plain text where it is not published;
    // an article cited as authority must be one the reader can open.
    if (resolved.article !== undefined && !canReference(from, target.data)) {
      const why = target.data.status === 'draft' ? '是草案' : '仅限校内';
      problems.push({
        file,
        line: cite.line,
        field: cite.field,
        message: `${where}引用了“${cite.text}”，但《${target.data.title}》${why}，而这里的内容会在${from.audience === 'public' ? '公开网站' : '校内版'}上发布，读者打不开。请删掉这处引用，或改为引用公开的文件。`,
      });
    }
  };

  for (const doc of [...documents, ...c.versions]) {
    for (const cite of citationsInDocument(doc.blocks, doc.structure.roles, titles)) report(doc.file, cite, doc.id, doc.data);
  }
  for (const power of c.powers) {
    for (const cite of citationsInData(power.data, titles)) report(power.file, cite, undefined, power.data);
  }
  c.matters.forEach((m, i) => {
    for (const cite of citationsInData(m, titles, [i])) report(c.raw.matters!.file, cite, undefined, { audience: m.audience, status: 'in-force' });
  });

  const glossaryFile = c.raw.glossary?.file ?? 'content/glossary.yaml';
  const seenTerm = new Map<string, number>();
  const seenId = new Set<string>();
  c.glossary.forEach((g, i) => {
    if (seenId.has(g.id)) problems.push({ file: glossaryFile, field: `${i}.id`, message: `id“${g.id}”重复了。每个词语的 id 必须不同。` });
    seenId.add(g.id);
    for (const [k, word] of [g.term, ...g.aliases].entries()) {
      const first = seenTerm.get(word);
      if (first !== undefined) {
        problems.push({ file: glossaryFile, field: k === 0 ? `${i}.term` : `${i}.aliases.${k - 1}`, message: `词语“${word}”在第${first + 1}项已经解释过了。同一个词只能解释一次，请合并这两项。` });
      } else seenTerm.set(word, i);
    }
    if (g.basis) {
      // Existence is checked like any basis; the glossary is public, so its basis must be too.
      c.checkArticleRef(glossaryFile, [i, 'basis'], g.basis, { audience: 'staff', status: 'draft' });
      const doc = docById.get(g.basis.doc);
      if (doc && !canReference(AUDIENCE_PUBLIC, doc.data)) {
        problems.push({
          file: glossaryFile,
          field: `${i}.basis.doc`,
          message: `名词解释“${g.term}”的依据是《${doc.data.title}》，但它${doc.data.status === 'draft' ? '是草案' : '仅限校内'}。名词解释在公开网站上发布，依据只能引用公开的文件；没有合适的公开条文时，删掉依据即可。`,
        });
      }
    }
    for (const cite of citationsInData(g, titles, [i])) report(glossaryFile, cite, undefined, AUDIENCE_PUBLIC);
  });
}

/**
 * What a component in the text points at must exist and be readable wherever the text is published:
 * the power item of a <PowerFlow>, the body or category of <Matters>, the file of an <Attachment>.
 */
function checkComponentReferences(c: {
  documents: CheckedDocument[];
  powers: CheckedPower[];
  pages: CheckedPage[];
  bodies: Body[];
  matters: MatterData[];
  attachments: AttachmentFile[];
  problems: Problem[];
  unknownCodes: ReadonlySet<string>;
  bodiesUnknown: boolean;
}) {
  const powerByCode = new Map(c.powers.map((p) => [p.data.code, p]));
  const bodyIds = c.bodies.map((b) => b.id);
  const categories = [...new Set(c.matters.map((m) => m.category))];
  const files = new Set(c.attachments.map((a) => a.name));
  const sources: Array<{ file: string; from: Visible; components: ComponentUse[] }> = [
    ...c.documents.map((d) => ({ file: d.file, from: d.data as Visible, components: d.components })),
    ...c.powers.map((p) => ({ file: p.file, from: p.data as Visible, components: p.components })),
    // Pages of the site are in every edition, so what they show must be public.
    ...c.pages.map((p) => ({ file: p.file, from: AUDIENCE_PUBLIC, components: p.components })),
  ];
  for (const { file, from, components } of sources) {
    for (const use of components) {
      const report = (message: string) => c.problems.push({ file, line: use.line, message });
      const { code, body, category, file: name } = use.props;
      if (use.name === 'PowerFlow' && code) {
        const power = powerByCode.get(code);
        if (!power && c.unknownCodes.has(code)) continue;
        if (!power) report(`<PowerFlow> 的编码“${code}”没有对应的小微权力事项。${suggest(code, powerByCode.keys())}请填 content/powers/ 里已有事项的编码，例如 XS-03。`);
        else if (!canReference(from, power.data)) {
          report(`<PowerFlow> 显示的“${power.data.name}”（${code}）仅限校内或还是草案，而这里的内容会公开发布，读者会看到校内的流程。请换一项公开的事项，或删掉这个流程图。`);
        }
      }
      if (use.name === 'Matters' && body !== undefined && !c.bodiesUnknown && !bodyIds.includes(body)) {
        report(`<Matters> 的机构“${body}”不存在。${suggest(body, bodyIds)}请填 content/org/bodies.yaml 里的 id，例如 principal-meeting。`);
      }
      if (use.name === 'Matters' && category !== undefined && !categories.includes(category as never)) {
        report(`<Matters> 的事项类别“${category}”不存在。可以填：${categories.join('、')}。`);
      }
      if (use.name === 'Attachment' && name) {
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.(pdf|docx|doc|xlsx|xls)$/.test(name)) {
          report(`<Attachment> 的文件名“${name}”不合要求。文件名只能用英文小写字母、数字和连字符，以 .pdf、.docx、.doc、.xlsx 或 .xls 结尾，例如 enrolment-application.docx。`);
        } else if (!files.has(name)) {
          report(`<Attachment> 要附的文件“${name}”不在 content/attachments/ 文件夹里。${suggest(name, files)}请把文件放进这个文件夹，或改正文件名。`);
        }
      }
    }
  }
}

/** Stands for the ids of a file that could not be read: every id counts as known, so nothing is reported twice. */
const anyId: Set<string> = new (class extends Set<string> {
  override has(): boolean {
    return true;
  }
})();

/** A document's title and short title must fit where they are shown. */
function checkTitles(file: string, data: DocumentData, problems: Problem[]): void {
  if (data.title.length > TITLE_MAX) {
    problems.push({
      file,
      field: 'title',
      message: `标题太长了（${data.title.length}个字），最多${TITLE_MAX}个字。请只写文件的名称，例如“××学校家长委员会章程”；说明写进 summary，规定写进正文。`,
    });
  }
  if (data.shortTitle.length > SHORT_TITLE_MAX) {
    problems.push({
      file,
      field: 'shortTitle',
      message: `简称太长了（${data.shortTitle.length}个字），最多${SHORT_TITLE_MAX}个字。简称用在引用和导航里，例如“章程”“家委会章程”。`,
    });
  }
}

/** A numbering problem of a document's text, in words for authors: what is written, what to write instead. */
function structureMessage(p: StructureProblem): string {
  switch (p.code) {
    case 'article-arabic':
      return `条文编号“${p.found}”用了阿拉伯数字。条文编号要用中文数字：这里应当写“${p.expected}”，后面空一格（全角空格“　”）再写内容。`;
    case 'article-space':
      return `“${p.found}”后面要空一格（全角空格“　”）再写内容，否则不算新的一条。请写成“${p.expected}　……”。`;
    case 'article-numeral':
      return `条文编号“${p.found}”的中文数字写法不对。这里应当写“${p.expected}”。`;
    case 'article-repeated':
      return `条文编号“${p.found}”重复了。这里应当是“${p.expected}”：条文从第一条起全文连续编号，请改正，并检查引用这一条的地方。`;
    case 'article-sequence':
      return `条文编号“${p.found}”不连续。这里应当是“${p.expected}”：条文从第一条起全文连续编号，请改正，并检查引用这一条的地方。`;
    case 'chapter-arabic':
      return `章的编号“${p.found}”用了阿拉伯数字。请写成“${p.expected}”，后面空一格（全角空格“　”）再写章名。`;
    case 'chapter-space':
      return `“${p.found}”后面要空一格（全角空格“　”）再写章名。请写成“${p.expected}　……”。`;
    case 'chapter-sequence':
    case 'section-sequence':
      return `章节编号“${p.found}”不连续，这里应当是“${p.expected}”。请按顺序编号。`;
  }
}

/**
 * A power item's process must lead from its first step to its end: every step reachable, and no loop
 * without a way out. Unknown step ids and steps pointing at themselves are reported elsewhere.
 */
function checkSteps(file: string, data: PowerData, problems: Problem[]): void {
  // A step pointing at an unknown step, or at itself, is reported as such; the shape would only repeat it.
  const ids = new Set(data.steps.map((s) => s.id));
  const targets = data.steps.flatMap((s) => [...(s.next !== undefined ? [[s.id, s.next]] : []), ...(s.branches ?? []).map((b) => [s.id, b.to])]);
  if (targets.some(([from, to]) => from === to || !ids.has(to!))) return;
  const shape = processShape(data.steps);
  const step = (i: number) => `第${i + 1}步（${data.steps[i]!.id}）`;
  if (shape.loop) {
    const { from, to, written, steps } = shape.loop;
    const how = written[0] === 'next' ? '的下一步（next）' : `的分支“${data.steps[from]!.branches![written[1] as number]!.when}”`;
    const last = from === data.steps.length - 1;
    problems.push({
      file,
      field: ['steps', from, ...written].join('.'),
      message: last
        ? `${step(from)}是最后一步，它${how}又回到了${step(to)}，流程没有终点。最后一步不写下一步，流程就在这里结束；要退回重办，请在前面的步骤里用分支（branches）写明。`
        : `办理流程在${steps.map(step).join('、')}之间转圈，走不到最后一步：${step(from)}${how}又回到了${step(to)}。请改正这里的下一步，或者给其中一步加上分支（branches），让它能往后走。`,
    });
    return;
  }
  if (shape.unreachable.length > 0) {
    const first = shape.unreachable[0]!;
    problems.push({
      file,
      field: `steps.${first}`,
      message: `${shape.unreachable.map(step).join('、')}从第一步走不到：没有哪一步的下一步（next）或分支（branches）通向${shape.unreachable.length > 1 ? '它们' : '它'}。请在前面的步骤里写上通向${shape.unreachable.length > 1 ? '它们' : '它'}的下一步或分支，或者删掉多余的步骤。`,
    });
  }
}

/**
 * Links written in the text to the site's own pages (/powers/xs-01/, /documents/guide/#sec-2, or a
 * path relative to the page) must name a page the build makes, in every edition the text is in.
 */
function checkSiteLinks(c: {
  documents: CheckedDocument[];
  powers: CheckedPower[];
  pages: CheckedPage[];
  glossary: GlossaryTerm[];
  departments: Department[];
  bodiesOf: ReadonlyMap<string, ParsedBody>;
  failedDocs: ReadonlySet<string>;
  problems: Problem[];
  unknown: ReadonlySet<string>;
}): void {
  const plans = new Map(c.documents.map((d) => [d.id, planDocumentPages(d.structure, d.body.length)]));
  const anchorsOf = (d: CheckedDocument) =>
    new Set([
      ...d.structure.headings.map((h) => h.anchor),
      ...d.structure.roles.flatMap((r) => ('anchor' in r ? [r.anchor] : [])),
      ...d.structure.roles.flatMap((r) => (r.role === 'article' ? [r.paragraphAnchor] : [])),
    ]);
  const site: SiteMap = {
    documents: new Map(c.documents.map((d) => [d.id, { title: d.data.title, visible: d.data, anchors: anchorsOf(d) }])),
    powers: new Map(c.powers.map((p) => [p.id, { name: p.data.name, visible: p.data, steps: p.data.steps.length }])),
    plans,
    glossary: new Set(c.glossary.map((g) => g.id)),
    departments: new Set(c.departments.map((d) => d.id)),
    unknown: c.unknown,
  };
  const fixedPage: Record<string, string> = { home: pageHref.home, powers: pageHref.powers, rules: pageHref.rules };
  const sources: Array<{ file: string; from: Visible; docId?: string; pageAt: (line: number) => string | undefined }> = [
    ...c.documents.map((d) => {
      const plan = plans.get(d.id)!;
      const chapters = d.blocks.flatMap((b, i) => {
        const role = d.structure.roles[i];
        return role?.role === 'chapter' ? [{ line: b.line ?? 0, slug: role.anchor }] : [];
      });
      // A split document's text is on its chapter pages (the text before the first chapter on its contents page).
      const pageAt = (line: number) => {
        if (!plan.split) return documentHref(d.id);
        const chapter = chapters.filter((ch) => ch.line <= line).at(-1);
        return chapter ? chapterHref(d.id, chapter.slug) : undefined;
      };
      return { file: d.file, from: d.data as Visible, docId: d.id, pageAt };
    }),
    ...c.powers.map((p) => ({ file: p.file, from: p.data as Visible, pageAt: () => powerHref(p.id) })),
    ...c.pages.map((p) => ({ file: p.file, from: AUDIENCE_PUBLIC, pageAt: () => fixedPage[p.id] })),
  ];
  for (const { file, from, docId, pageAt } of sources) {
    if (docId !== undefined && c.failedDocs.has(docId)) continue;
    for (const a of c.bodiesOf.get(file)?.addresses ?? []) {
      if (a.use !== 'link' && a.use !== 'image') continue;
      const page = pageAt(a.line);
      const kind = classifyUrl(a.url);
      let message: string | undefined;
      if (kind.kind === 'path') message = sitePathProblem(a.url, kind.path, kind.fragment, site, { from, page });
      else if (kind.kind === 'fragment') message = fragmentProblem(a.url, kind.fragment, docId, site, { from, page });
      else if (kind.kind === 'relative') {
        if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/:?#]|$)/i.test(a.url) && !/\.(html?|pdf|docx?|xlsx?|svg|png|jpe?g)$/i.test(a.url)) {
          message = `链接“${a.url}”开头少了“https://”，读者点开会找不到页面。其他网站的网页请写完整地址，例如 https://${a.url}。`;
        } else if (page === undefined) {
          message = `链接“${a.url}”是相对地址，这份文件分成了几页，它在不同的页面上会指向不同的地方。请写以“/”开头的完整地址，例如 /powers/xs-01/。`;
        } else {
          const url = new URL(a.url, `http://site${page}`);
          const check = (u: URL) => sitePathProblem(a.url, u.pathname, u.hash ? decodeURIComponent(u.hash.slice(1)) : undefined, site, { from, page });
          if (check(url)) {
            const rooted = new URL(`/${a.url.replace(/^(\.\/)+/, '')}`, 'http://site');
            message = !check(rooted)
              ? `链接“${a.url}”开头少了“/”：在这一页上它指向 ${url.pathname}，那里没有页面。请写成 ${rooted.pathname}${rooted.hash}。`
              : `链接“${a.url}”在这一页上指向 ${url.pathname}，那里没有页面。站内链接请写以“/”开头的完整地址，例如 /powers/xs-01/。`;
          }
        }
      }
      if (message) c.problems.push({ file, line: a.line, message });
    }
  }
}
