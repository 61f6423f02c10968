/**
 * The real 修订对照表: the 家委会章程 of 2016 against the current one, and the charter of 2023 against
 * its 2026 amendment, compared as the site compares them (placeholders filled), held to what a reading
 * of the two texts finds and to what the charter's own history says the amendment changed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteContent } from '../../src/lib/content/pipeline.ts';
import { articleUnits, compareTexts } from '../../src/lib/compare.ts';
import { fillPlaceholders } from '../../src/lib/placeholders.ts';
import { fromChineseNumeral, NUMERAL } from '../../src/lib/numerals.ts';
import type { CheckedDocument } from '../../src/lib/content/validate.ts';

const site = siteContent(join(import.meta.dirname, '../../content'));
const units = (d: CheckedDocument) => articleUnits(d.blocks, d.structure.roles, (s) => fillPlaceholders(s, site.settings));
const current = (id: string) => site.content.documents.find((d) => d.id === id)!;
const version = (key: string) => site.content.versions.find((v) => v.id === key)!;
/** Each row as old → new numbers. */
const pairs = (c: ReturnType<typeof compareTexts>, kind: string) =>
  c.rows
    .filter((r) => r.kind === kind)
    .map((r) => `${r.old.map((u) => u.number).join('+') || '-'}→${r.new.map((u) => u.number).join('+') || '-'}`);

describe('the 家委会章程, 2016 against the current text', () => {
  const old = units(version('rules-parents-committee@2016-03-20'));
  const now = units(current('rules-parents-committee'));
  const c = compareTexts(old, now);

  it('has the two texts: 15 articles then, 31 now', () => {
    expect([old.length, now.length]).toEqual([15, 31]);
  });

  it('pairs the articles whose wording carries over, and counts the rest as deleted and added', () => {
    // Read side by side: purpose (1→1), what the committee is (2→2), chair and vice-chairs (5→8), term of
    // office (6→9), duties (8→11), meetings each term (10→18), who interprets (14→30), entry into force (15→31).
    expect(pairs(c, 'modified')).toEqual(['1→1', '2→2', '5→8', '6→9', '8→11', '10→18', '14→30', '15→31']);
    // Rewritten in other words or dropped: 宗旨, one parent per class, the 德育处's liaison, members' duty to
    // take part, invitations to school events, visits to lessons, volunteering and the school's support.
    expect(pairs(c, 'deleted')).toEqual(['3→-', '4→-', '7→-', '9→-', '11→-', '12→-', '13→-']);
    expect(c.counts).toEqual({ added: 23, deleted: 7, modified: 8, unchanged: 0 });
    expect(c.counts.modified + c.counts.deleted + c.counts.unchanged).toBe(old.length);
    expect(c.counts.modified + c.counts.added + c.counts.unchanged).toBe(now.length);
  });
});

describe('the charter, 2023 against the 2026 amendment', () => {
  const c = compareTexts(units(version('charter@2023-11-01')), units(current('charter')));
  const amendment = current('charter').data.history.find((h) => h.action === '修正' && h.date.startsWith('2026'))!;
  /** The articles the amendment's own record lists: “修改第八条、第十条……和第九十二条，共十六条”. */
  const [list, count] = amendment.note!.split('，共');
  const listed = [...list!.matchAll(new RegExp(`第(${NUMERAL}+)条`, 'g'))].map((m) => fromChineseNumeral(m[1]!)!);

  it('changes exactly the articles its history lists, as many as it says, and nothing else', () => {
    expect(listed).toHaveLength(fromChineseNumeral(new RegExp(`^(${NUMERAL}+)条`).exec(count!)![1]!)!);
    expect(c.rows.filter((r) => r.kind !== 'unchanged').map((r) => r.new[0]!.number)).toEqual(listed);
    expect(c.counts).toEqual({ added: 0, deleted: 0, modified: listed.length, unchanged: c.rows.length - listed.length });
    expect(c.rows.every((r) => !r.renumbered && !r.moved)).toBe(true);
  });
});
