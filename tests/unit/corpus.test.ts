/**
 * The invariants of the real corpus, so that a later edit cannot silently break them:
 * it passes every check, it is complete, and it keeps to the facts all documents share.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { formatProblems } from '../../src/lib/content/messages.ts';
import { siteContent } from '../../src/lib/content/pipeline.ts';

const root = join(import.meta.dirname, '../../content');
const content = checkContent(readContent(root));
const doc = (id: string) => content.documents.find((d) => d.id === id)!;

function allText(dir: string): Array<[string, string]> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return allText(path);
    return /\.(mdx|yaml)$/.test(e.name) ? [[path.slice(root.length + 1), readFileSync(path, 'utf8')] as [string, string]] : [];
  });
}

describe('the corpus', () => {
  it('passes every content check', () => {
    expect(content.problems, formatProblems(content.problems)).toEqual([]);
  });

  it('splits the charter into its ten chapters and keeps the shorter documents whole', () => {
    const plans = siteContent(root).plans;
    expect(plans.get('charter')?.chapters.map((c) => c.slug)).toEqual(Array.from({ length: 10 }, (_, i) => `ch-${i + 1}`));
    expect([...plans].filter(([, p]) => p.split).map(([id]) => id)).toEqual(['charter']);
  });

  it('has the charter complete: about ten chapters and 70–100 articles, ending with 附则', () => {
    const charter = doc('charter');
    const chapters = charter.structure.headings.filter((h) => h.kind === 'chapter');
    expect(chapters.length).toBeGreaterThanOrEqual(9);
    expect(charter.structure.articles.length).toBeGreaterThanOrEqual(70);
    expect(charter.structure.articles.length).toBeLessThanOrEqual(100);
    expect(chapters.at(-1)!.text).toMatch(/附则$/);
  });

  it('has every set of rules of procedure, each of 15–40 articles', () => {
    const rules = [
      'rules-party-committee',
      'rules-principal-meeting',
      'rules-three-important',
      'rules-secretary-principal',
      'rules-staff-congress',
      'rules-parents-committee',
      'rules-party-branch',
    ];
    for (const id of rules) {
      const n = doc(id)?.structure.articles.length ?? 0;
      expect(n, id).toBeGreaterThanOrEqual(15);
      expect(n, id).toBeLessThanOrEqual(40);
    }
  });

  it('has the plans and systems of the pilot', () => {
    for (const id of ['plan-pilot', 'system-work-rules', 'plan-targets', 'system-appraisal', 'system-conduct', 'system-disclosure']) {
      expect(doc(id), id).toBeDefined();
    }
    expect(doc('plan-pilot').body).toMatch(/第一阶段[\s\S]*第二阶段[\s\S]*第三阶段[\s\S]*第四阶段/);
  });

  it('ends every document in articles with a 附则 chapter that gives the effective date', () => {
    for (const d of content.documents.filter(
      (x) => x.structure.articles.length > 0 && x.structure.headings.some((h) => h.kind === 'chapter'),
    )) {
      const last = d.structure.headings.filter((h) => h.kind === 'chapter').at(-1)!;
      expect(last.text, d.id).toMatch(/附则$/);
      expect(d.body, d.id).toMatch(/施行/);
    }
  });

  it('has at least 45 power items, and every department and body of the 校长室 exercises some', () => {
    expect(content.powers.length).toBeGreaterThanOrEqual(45);
    for (const dept of content.departments) {
      expect(content.powers.filter((p) => p.data.department === dept.id).length, dept.name).toBeGreaterThan(0);
    }
  });

  it('gives every power item 4–8 steps and numbers the codes of a department without gaps', () => {
    for (const p of content.powers) {
      expect(p.data.steps.length, p.data.code).toBeGreaterThanOrEqual(4);
      expect(p.data.steps.length, p.data.code).toBeLessThanOrEqual(8);
    }
    for (const dept of content.departments) {
      const numbers = content.powers
        .filter((p) => p.data.department === dept.id)
        .map((p) => Number(p.data.code.slice(3)))
        .sort((a, b) => a - b);
      expect(numbers, dept.code).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('uses only the money bands of the 三重一大 rules (1万元 and 5万元) in amount branches', () => {
    const bands = /(\d+(?:\.\d+)?)\s*(万元|元)/g;
    for (const p of content.powers) {
      for (const s of p.data.steps) {
        for (const b of s.branches ?? []) {
          for (const m of b.when.matchAll(bands)) {
            const yuan = Number(m[1]) * (m[2] === '万元' ? 10000 : 1);
            // Government procurement limits are the authority's, not the school's; everything else is A/B/C.
            if (b.when.includes('政府采购')) continue;
            expect([10000, 50000], `${p.data.code} ${b.when}`).toContain(yuan);
          }
        }
      }
    }
  });

  it('has at least 40 decision matters, at least 24 of them “三重一大”', () => {
    expect(content.matters.length).toBeGreaterThanOrEqual(40);
    const major = content.matters.filter((m) => ['重大决策', '重要人事任免', '重大项目安排', '大额度资金运作'].includes(m.category));
    expect(major.length).toBeGreaterThanOrEqual(24);
  });

  it('publishes the documents parents need, and keeps the meeting rules internal', () => {
    for (const id of ['charter', 'rules-parents-committee', 'system-disclosure', 'system-conduct', 'guide-enrolment', 'guide-subsidies'])
      expect(doc(id).data.audience, id).toBe('public');
    for (const id of ['rules-party-committee', 'rules-principal-meeting', 'plan-pilot']) expect(doc(id).data.audience, id).toBe('staff');
  });

  it('names no person and uses none of the source report’s wrong synonyms', () => {
    const wrong = /争辩|效劳|同学进展|乐观(投身|开展|参与)|根底|准那么|挂念|掩盖|新颖血液|赐予|必定要求|深化学习|平安(工作|校园|管理)/;
    const names = /蒋元美|单智波|郑显玲/;
    for (const [file, text] of allText(root)) {
      expect(text.match(wrong)?.[0], file).toBeUndefined();
      expect(text.match(names)?.[0], file).toBeUndefined();
    }
  });

  it('uses the current national term for the leadership system', () => {
    for (const [file, text] of allText(root)) expect(text.includes('党组织领导下的校长负责制'), file).toBe(false);
  });
});
