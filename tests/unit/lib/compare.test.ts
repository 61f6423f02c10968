import { describe, expect, it } from 'vitest';
import { articleUnits, compareTexts, type CompareUnit } from '../../../src/lib/compare.ts';
import { structureDocument, type Block } from '../../../src/lib/document-structure.ts';
import { toChineseNumeral } from '../../../src/lib/numerals.ts';

/** Articles from short texts: chapters as ['第一章　总则', text, text], numbered in order. */
function units(chapters: Array<[string, ...string[]]>): CompareUnit[] {
  const blocks: Block[] = [];
  let n = 0;
  for (const [title, ...articles] of chapters) {
    blocks.push({ kind: 'heading', depth: 2, text: title });
    for (const a of articles) {
      const [first, ...rest] = a.split('\n');
      blocks.push({ kind: 'paragraph', text: `第${toChineseNumeral(++n)}条　${first}` });
      for (const p of rest) blocks.push({ kind: 'paragraph', text: p });
    }
  }
  return articleUnits(blocks, structureDocument(blocks).roles);
}

/** Each row as "kind old→new", numbers only. */
const summary = (old: CompareUnit[], next: CompareUnit[]) =>
  compareTexts(old, next).rows.map(
    (r) => `${r.kind} ${r.old.map((u) => u.number).join('+') || '-'}→${r.new.map((u) => u.number).join('+') || '-'}`,
  );

const A = '为了规范家长委员会的组成和活动，根据学校章程，制定本规则。';
const B = '家长委员会由各班推选的家长代表组成，每届任期三年。';
const C = '家长委员会每学期至少召开一次全体会议，由主任召集和主持。';
const D = '学校每学期至少与家长委员会召开一次家校联席会议，通报学校工作。';
const E = '家长对学校的处理结果有异议的，可以在五个工作日内申请复核。';
const F = '本规则由学校家长委员会负责解释，自公布之日起施行。';

describe('articleUnits', () => {
  it('gives each article its wording without its label, paragraphs and items on their own lines, and its chapter', () => {
    const [first] = units([['第一章　总则', `${A}\n（一）第一项；\n（二）第二项。`]]);
    expect(first).toEqual({
      number: 1,
      label: '第一条',
      anchor: 'art-1',
      chapter: '第一章　总则',
      text: `${A}\n（一）第一项；\n（二）第二项。`,
    });
  });
});

describe('compareTexts', () => {
  it('finds nothing changed between identical texts', () => {
    const text = units([
      ['第一章　总则', A, B],
      ['第二章　会议', C, D],
    ]);
    const c = compareTexts(text, text);
    expect(c.counts).toEqual({ added: 0, deleted: 0, modified: 0, unchanged: 4 });
    expect(c.rows.every((r) => !r.renumbered && !r.moved)).toBe(true);
  });

  it('pairs articles by number where the numbering is unchanged, and marks what changed', () => {
    const old = units([['第一章　总则', A, B, C]]);
    const next = units([['第一章　总则', A, B.replace('三年', '两年'), C]]);
    const c = compareTexts(old, next);
    expect(summary(old, next)).toEqual(['unchanged 1→1', 'modified 2→2', 'unchanged 3→3']);
    expect(c.rows[1]!.pieces.filter((p) => p.op !== 'same')).toEqual([
      { op: 'del', text: '三' },
      { op: 'ins', text: '两' },
    ]);
  });

  it('follows renumbering: an inserted article, and the ones after it under their new numbers', () => {
    const old = units([['第一章　总则', A, B, C, E]]);
    const next = units([['第一章　总则', A, B, D, C.replace('至少', ''), E]]);
    expect(summary(old, next)).toEqual(['unchanged 1→1', 'unchanged 2→2', 'added -→3', 'modified 3→4', 'unchanged 4→5']);
    const c = compareTexts(old, next);
    expect(c.counts).toEqual({ added: 1, deleted: 0, modified: 1, unchanged: 3 });
    expect(c.rows.filter((r) => r.renumbered).map((r) => r.new[0]!.number)).toEqual([4, 5]);
  });

  it('places a deleted article where it stood', () => {
    const old = units([['第一章　总则', A, B, C, F]]);
    const next = units([['第一章　总则', A, C, F]]);
    expect(summary(old, next)).toEqual(['unchanged 1→1', 'deleted 2→-', 'unchanged 3→2', 'unchanged 4→3']);
  });

  it('recognises an article split in two', () => {
    const old = units([['第一章　总则', A, `${C}${D}`, F]]);
    const next = units([['第一章　总则', A, C, D, F]]);
    expect(summary(old, next)).toEqual(['unchanged 1→1', 'split 2→2+3', 'unchanged 3→4']);
    const c = compareTexts(old, next);
    expect(c.counts).toEqual({ added: 0, deleted: 0, modified: 1, unchanged: 2 });
    // The two new articles are compared with the old one as one text: only the break between them is new.
    expect(c.rows[1]!.pieces.filter((p) => p.op !== 'same')).toEqual([{ op: 'ins', text: '\n' }]);
  });

  it('recognises two articles merged into one', () => {
    const old = units([['第一章　总则', A, C, D, F]]);
    const next = units([['第一章　总则', A, `${C}${D}`, F]]);
    expect(summary(old, next)).toEqual(['unchanged 1→1', 'merged 2+3→2', 'unchanged 4→3']);
  });

  it('follows a chapter that moved: its articles unchanged, renumbered and marked as moved', () => {
    const old = units([
      ['第一章　总则', A, B],
      ['第二章　会议', C, D],
      ['第三章　复核', E],
      ['第四章　附则', F],
    ]);
    const next = units([
      ['第一章　总则', A, B],
      ['第二章　复核', E],
      ['第三章　会议', C, D],
      ['第四章　附则', F],
    ]);
    const c = compareTexts(old, next);
    expect(c.counts).toEqual({ added: 0, deleted: 0, modified: 0, unchanged: 6 });
    expect(c.rows.map((r) => `${r.old[0]!.number}→${r.new[0]!.number}${r.moved ? ' moved' : ''}`)).toEqual([
      '1→1',
      '2→2',
      '5→3 moved',
      '3→4',
      '4→5',
      '6→6',
    ]);
    expect(c.rows[2]!.new[0]!.chapter).toBe('第二章　复核');
  });

  it('follows an article that moved and changed a little', () => {
    const old = units([['第一章　总则', A, B, C, D, E]]);
    const next = units([['第一章　总则', A, E.replace('五个', '十个'), B, C, D]]);
    const rows = compareTexts(old, next).rows;
    expect(rows.map((r) => `${r.kind} ${r.old[0]?.number}→${r.new[0]?.number}${r.moved ? ' moved' : ''}`)).toEqual([
      'unchanged 1→1',
      'modified 5→2 moved',
      'unchanged 2→3',
      'unchanged 3→4',
      'unchanged 4→5',
    ]);
  });

  it('marks a change inside an item, leaving the other items and paragraphs as they were', () => {
    const items = (second: string) =>
      `学校作出下列决定前，应当听取家长委员会的意见：\n（一）作息时间的重大调整；\n（二）${second}；\n（三）食堂供餐方式的调整。\n紧急情况下，学校应当事后说明。`;
    const old = units([['第一章　总则', items('收费项目和标准')]]);
    const next = units([['第一章　总则', items('收费项目和标准、代收费项目')]]);
    const [row] = compareTexts(old, next).rows;
    expect(row!.kind).toBe('modified');
    expect(row!.pieces.filter((p) => p.op !== 'same')).toEqual([{ op: 'ins', text: '、代收费项目' }]);
  });

  it('does not pair articles that share only the words every rule uses: a rewrite is a deletion and an addition', () => {
    const old = units([['第一章　总则', '家长委员会委员应当积极参加家长委员会的各项活动。']]);
    const next = units([['第一章　总则', '学校为家长委员会开展工作提供会议场所和必要的条件。']]);
    expect(summary(old, next)).toEqual(['deleted 1→-', 'added -→1']);
  });

  it('compares a text without articles as one unit', () => {
    const blocks: Block[] = [
      { kind: 'heading', depth: 2, text: '一、指导思想' },
      { kind: 'paragraph', text: '坚持以学生为本。' },
    ];
    expect(articleUnits(blocks, structureDocument(blocks).roles)).toEqual([
      { number: 1, label: '全文', anchor: '', text: '一、指导思想\n坚持以学生为本。' },
    ]);
  });
});
