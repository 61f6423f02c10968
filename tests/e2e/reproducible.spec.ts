/**
 * The same content builds the same site on any day: the fixture site built on two days a year apart
 * (scripts/build-on-days.mjs, which npm test runs, sets the clock forward) is the same, file for file,
 * byte for byte, search index included. Nothing is left out of the comparison. What may rightly differ
 * is a text's status on a day between which it comes into force (尚未生效 → 现行有效); the days are chosen
 * after every date in the content, and the README says to rebuild on each effective date.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { site } from './helpers.ts';
import { differences, reproducibleDays } from './reproducible.ts';

const [first, second] = reproducibleDays(site).map((day) => join(import.meta.dirname, '../../dist/reproducible', day, 'public'));

test('the fixture site built on two days a year apart is the same, byte for byte', () => {
  for (const dir of [first!, second!]) expect(existsSync(dir), `${dir} is missing: run node scripts/build-on-days.mjs`).toBe(true);
  expect(differences(first!, second!)).toEqual([]);
});

test('the print line gives the date of the content, not of the build', () => {
  const html = readFileSync(join(first!, 'documents/rules-parents-committee/index.html'), 'utf8');
  // The 家委会章程's last change: its amendment, published 2026-10-26.
  expect(html).toContain('本页内容截至 2026年10月26日');
});
