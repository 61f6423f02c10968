/** Every link in the school's real built site works, and every citation written in its content is one of them. */
import { expect, test } from '@playwright/test';
import { corpus, distOf } from '../helpers.ts';
import { brokenLinks, unlinkedCitations } from '../link-check.ts';

for (const edition of ['public', 'staff'] as const) {
  test(`${edition} edition: every internal link and fragment resolves`, () => {
    const { checked, broken } = brokenLinks(distOf('corpus', edition));
    expect(checked).toBeGreaterThan(500);
    expect(broken, `broken links in the ${edition} edition`).toEqual([]);
  });

  test(`${edition} edition: every citation in the content is a link to the cited place`, () => {
    expect(unlinkedCitations(corpus, edition, distOf('corpus', edition)).missing).toEqual([]);
  });
}
