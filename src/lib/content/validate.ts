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
import type { ArticleRef } from '../../schemas/reference.ts';
import { structureDocument, type ArticleInfo, type Block, type DocumentStructure } from '../document-structure.ts';
import { citationsInData, citationsInDocument, documentTitles, resolveCitation, titleIndex, type FoundCitation } from '../references.ts';
import { parseBody, type ComponentUse, type ParsedBody } from './mdx.ts';
import { componentShapeProblems } from './components.ts';
import { pageSchema, type PageData } from '../../schemas/page.ts';
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
  /** Files under content/attachments/. */
  attachments: AttachmentFile[];
  problems: Problem[];
}

const fileId = (file: string) => file.replace(/^.*\//, '').replace(/\.(mdx|yaml)$/, '');


function parseOne<S extends z.ZodType>(schema: S, raw: RawFile, data: unknown, prefix: PropertyKey[], problems: Problem[]) {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data as z.infer<S>;
  for (const issue of result.error.issues) {
    problems.push(issueToProblem(raw.file, { ...issue, path: [...prefix, ...issue.path] } as typeof issue));
  }
  return undefined;
}

function parseList<S extends z.ZodType>(schema: S, raw: RawFile | undefined, what: string, problems: Problem[]): Array<z.infer<S>> {
  if (!raw) return [];
  if (raw.syntaxError) {
    problems.push({ file: raw.file, line: raw.syntaxError.line, message: `${raw.syntaxError.message}。请检查缩进（用空格对齐）和冒号（冒号后要有一个空格）。` });
    return [];
  }
  if (!Array.isArray(raw.data)) {
    problems.push({ file: raw.file, message: `这个文件应当是${what}的列表，每一项以“- id: …”开头。` });
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
  if (raw.syntaxError) {
    problems.push({ file: raw.file, line: raw.syntaxError.line, message: `${raw.syntaxError.message}。请检查缩进（用空格对齐）和冒号（冒号后要有一个空格）。` });
    return undefined;
  }
  return parseOne(schema, raw, raw.data ?? {}, [], problems);
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
  // 1. Shapes.
  let settings: Settings | undefined;
  if (!raw.settings) problems.push({ file: 'content/settings.yaml', message: '缺少站点设置文件。请从 content/README.md 的说明新建它。' });
  else settings = parseFile(settingsSchema, raw.settings, problems);
  const knownPlaceholders = placeholderNames(settings);
  const unknownPlaceholder = (name: string) =>
    `占位词“〔${name}〕”不认识。可以用的占位词有：${knownPlaceholders.map((n) => `〔${n}〕`).join('、')}。`;
  const bodies = parseList(bodySchema, raw.bodies, '机构', problems);
  const departments = parseList(departmentSchema, raw.departments, '部门', problems);
  const roles = parseList(roleSchema, raw.roles, '岗位', problems);
  const matters = parseList(matterSchema, raw.matters, '决策事项', problems);
  const glossary = parseList(glossaryTermSchema, raw.glossary, '词语', problems);

  /** Parse an MDX body, reporting what MDX refuses and unknown placeholders, line by line. */
  const readBody = (file: RawFile): ParsedBody => {
    const body = file.body ?? '';
    const first = file.bodyLine ?? 1;
    const parsed = parseBody(body, first);
    for (const p of parsed.problems) problems.push({ file: file.file, line: p.line, message: p.message });
    for (const use of parsed.components) {
      for (const message of componentShapeProblems(use)) problems.push({ file: file.file, line: use.line, message });
    }
    body.split('\n').forEach((text, i) => {
      for (const m of text.matchAll(PLACEHOLDER)) {
        if (!knownPlaceholders.includes(m[1]!)) problems.push({ file: file.file, line: first + i, message: unknownPlaceholder(m[1]!) });
      }
    });
    return parsed;
  };

  /** A document's or a version's frontmatter, body and numbering, checked alike. */
  const readDocument = (file: RawFile, schema: typeof documentSchema | typeof versionSchema, id: string): CheckedDocument | undefined => {
    const data: DocumentData | undefined = parseFile(schema as typeof versionSchema, file, problems);
    const parsed = readBody(file);
    const structure = structureDocument(parsed.blocks);
    for (const p of structure.problems) {
      const what =
        p.code === 'article-repeated'
          ? `条文编号“${p.found}”重复了。`
          : p.code === 'article-numeral'
            ? `条文编号“${p.found}”的中文数字写法不对。`
            : `条文编号“${p.found}”不连续。`;
      const message =
        p.code === 'chapter-sequence' || p.code === 'section-sequence'
          ? `章节编号“${p.found}”不连续，这里应当是“${p.expected}”。请按顺序编号。`
          : `${what}这里应当是“${p.expected}”。条文从第一条起全文连续编号，请按顺序改正，并检查引用这些条文的地方。`;
      problems.push({ file: file.file, line: p.line, message });
    }
    return data && { id, file: file.file, data, body: file.body ?? '', blocks: parsed.blocks, structure, components: parsed.components };
  };
  const documents: CheckedDocument[] = raw.documents.flatMap((file) => readDocument(file, documentSchema, fileId(file.file)) ?? []);

  const powers: CheckedPower[] = [];
  for (const file of raw.powers) {
    const data = parseFile(powerSchema, file, problems);
    const parsed = readBody(file);
    if (data) powers.push({ id: fileId(file.file), file: file.file, data, body: file.body ?? '', components: parsed.components });
  }

  const pages: CheckedPage[] = [];
  for (const file of raw.pages) {
    const data = parseFile(pageSchema, file, problems);
    const parsed = readBody(file);
    if (data) pages.push({ id: fileId(file.file), file: file.file, data, components: parsed.components });
  }

  // Earlier texts of documents: read and checked as documents are, then against their document (versions.ts).
  const versions: CheckedVersion[] = checkVersions(
    raw.versions.flatMap((file) => {
      const v = readDocument(file, versionSchema, versionFileKey(file.file));
      return v ? [{ ...v, data: v.data as VersionData, docId: v.id.split('@')[0]!, date: v.id.split('@')[1]! }] : [];
    }),
    documents,
    problems,
  );

  // Placeholders in data and frontmatter (document bodies are checked line by line above).
  for (const file of [raw.settings, raw.bodies, raw.departments, raw.roles, raw.matters, raw.glossary, ...raw.documents, ...raw.versions, ...raw.powers, ...raw.pages]) {
    for (const name of new Set(placeholdersIn(file?.data))) {
      if (!knownPlaceholders.includes(name)) problems.push({ file: file!.file, message: unknownPlaceholder(name) });
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

  // 3. References.
  const bodyIds = new Set(bodies.map((b) => b.id));
  const roleIds = new Set(roles.map((r) => r.id));
  const deptById = new Map(departments.map((d) => [d.id, d]));
  const docById = new Map(documents.map((d) => [d.id, d]));
  const actorIds = new Set([...roleIds, ...bodyIds]);
  // Ids of entries that exist but failed their own checks: already reported, so a
  // reference to them is not reported a second time.
  const broken = new Set([
    ...raw.documents.map((f) => fileId(f.file)).filter((id) => !docById.has(id)),
    ...[raw.bodies, raw.departments, raw.roles]
      .flatMap((f) => (Array.isArray(f?.data) ? f.data : []).map((x) => (x as { id?: unknown })?.id))
      .filter((id) => !actorIds.has(id as string) && !deptById.has(id as string)),
  ].filter((id): id is string => typeof id === 'string'));

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

  const bodyOrDept = new Set([...bodyIds, ...deptById.keys()]);
  for (const b of bodies) {
    const i = bodies.indexOf(b);
    const f = orgFiles.bodies;
    if (b.convenor) mustExist(f, [i, 'convenor'], b.convenor, roleIds, '岗位', 'content/org/roles.yaml');
    if (b.rules) mustExist(f, [i, 'rules'], b.rules, docById, '文件', 'content/documents/');
    if (b.department) mustExist(f, [i, 'department'], b.department, deptById, '部门', 'content/org/departments.yaml');
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
      if (!names.has(dept)) {
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
    if (r.department) mustExist(f, [i, 'department'], r.department, deptById, '部门', 'content/org/departments.yaml');
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

  for (const { data, file, id } of powers) {
    if (id !== data.code.toLowerCase()) {
      problems.push({ file, field: 'code', message: `编码是“${data.code}”，文件名应当是 ${data.code.toLowerCase()}.yaml。请让文件名和编码一致。` });
    }
    const dept = deptById.get(data.department);
    if (mustExist(file, ['department'], data.department, deptById, '部门', 'content/org/departments.yaml') && !data.code.startsWith(`${dept!.code}-`)) {
      problems.push({ file, field: 'code', message: `编码“${data.code}”应当以所属部门“${dept!.name}”的代码 ${dept!.code} 开头，例如 ${dept!.code}-01。` });
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
      const known = new Set([...actorIds, ...deptById.keys()]);
      mustExist(file, [i, 'roles', j, 'by'], r.by, known, '机构、部门和岗位', 'content/org/ 下各文件');
      checkArticleRef(file, [i, 'roles', j, 'basis'], r.basis, { audience: m.audience, status: 'in-force' });
    });
    if (!m.roles.some((r) => decidingRoles.includes(r.role))) {
      problems.push({ file, field: `${i}.roles`, message: `决策事项“${m.name}”没有写由谁决定。请至少写一方的职责为${decidingRoles.map((r) => `“${r}”`).join('、')}之一。` });
    }
  });

  checkCitations({ documents, versions, powers, matters, glossary, raw, problems, checkArticleRef });
  checkComponentReferences({ documents: [...documents, ...versions], powers, pages, bodies, matters, attachments: raw.attachments, problems });

  return { settings, bodies, departments, roles, matters, documents, versions, powers, pages, glossary, attachments: raw.attachments, problems };
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
    // A document whose own numbering is wrong is already reported; its citations would only repeat that.
    const cited = cite.target.doc === 'self' ? (selfId ?? '') : cite.target.doc;
    if ((docById.get(cited) ?? versionById.get(cited))?.structure.problems.length) return;
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
    for (const word of [g.term, ...g.aliases]) {
      const first = seenTerm.get(word);
      if (first !== undefined) {
        problems.push({ file: glossaryFile, field: `${i}.term`, message: `词语“${word}”在第${first + 1}项已经解释过了。同一个词只能解释一次，请合并这两项。` });
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
        if (!power) report(`<PowerFlow> 的编码“${code}”没有对应的小微权力事项。${suggest(code, powerByCode.keys())}请填 content/powers/ 里已有事项的编码，例如 XS-03。`);
        else if (!canReference(from, power.data)) {
          report(`<PowerFlow> 显示的“${power.data.name}”（${code}）仅限校内或还是草案，而这里的内容会公开发布，读者会看到校内的流程。请换一项公开的事项，或删掉这个流程图。`);
        }
      }
      if (use.name === 'Matters' && body !== undefined && !bodyIds.includes(body)) {
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
