import { describe, expect, it } from 'vitest';
import { displayStatus } from '../../../src/lib/status.ts';
import { formatDate, todayInChina } from '../../../src/lib/dates.ts';
import { fillDeep, fillPlaceholders, placeholdersIn } from '../../../src/lib/placeholders.ts';
import { isCalendarDate } from '../../../src/schemas/common.ts';
import { tableOfContents } from '../../../src/lib/views.ts';

describe('status and dates', () => {
  it('shows 尚未生效 for a document in force from a later date', () => {
    expect(displayStatus({ status: 'in-force', effective: '2027-01-01' }, '2026-11-23')).toBe('not-yet');
    expect(displayStatus({ status: 'in-force', effective: '2026-11-23' }, '2026-11-23')).toBe('in-force');
    expect(displayStatus({ status: 'repealed', effective: '2027-01-01' }, '2026-11-23')).toBe('repealed');
  });
  it('writes dates the Chinese way and knows the date in China', () => {
    expect(formatDate('2023-11-01')).toBe('2023年11月1日');
    expect(todayInChina(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
  });
  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-2-1')).toBe(false);
  });
});

describe('placeholders and contents', () => {
  const settings = {
    schoolName: '某校',
    authority: '某局',
    address: '',
    phone: '',
    supervisionPhone: '123',
    authorityPhone: '',
    email: '',
    officeHours: '',
    postcode: '',
    staffUrl: '',
    siteUrl: '',
    departmentPhones: { 学生发展部: '456' },
    signVideoPhone: '',
    parentsCommitteeEmail: '',
    amounts: { 伙食费标准: '每生每天10元', 学生发展部电话: '不用' },
  };
  it('fills known placeholders and leaves document numbers alone', () => {
    expect(fillPlaceholders('〔学校名称〕〔2023〕5号，监督电话〔监督电话〕', settings)).toBe('某校〔2023〕5号，监督电话123');
  });
  it("fills a department's telephone by the department's name", () => {
    expect(fillPlaceholders('请致电〔学生发展部电话〕，〔后勤保障部电话〕', settings)).toBe('请致电456，〔后勤保障部电话〕');
  });
  it('fills an amount by its own name, and never lets an amount take a telephone’s name', () => {
    expect(fillPlaceholders('伙食费〔伙食费标准〕，电话〔学生发展部电话〕', settings)).toBe('伙食费每生每天10元，电话456');
  });
  it('fills every string of a data value, and lists the placeholders it holds', () => {
    const item = { name: '〔学校名称〕食堂', steps: [{ action: '拨打〔监督电话〕', days: 3 }] };
    expect(fillDeep(item, settings)).toEqual({ name: '某校食堂', steps: [{ action: '拨打123', days: 3 }] });
    expect(item.name).toBe('〔学校名称〕食堂');
    expect(placeholdersIn(item)).toEqual(['学校名称', '监督电话']);
  });
  it('builds a two-level table of contents and counts articles', () => {
    // The headings the Markdown processor collects once remark-article-anchors has run.
    const { toc, articleCount } = tableOfContents([
      { depth: 2, slug: 'ch-1', text: '第一章　总则' },
      { depth: 3, slug: 'art-1', text: '第一条' },
      { depth: 3, slug: 'ch-1-sec-1', text: '第一节　会议' },
      { depth: 4, slug: 'art-2', text: '第二条' },
      { depth: 2, slug: 'ch-2', text: '第二章　附则' },
      { depth: 3, slug: 'art-3', text: '第三条' },
    ]);
    expect(articleCount).toBe(3);
    expect(toc).toEqual([
      {
        text: '第一章　总则',
        anchor: 'ch-1',
        href: '#ch-1',
        children: [{ text: '第一节　会议', anchor: 'ch-1-sec-1', href: '#ch-1-sec-1', children: [] }],
      },
      { text: '第二章　附则', anchor: 'ch-2', href: '#ch-2', children: [] },
    ]);
  });
});
