/**
 * The school's real content leaves nothing out of place: what the public edition does not publish
 * (staff-only and draft documents, items and attachments) is in none of its files, and drafts are in
 * no file of the staff edition. (tests/e2e/editions.spec.ts proves the mechanism on the fixture site,
 * with the search index and the sitemap.)
 */
import { expect, test } from '@playwright/test';
import { corpus, distOf } from '../helpers.ts';
import { hiddenFrom, leaks } from '../leaks.ts';

for (const edition of ['public', 'staff'] as const) {
  test(`the ${edition} edition holds nothing it does not publish`, () => {
    expect(leaks(distOf('corpus', edition), hiddenFrom(corpus, edition))).toEqual([]);
  });
}
