/**
 * Every link in the built site works, and every citation written in the corpus is one of them.
 * Reads the built files of both editions directly (no browser): each internal href must name a
 * built file, and each #fragment an id on that page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { content } from './helpers.ts';
import { isPublished, type Edition } from '../../src/lib/editions.ts';
import { buildRegistry, citationHref } from '../../src/lib/cross-refs.ts';
import { citationsInData, citationsInDocument } from '../../src/lib/references.ts';
import { anchorHref, articleAnchorOf, documentHref, documentPageHrefs, glossaryHref, powerHref } from '../../src/lib/links.ts';

const dist = (edition: Edition) => join(import.meta.dirname, '../../dist', edition);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The built file a site path is served from, or undefined. */
function fileFor(root: string, pathname: string): string | undefined {
  const path = join(root, decodeURIComponent(pathname));
  const candidates = pathname.endsWith('/') ? [join(path, 'index.html')] : [path, join(path, 'index.html'), `${path}.html`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Every broken internal link of an edition, as "page: href → what is missing". */
function brokenLinks(edition: Edition): { checked: number; broken: string[] } {
  const root = dist(edition);
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles(root)) {
    const page =
      '/' +
      relative(root, file)
        .replace(/index\.html$/, '')
        .replace(/\\/g, '/');
    const html = readFileSync(file, 'utf8');
    for (const [, raw] of html.matchAll(/\shref="([^"]*)"/g)) {
      const href = raw!.replace(/&amp;/g, '&');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // https:, tel:, mailto:
      checked += 1;
      const url = new URL(href, `http://site${page}`);
      const target = fileFor(root, url.pathname);
      if (!target) {
        broken.push(`${page}: ${href} → no page ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsOf(target).has(fragment)) broken.push(`${page}: ${href} → no id "${fragment}" on ${url.pathname}`);
    }
  }
  return { checked, broken };
}

for (const edition of ['public', 'staff'] as const) {
  test(`${edition} edition: every internal link and fragment resolves`, () => {
    const { checked, broken } = brokenLinks(edition);
    expect(checked).toBeGreaterThan(1000);
    expect(broken, `broken links in dist/${edition}`).toEqual([]);
  });

  test(`${edition} edition: every citation in the corpus is a link to the cited place`, () => {
    const registry = buildRegistry(content, edition);
    const missing: string[] = [];
    let count = 0;
    const expectLink = (pagePaths: string[], text: string, href: string) => {
      count += 1;
      // A long document's citations are on its chapter pages (and the whole-text page); any of them will do.
      const html = pagePaths.map((p) => readFileSync(fileFor(dist(edition), p)!, 'utf8')).join('\n');
      const pagePath = pagePaths[0]!;
      if (!html.includes(`href="${href}">${text}</a>`) && !html.includes(`href="${href}" class="term">${text}</a>`)) {
        missing.push(`${pagePath}: “${text}” should link to ${href}`);
      }
    };
    for (const doc of content.documents.filter((d) => isPublished(d.data, edition))) {
      for (const cite of citationsInDocument(doc.blocks, doc.structure.roles, registry.titles)) {
        const href = citationHref(registry, cite, doc.id);
        if (href) expectLink(documentPageHrefs(doc.id), cite.text, href);
      }
    }
    for (const power of content.powers.filter((p) => isPublished(p.data, edition))) {
      for (const cite of citationsInData(power.data, registry.titles)) {
        const href = citationHref(registry, cite);
        if (href) expectLink([powerHref(power.id)], cite.text, href);
      }
    }
    expect(count).toBeGreaterThan(edition === 'public' ? 20 : 100);
    expect(missing).toEqual([]);
  });
}

/** The HTML of one article (from its heading to the next article) on the built page it lives on. */
function articleHtml(edition: Edition, docId: string, article: number): string {
  const page = anchorHref(docId, articleAnchorOf(article)).replace(/#.*$/, '');
  const html = readFileSync(fileFor(dist(edition), page)!, 'utf8');
  const start = html.indexOf(`id="${articleAnchorOf(article)}"`);
  expect(start, `${docId} has article ${article}`).toBeGreaterThan(0);
  const end = html.indexOf('<div class="article">', start);
  return html.slice(start, end < 0 ? undefined : end);
}

test('a citation with article, paragraph and item links to that item', () => {
  const html = articleHtml('staff', 'rules-three-important', 11);
  const href = anchorHref('rules-three-important', articleAnchorOf(12, 1, 3));
  expect(html).toContain(`<a href="${href}">本办法第十二条第一款第三项</a>`);
});

test('a citation of the charter from another document links to the charter article', () => {
  const html = articleHtml('public', 'rules-parents-committee', 1);
  expect(html).toContain(`<a href="${anchorHref('charter', 'art-34')}">《学校章程》第三十四条</a>`);
});

test('the charter lists what cites an article, and a public page never lists a staff-only source', () => {
  // 第三十四条 (the parents' committee) is cited by the public 家长委员会章程.
  const cited = articleHtml('public', 'charter', 34);
  expect(cited).toMatch(/<p class="cited-by"[^>]*>被引用：.*《家委会章程》第一条<\/a>/);
  // 第二十六条 is cited by the staff-only rules of the principal's meeting: listed in the staff edition only.
  const source = anchorHref('rules-principal-meeting', 'art-2');
  expect(articleHtml('staff', 'charter', 26)).toContain(`<a href="${source}">《校长办公会议议事规则》第二条</a>`);
  expect(articleHtml('public', 'charter', 26)).not.toContain('rules-principal-meeting');
  // And no public page at all names a source the public edition does not publish.
  const hidden = content.documents.filter((d) => !isPublished(d.data, 'public'));
  for (const file of htmlFiles(dist('public'))) {
    for (const [line] of readFileSync(file, 'utf8').matchAll(/<p class="cited-by".*?<\/p>/g)) {
      for (const d of hidden) expect(line, relative(dist('public'), file)).not.toContain(documentHref(d.id));
    }
  }
});

test('the glossary explains the school’s terms, and a document links the first use of each', () => {
  const glossary = readFileSync(fileFor(dist('public'), '/glossary/')!, 'utf8');
  const terms = [...glossary.matchAll(/<dt id="term-([a-z0-9-]+)">([^<]+)<\/dt>/g)];
  expect(terms.length).toBeGreaterThanOrEqual(25);
  for (const word of ['三重一大', '三会一课', '会前沟通', '送教上门', '随班就读', '个别化教育计划', '校务监督委员会', '小微权力']) {
    expect(terms.map((t) => t[2])).toContain(word);
  }
  // The charter is read chapter by chapter: over its reading pages (not the whole-text page) the term is linked once.
  const reading = documentPageHrefs('charter').filter((p) => !p.endsWith('/full/'));
  const body = reading
    .map((p) => readFileSync(fileFor(dist('public'), p)!, 'utf8'))
    .map((html) => html.slice(html.indexOf('class="doc-body')))
    .join('\n');
  expect(body.split(`href="${glossaryHref('home-teaching')}"`)).toHaveLength(2);
  // Never inside a heading.
  expect(body).not.toMatch(/<h[1-6][^>]*>(?:(?!<\/h[1-6]>).)*class="term"/s);
});
