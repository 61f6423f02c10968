/**
 * Links to the site's own pages written in content/ (/powers/xs-01/, /documents/guide/#sec-2): the page
 * must be one the build makes, in every edition the linking text is published in, and a fragment must
 * be an anchor on that page. Known from the checked content alone: the fixed pages (links.ts
 * pageHref), each document with its anchors and page plan, each power item with its steps, the
 * glossary's terms and the departments. Files of public/ (/favicon.svg) are left to the link checker
 * in the tests, which looks at the built site.
 */
import { anchorHref, chapterHref, documentHref, glossaryHref, pageHref, powerHref, wholeTextHref, type PagePlans } from '../links.ts';
import { stepAnchor } from '../anchors.ts';
import { canReference, type Visible } from '../editions.ts';
import { suggest } from './messages.ts';

/** What the site's pages are, as the checker knows them. */
export interface SiteMap {
  documents: ReadonlyMap<string, { title: string; visible: Visible; anchors: ReadonlySet<string> }>;
  powers: ReadonlyMap<string, { name: string; visible: Visible; steps: number }>;
  plans: PagePlans;
  glossary: ReadonlySet<string>;
  departments: ReadonlySet<string>;
  /** Documents and power items (ids) that have problems of their own, already reported: links to them are not judged. */
  unknown: ReadonlySet<string>;
}

/** Where a link is written: what it is published with, and the page its text is on (for #fragments and relative paths). */
export interface LinkSource {
  from: Visible;
  /** The address of the page the text is on, when known (/documents/guide/, /documents/charter/ch-3/). */
  page?: string;
}

const why = (v: Visible) => (v.status === 'draft' ? '是草案' : '仅限校内');

function hidden(target: Visible, title: string, source: LinkSource): string | undefined {
  if (canReference(source.from, target)) return undefined;
  return `链接指向${title}，它${why(target)}，而这里的内容会在${source.from.audience === 'public' ? '公开网站' : '校内版'}上发布，读者会打不开。请删掉这个链接，或者改为链接公开的页面。`;
}

/**
 * The problem with a link to `path` (#`fragment`) on the site, in words for authors, or undefined.
 * `written` is the address as the author wrote it, for the message.
 */
export function sitePathProblem(written: string, path: string, fragment: string | undefined, site: SiteMap, source: LinkSource): string | undefined {
  const quoted = `链接“${written}”`;
  if (path.startsWith('/attachments/')) {
    const file = path.slice('/attachments/'.length);
    return `${quoted}直接指向附件。附件请用组件附上：<Attachment file="${file}" title="表格名称" />，这样它会随文件发布，并注明类型和大小。`;
  }
  const last = path.split('/').at(-1)!;
  // A file of the site (/favicon.svg): the link checker in the tests looks for it in the built site.
  if (last.includes('.')) return undefined;
  if (!path.endsWith('/')) return `${quoted}末尾要加“/”：请写成 ${path}/${fragment !== undefined ? `#${fragment}` : ''}。`;

  const fixed = Object.values(pageHref) as string[];
  const known = [...fixed, ...[...site.documents.keys()].map(documentHref), ...[...site.powers.keys()].map(powerHref)];
  const badAnchor = (right?: string) =>
    right
      ? `${quoted}里的“#${fragment}”不在这个页面上。请写成 ${right}。`
      : `${quoted}里的“#${fragment}”在那个页面上找不到。请核对“#”后面的部分，或者删掉它只链接到页面。`;

  if (fixed.includes(path)) {
    if (fragment === undefined) return undefined;
    if (path === pageHref.glossary && fragment.startsWith('term-') && !site.glossary.has(fragment.slice(5))) {
      return `${quoted}指向的词语“${fragment.slice(5)}”不在名词解释里。${suggest(fragment.slice(5), site.glossary)}请填 content/glossary.yaml 里的 id，例如 ${glossaryHref([...site.glossary][0] ?? 'id')}。`;
    }
    if (path === pageHref.powers && fragment.startsWith('group-') && !site.departments.has(fragment.slice(6))) return badAnchor();
    return undefined;
  }

  const doc = /^\/documents\/([^/]+)\/(?:([^/]+)\/)?$/.exec(path);
  if (doc && site.unknown.has(`documents/${doc[1]}`)) return undefined;
  if (doc) {
    const [, id, sub] = doc;
    const target = site.documents.get(id!);
    if (!target) {
      return `${quoted}指向的文件不存在：content/documents/ 里没有 ${id}.mdx。${suggest(id!, site.documents.keys())}请核对地址。`;
    }
    const plan = site.plans.get(id!);
    const pages = [documentHref(id!), ...(plan?.split ? [...plan.chapters.map((c) => chapterHref(id!, c.slug)), wholeTextHref(id!)] : [])];
    if (sub !== undefined && !pages.includes(path)) return `${quoted}指向的页面不存在：《${target.title}》没有“${sub}”这一页。请写成 ${documentHref(id!)}。`;
    const notShown = hidden(target.visible, `《${target.title}》`, source);
    if (notShown) return notShown;
    if (fragment === undefined) return undefined;
    if (!target.anchors.has(fragment)) return badAnchor();
    const right = anchorHref(site.plans, id!, fragment);
    return right === `${path}#${fragment}` ? undefined : badAnchor(right);
  }

  const power = /^\/powers\/([^/]+)\/$/.exec(path);
  if (power && site.unknown.has(`powers/${power[1]}`)) return undefined;
  if (power && site.powers.has(power[1]!)) {
    const target = site.powers.get(power[1]!)!;
    const notShown = hidden(target.visible, `“${target.name}”`, source);
    if (notShown) return notShown;
    if (fragment !== undefined && !Array.from({ length: target.steps }, (_, i) => stepAnchor(i + 1)).includes(fragment)) return badAnchor();
    return undefined;
  }
  if (power) {
    const near = suggest(power[1]!.toLowerCase(), site.powers.keys());
    return `${quoted}指向的小微权力事项不存在：content/powers/ 里没有 ${power[1]}.mdx。${near || '地址里写事项编码的小写，例如 /powers/xs-01/。'}`;
  }
  return `${quoted}指向的页面不存在。${suggest(path, known) || '站内地址的写法见 content/README.md，例如 /documents/charter/、/powers/xs-01/。'}`;
}

/** The problem with a link to `#fragment` on the same page, where only a document's anchors are known. */
export function fragmentProblem(written: string, fragment: string, docId: string | undefined, site: SiteMap, source: LinkSource): string | undefined {
  if (docId === undefined || !/^(ch|sec|art)-/.test(fragment) || site.unknown.has(`documents/${docId}`)) return undefined;
  const target = site.documents.get(docId);
  if (!target) return undefined;
  if (!target.anchors.has(fragment)) return `链接“${written}”在这份文件里找不到。请核对“#”后面的部分。`;
  const right = anchorHref(site.plans, docId, fragment);
  if (source.page !== undefined && !right.startsWith(`${source.page}#`)) return `链接“${written}”指向的条文不在这一页上。请写成 ${right}。`;
  return undefined;
}
