import { describe, expect, it } from 'vitest';
import { containment, diffText, sideOf, similarity } from '../../../src/lib/text-diff.ts';

/** The pieces written compactly: [-deleted] [+inserted], unchanged text as it is. */
const show = (old: string, next: string) =>
  diffText(old, next)
    .map((p) => (p.op === 'same' ? p.text : p.op === 'del' ? `[-${p.text}]` : `[+${p.text}]`))
    .join('');

describe('diffText', () => {
  it('leaves identical texts whole', () => {
    expect(diffText('本章程由学校负责解释。', '本章程由学校负责解释。')).toEqual([{ op: 'same', text: '本章程由学校负责解释。' }]);
    expect(diffText('', '')).toEqual([]);
  });

  it('marks a small change in a long clause as small as it is', () => {
    expect(show('学校应当至少在作出决定5个工作日前将方案送交家委会。', '学校应当至少在作出决定10个工作日前将方案送交家委会。')).toBe(
      '学校应当至少在作出决定[-5][+10]个工作日前将方案送交家委会。',
    );
  });

  it('keeps a sentence inserted or deleted whole, without taking the clause before it', () => {
    expect(show('本章程由学校家长委员会负责解释。', '本章程由学校家长委员会负责解释；解释涉及学校职责的，与学校协商一致。')).toBe(
      '本章程由学校家长委员会负责解释[+；解释涉及学校职责的，与学校协商一致]。',
    );
    expect(show('学校把文明校园创建和垃圾分类等工作作为重点。', '学校把文明校园创建作为重点。')).toBe(
      '学校把文明校园创建[-和垃圾分类等工作]作为重点。',
    );
  });

  it('joins edits separated by a character or two that only happen to match', () => {
    // 由校长室负责 → 由学生发展部负责: not 由 [校→学生发展] … matched on a stray character.
    expect(show('日常联络由校长室负责。', '日常联络由学生发展部负责。')).toBe('日常联络由[-校长室][+学生发展部]负责。');
  });

  it('strikes out a clause that was rewritten and inserts the new one whole', () => {
    expect(show('家长委员会每学期召开一至两次会议，由主任召集。', '家长委员会每学期召开一至两次会议，召集人由全体委员轮流担任。')).toBe(
      '家长委员会每学期召开一至两次会议，[-由主任召集][+召集人由全体委员轮流担任]。',
    );
  });

  it('keeps paragraphs and items apart when showing each side', () => {
    const pieces = diffText('（一）作息时间的调整；\n（二）收费项目。', '（一）作息时间的重大调整；\n（二）收费项目。');
    expect(sideOf(pieces, 'old')).toEqual([[{ text: '（一）作息时间的调整；' }], [{ text: '（二）收费项目。' }]]);
    expect(sideOf(pieces, 'new')).toEqual([
      [{ text: '（一）作息时间的' }, { text: '重大', mark: 'ins' }, { text: '调整；' }],
      [{ text: '（二）收费项目。' }],
    ]);
  });

  it('diffs characters outside the basic plane as single characters', () => {
    expect(show('𠮷野家', '吉野家')).toBe('[-𠮷][+吉]野家');
  });
});

describe('similarity and containment', () => {
  it('scores identical texts 1 and unrelated ones near 0', () => {
    expect(similarity('学校家长委员会', '学校家长委员会')).toBe(1);
    expect(similarity('学校家长委员会', '食堂供餐方式')).toBe(0);
  });

  it('finds a short text inside a long one', () => {
    expect(containment('负责解释', '本章程由学校家长委员会负责解释')).toBe(1);
    expect(containment('本章程由学校家长委员会负责解释', '负责解释')).toBeLessThan(0.3);
  });
});
