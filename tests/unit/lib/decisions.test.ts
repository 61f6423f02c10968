import { join } from 'node:path';
import { anchorHref } from '../../../src/lib/links.ts';
import { siteContent } from '../../../src/lib/content/pipeline.ts';
import { describe, expect, it } from 'vitest';
import { decisionMatrix, mattersByBody, threeImportant } from '../../../src/lib/decisions.ts';
import { isPublished, type Edition } from '../../../src/lib/editions.ts';
import type { MatterData } from '../../../src/schemas/matter.ts';

const docs = { charter: { title: '学校章程', shortTitle: '章程' }, rules: { title: '议事规则', shortTitle: '规则' } };
const docOf = (id: string) => docs[id as keyof typeof docs];
/** No document is split into chapter pages here. */
const plans = new Map();

function matter(
  id: string,
  category: MatterData['category'],
  roles: Array<[string, MatterData['roles'][number]['role'], string]>,
): MatterData {
  return {
    id,
    name: id,
    category,
    audience: 'public',
    roles: roles.map(([by, role, article]) => ({ by, role, basis: { doc: 'charter', article } })),
  };
}

describe('decision matrix (hand-made)', () => {
  const matters = [
    matter('canteen', '日常管理', [
      ['logistics', '执行', '第三条'],
      ['meeting', '决定', '第二条'],
    ]),
    matter('budget', '大额度资金运作', [
      ['meeting', '执行', '第十二条'],
      ['party', '决定', '第一条'],
      ['meeting', '研究', '第十一条'],
    ]),
    matter('plan', '重大决策', [
      ['party', '决定', '第一条'],
      ['meeting', '提出', '第二条'],
    ]),
  ];
  const m = decisionMatrix(matters, ['party', 'unused', 'meeting'], docOf, plans);

  it('reads by body: what each body proposes, studies and decides, in the order of the process (the filter by body)', () => {
    const byBody = mattersByBody(m);
    expect(byBody.map((b) => [b.actor, b.parts.map((p) => [p.role, p.matters.map((x) => `${x.id} ${x.link.article}`)])])).toEqual([
      ['party', [['决定', ['plan 第一条', 'budget 第一条']]]],
      [
        'meeting',
        [
          ['提出', ['plan 第二条']],
          ['研究', ['budget 第十一条']],
          ['决定', ['canteen 第二条']],
          ['执行', ['budget 第十二条']],
        ],
      ],
    ]);
  });

  it('has a column for each body that occurs, in the bodies’ order', () => {
    expect(m.columns).toEqual(['party', 'meeting']);
    expect(m.hasOthers).toBe(true);
  });

  it('groups by category, “三重一大” first, and drops empty categories', () => {
    expect(m.groups.map((g) => [g.category, g.threeImportant, g.rows.map((r) => r.id)])).toEqual([
      ['重大决策', true, ['plan']],
      ['大额度资金运作', true, ['budget']],
      ['日常管理', false, ['canteen']],
    ]);
  });

  it('puts the roles of a body in one cell, in the order of the process, each linked to its article', () => {
    const budget = m.groups[1]!.rows[0]!;
    expect(budget.cells.map((c) => c.map((l) => l.role))).toEqual([['决定'], ['研究', '执行']]);
    expect(budget.cells[1]!.map((l) => l.href)).toEqual([anchorHref(plans, 'charter', 'art-11'), anchorHref(plans, 'charter', 'art-12')]);
    expect(budget.cells[0]![0]).toMatchObject({ docTitle: '学校章程', docShortTitle: '章程', article: '第一条' });
  });

  it('leaves a cell empty where a body has no part, and keeps departments and posts apart', () => {
    const canteen = m.groups[2]!.rows[0]!;
    expect(canteen.cells).toEqual([[], [expect.objectContaining({ role: '决定' })]]);
    expect(canteen.others.map((o) => o.actor)).toEqual(['logistics']);
    expect(canteen.entries.map((e) => e.actor)).toEqual(['meeting', 'logistics']);
  });

  it('refuses a basis in a document that is not published', () => {
    const bad = matter('x', '日常管理', [['party', '决定', '第一条']]);
    bad.roles[0]!.basis.doc = 'secret';
    expect(() => decisionMatrix([bad], ['party'], docOf, plans)).toThrow(/x: basis secret/);
  });
});

describe('decision matrix (the real matters)', () => {
  const site = siteContent(join(import.meta.dirname, '../../../content'));
  const content = site.content;
  const bodyIds = content.bodies.map((b) => b.id);
  for (const edition of ['public', 'staff'] as Edition[]) {
    const docs = new Map(content.documents.filter((d) => isPublished(d.data, edition)).map((d) => [d.id, d]));
    const matters = content.matters.filter((m) => isPublished({ audience: m.audience, status: 'in-force' }, edition));
    const m = decisionMatrix(matters, bodyIds, (id) => docs.get(id)?.data, site.plans);

    it(`${edition}: lists every matter of the edition exactly once, “三重一大” first`, () => {
      const ids = m.groups.flatMap((g) => g.rows.map((r) => r.id));
      expect(ids.toSorted()).toEqual(matters.map((x) => x.id).toSorted());
      expect(new Set(ids).size).toBe(ids.length);
      const firstOther = m.groups.findIndex((g) => !g.threeImportant);
      expect(m.groups.slice(0, firstOther).every((g) => threeImportant.includes(g.category))).toBe(true);
      expect(m.groups.slice(firstOther).every((g) => !g.threeImportant)).toBe(true);
    });

    it(`${edition}: has the decision-making bodies as columns and an entry for every role in the data`, () => {
      expect(m.columns).toEqual(
        expect.arrayContaining(['party-committee', 'principal-meeting', 'staff-congress', 'supervisory-committee']),
      );
      const entries = m.groups.flatMap((g) => g.rows.flatMap((r) => r.entries.flatMap((e) => e.links)));
      expect(entries.length).toBe(matters.reduce((n, x) => n + x.roles.length, 0));
    });

    it(`${edition}: links every role to an article that exists in a published document`, () => {
      for (const l of m.groups.flatMap((g) => g.rows.flatMap((r) => r.entries.flatMap((e) => e.links)))) {
        const match = /^\/documents\/([a-z0-9-]+)\/(?:ch-\d+\/)?#art-(\d+)$/.exec(l.href);
        expect(match, l.href).not.toBeNull();
        const doc = docs.get(match![1]!);
        expect(doc, l.href).toBeDefined();
        expect(
          doc!.structure.articles.some((a) => a.number === Number(match![2])),
          l.href,
        ).toBe(true);
      }
    });
  }
});
