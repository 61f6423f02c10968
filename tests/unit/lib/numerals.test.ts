import { describe, expect, it } from 'vitest';
import { articleLabel, fromChineseNumeral, parseArticleNumber, toChineseNumeral } from '../../../src/lib/numerals.ts';

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [119, '一百一十九'],
    [199, '一百九十九'],
    [1005, '一千零五'],
    [1010, '一千零一十'],
  ])('%i ⇄ %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
    expect(fromChineseNumeral(text)).toBe(n);
  });

  it('round-trips every number up to 2000', () => {
    for (let n = 1; n <= 2000; n++) expect(fromChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('accepts 〇 for 零 and 一十 for 十', () => {
    expect(fromChineseNumeral('一百〇五')).toBe(105);
    expect(fromChineseNumeral('一十二')).toBe(12);
  });

  it('rejects malformed numerals instead of guessing', () => {
    for (const bad of ['十十', '二二', '百', '一百五', '零', 'abc', '']) expect(fromChineseNumeral(bad)).toBeUndefined();
  });

  it('parses and writes article labels', () => {
    expect(parseArticleNumber('第一百九十九条')).toBe(199);
    expect(parseArticleNumber('第十二款')).toBeUndefined();
    expect(articleLabel(12)).toBe('第十二条');
  });
});
