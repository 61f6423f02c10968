import { describe, expect, it } from 'vitest';
import { findPhones, splitPhones, telHref } from '../../../src/lib/phones.ts';

const numbers = (text: string) => findPhones(text).map((p) => [p.text, p.href]);

describe('findPhones', () => {
  it('finds fixed lines with their area code, as the settings write them and as people do', () => {
    expect(numbers('监督电话0000-12345679；上级监督电话0000-12345600。')).toEqual([
      ['0000-12345679', 'tel:000012345679'],
      ['0000-12345600', 'tel:000012345600'],
    ]);
    expect(numbers('请拨打（0571）87654321或057187654321')).toEqual([
      ['（0571）87654321', 'tel:057187654321'],
      ['057187654321', 'tel:057187654321'],
    ]);
  });

  it('keeps an extension with its number, as a pause the dialer understands', () => {
    expect(numbers('电话0571-87654321转801，')).toEqual([['0571-87654321转801', 'tel:057187654321,801']]);
    expect(numbers('电话0571-87654321-801。')).toEqual([['0571-87654321-801', 'tel:057187654321,801']]);
  });

  it('finds mobile and service numbers, spaced or not', () => {
    expect(numbers('短信、手语视频：13800000000')).toEqual([['13800000000', 'tel:13800000000']]);
    expect(numbers('手机138 0000 0000或138-0000-0000')).toEqual([
      ['138 0000 0000', 'tel:13800000000'],
      ['138-0000-0000', 'tel:13800000000'],
    ]);
    expect(numbers('客服400-800-1234')).toEqual([['400-800-1234', 'tel:4008001234']]);
  });

  it('leaves dates, amounts, document numbers and longer runs of digits alone', () => {
    for (const text of [
      '2023-11-01施行',
      '每人每年最高20000元',
      '×特校〔2023〕42号',
      '金额13800000000元',
      '编号0000-123456789012',
      'ISBN 9787040123456',
      'A0571-87654321',
      '第12345678号',
      '5万元（含）以上',
    ])
      expect(numbers(text), text).toEqual([]);
  });
});

describe('splitPhones', () => {
  it('splits a text into plain pieces and numbers, losing nothing', () => {
    const text = '向学生发展部（电话0000-12345684）申请；听障家长可以发短信到13800000000。';
    const parts = splitPhones(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.href).map((p) => p.text)).toEqual(['0000-12345684', '13800000000']);
  });

  it('gives a text without numbers back whole', () => {
    expect(splitPhones('没有电话')).toEqual([{ text: '没有电话' }]);
    expect(splitPhones('')).toEqual([]);
  });
});

describe('telHref', () => {
  it('keeps only the digits', () => {
    expect(telHref('0000-12345678')).toBe('tel:000012345678');
  });
});
