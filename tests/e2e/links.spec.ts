/**
 * Every link in the built fixture site works, and every citation written in it is one of them; and
 * the particular kinds of citation, backlink and glossary link land where they should.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { content, distOf, plans, site } from './helpers.ts';
import { brokenLinks, fileFor, htmlFiles, unlinkedCitations } from './link-check.ts';
import { isPublished, type Edition } from '../../src/lib/editions.ts';
import { anchorHref, documentHref, documentPageHrefs, glossaryHref } from '../../src/lib/links.ts';
import { articleAnchor as articleAnchorOf } from '../../src/lib/anchors.ts';

const dist = (edition: Edition) => distOf('fixture', edition);

for (const edition of ['public', 'staff'] as const) {
  test(`${edition} edition: every internal link and fragment resolves`, () => {
    const { checked, broken } = brokenLinks(dist(edition));
    expect(checked).toBeGreaterThan(1000);
    expect(broken, `broken links in ${dist(edition)}`).toEqual([]);
  });

  test(`${edition} edition: every citation in the content is a link to the cited place`, () => {
    const { count, missing } = unlinkedCitations(site, edition, dist(edition));
    expect(count).toBeGreaterThan(edition === 'public' ? 20 : 100);
    expect(missing).toEqual([]);
  });
}

/** The HTML of one article (from its heading to the next article) on the built page it lives on. */
function articleHtml(edition: Edition, docId: string, article: number): string {
  const page = anchorHref(plans, docId, articleAnchorOf(article)).replace(/#.*$/, '');
  const html = readFileSync(fileFor(dist(edition), page)!, 'utf8');
  const start = html.indexOf(`id="${articleAnchorOf(article)}"`);
  expect(start, `${docId} has article ${article}`).toBeGreaterThan(0);
  const end = html.indexOf('<div class="article">', start);
  return html.slice(start, end < 0 ? undefined : end);
}

test('a citation with article, paragraph and item links to that item', () => {
  const html = articleHtml('staff', 'rules-three-important', 11);
  const href = anchorHref(plans, 'rules-three-important', articleAnchorOf(12, 1, 3));
  expect(html).toContain(`<a href="${href}">本办法第十二条第一款第三项</a>`);
});

test('a citation of the charter from another document links to the charter article', () => {
  const html = articleHtml('public', 'rules-parents-committee', 1);
  expect(html).toContain(`<a href="${anchorHref(plans, 'charter', 'art-34')}">《学校章程》第三十四条</a>`);
});

test('the charter lists what cites an article, and a public page never lists a staff-only source', () => {
  // 第三十四条 (the parents' committee) is cited by the public 家长委员会章程.
  const cited = articleHtml('public', 'charter', 34);
  expect(cited).toMatch(/<p class="cited-by"[^>]*>被引用：.*《家委会章程》第一条<\/a>/);
  // 第二十六条 is cited by the staff-only rules of the principal's meeting: listed in the staff edition only.
  const source = anchorHref(plans, 'rules-principal-meeting', 'art-2');
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
  const reading = documentPageHrefs(plans, 'charter').filter((p) => !p.endsWith('/full/'));
  const body = reading
    .map((p) => readFileSync(fileFor(dist('public'), p)!, 'utf8'))
    .map((html) => html.slice(html.indexOf('class="doc-body')))
    .join('\n');
  expect(body.split(`href="${glossaryHref('home-teaching')}"`)).toHaveLength(2);
  // Never inside a heading.
  expect(body).not.toMatch(/<h[1-6][^>]*>(?:(?!<\/h[1-6]>).)*class="term"/s);
});
