/**
 * The search quality thresholds of issue #6, held on every run: the committed realistic queries
 * and 60 substrings sampled from the pages, typed into the real search page over the real index;
 * and the committed parents' questions (issue #17), each of whose answering pages must be listed.
 * (npm run bench:search measures the full set against stock Pagefind.)
 */
import { expect, test } from '@playwright/test';
import {
  articleQueries,
  failures,
  measure,
  measureQuestions,
  pageTexts,
  parentQuestions,
  realisticQueries,
  sampleSubstrings,
  sitemapPaths,
  summarise,
} from '../../../scripts/search-quality.mjs';

test('search finds every page that contains the query, and only those', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const texts = await pageTexts(page, baseURL!, await sitemapPaths(baseURL!));
  expect(texts.size).toBeGreaterThan(20);
  await page.goto('/search/');
  const realistic = await measure(page, realisticQueries(), texts);
  const substrings = await measure(page, sampleSubstrings([...texts.values()], 60, 7), texts);
  const problems = [
    ...failures('realistic', summarise(realistic), articleQueries(realistic)),
    ...failures('substrings', summarise(substrings)),
  ];
  const wrong = [...realistic, ...substrings]
    .filter((r) => r.missed.length || r.wrong.length)
    .map((r) => `"${r.query}": missed ${r.missed.join(' ') || '-'}; returned without it ${r.wrong.join(' ') || '-'}`);
  expect(problems, wrong.join('\n')).toEqual([]);
});

test('a question typed as parents ask it lists the pages that answer it', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/search/');
  const rows = await measureQuestions(page, parentQuestions());
  const missed = rows.filter((r) => r.missed.length).map((r) => `"${r.query}" (${r.status}): missed ${r.missed.join(' ')}`);
  expect(failures('questions', summarise(rows)), missed.join('\n')).toEqual([]);
});
