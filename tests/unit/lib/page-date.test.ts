import { describe, expect, it } from 'vitest';
import { pageDate } from '../../../src/lib/page-date.ts';
import { parseGitLog, parseGitStatus } from '../../../src/lib/content/file-dates.ts';

describe('pageDate', () => {
  it('is the latest date of what the page shows', () => {
    expect(pageDate(['2023-11-01', '2026-10-12', undefined, '2024-02-29'])).toBe('2026-10-12');
  });
  it('is unknown when nothing on the page has a date', () => {
    expect(pageDate([])).toBeUndefined();
    expect(pageDate([undefined])).toBeUndefined();
  });
});

describe('the dates content files last changed', () => {
  it('takes each file from the newest commit that changed it', () => {
    const log =
      '\x002026-11-30\n\ncontent/powers/xs-03.mdx\ncontent/org/matters.yaml\n\x002026-10-12\n\ncontent/powers/xs-03.mdx\ncontent/glossary.yaml\n';
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['content/powers/xs-03.mdx', '2026-11-30'],
        ['content/org/matters.yaml', '2026-11-30'],
        ['content/glossary.yaml', '2026-10-12'],
      ]),
    );
  });
  it('knows which files have changes not yet committed', () => {
    expect(parseGitStatus(' M content/powers/xs-03.mdx\n?? content/powers/xs-09.mdx\nR  content/a.mdx -> content/b.mdx\n')).toEqual([
      'content/powers/xs-03.mdx',
      'content/powers/xs-09.mdx',
      'content/b.mdx',
    ]);
  });
});
