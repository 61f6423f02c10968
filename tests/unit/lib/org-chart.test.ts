import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/read.ts';
import { checkContent } from '../../../src/lib/content/validate.ts';
import { textWidth } from '../../../src/lib/svg/index.ts';
import {
  allNodes,
  layoutOrg,
  orgStructure,
  renderOrgSvg,
  type OrgInput,
  type OrgLayout,
  type OrgPoint,
} from '../../../src/lib/org-chart/index.ts';
import type { Body, Department, Role } from '../../../src/schemas/org.ts';

const words: OrgInput['words'] = {
  alsoHolds: (a, b) => `${a}兼${b}`,
  overseenBy: (n) => `${n}分管`,
  workingBody: (n) => `工作机构：${n}`,
};
const links = {
  rulesLink: (b: Body) => (b.rules ? { href: `/documents/${b.rules}/`, label: `${b.shortName}的议事规则` } : undefined),
  powersLink: (d: Department) => ({ href: `/powers/#group-${d.id}`, label: `${d.name}的小微权力` }),
};

// The fixture site's organisation (a frozen copy of the school's), so that the school's own edits do not move these figures.
const content = checkContent(readContent(join(import.meta.dirname, '../../fixtures/site')));
const real = orgStructure({ bodies: content.bodies, departments: content.departments, roles: content.roles, ...links, words });

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** True when the segment p–q runs through the inside of r (touching its border is allowed). */
function crosses(p: OrgPoint, q: OrgPoint, r: Rect): boolean {
  const [x1, x2] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
  const [y1, y2] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
  return x1 < r.x + r.width - 0.5 && x2 > r.x + 0.5 && y1 < r.y + r.height - 0.5 && y2 > r.y + 0.5;
}

function checkGeometry(layout: OrgLayout, width: number) {
  expect(layout.width).toBe(width);
  for (const [i, a] of layout.boxes.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width, a.id).toBeLessThanOrEqual(width);
    expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    for (const b of layout.boxes.slice(i + 1)) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
    // Every line of text fits inside its box.
    for (const t of [a.title.text, a.meeting?.text, a.notes].filter((x) => x !== undefined)) {
      for (const line of t.lines) expect(t.x + textWidth(line, t.size), `${a.id}: ${line}`).toBeLessThanOrEqual(a.x + a.width - 4);
    }
  }
  for (const arrow of layout.arrows) {
    for (const [i, p] of arrow.points.slice(1).entries()) {
      for (const b of layout.boxes) expect(crosses(arrow.points[i]!, p, b), `${arrow.from}→${arrow.to} crosses ${b.id}`).toBe(false);
      expect(p.x).toBeLessThanOrEqual(width);
    }
  }
  for (const line of layout.lines) {
    for (const b of layout.boxes) expect(crosses(line[0]!, line[1]!, b), `a tree line crosses ${b.id}`).toBe(false);
  }
}

describe('organisation structure (the fixture site)', () => {
  it('puts the Party branch with its committee at the top, then the secretary who is also principal', () => {
    expect(real.roots.map((r) => r.id)).toEqual(['party-branch']);
    const root = real.roots[0]!;
    expect(root.title.text).toBe('党支部');
    expect(root.meeting?.text).toBe('党支部委员会');
    expect(root.children.map((c) => c.title.text)).toEqual(['党支部书记兼校长']);
  });

  it('hangs each department under the leader who oversees it, as content/org/departments.yaml says', () => {
    const secretary = real.roots[0]!.children[0]!;
    const under = (name: string) => secretary.children.find((c) => c.title.text === name)!.children.map((c) => c.title.text);
    expect(under('党支部副书记')).toEqual(['党群工作部', '学生发展部', '团支部', '少先队大队']);
    expect(under('分管教学副校长')).toEqual(['课程资源部', '科研信息部', '听障部教务处', '培智部教务处']);
    expect(under('分管后勤副校长')).toEqual(['后勤保障部']);
    const office = secretary.children.find((c) => c.id === 'principal-office')!;
    expect(office.meeting?.text).toBe('校长办公会议');
    expect(secretary.children.map((c) => c.id)).toContain('human-resources');
  });

  it('shows every department exactly once', () => {
    const ids = allNodes(real.roots)
      .filter((n) => n.kind === 'unit')
      .map((n) => n.id);
    expect(ids.toSorted()).toEqual(content.departments.map((d) => d.id).toSorted());
  });

  it('puts the democratic and supervisory bodies beside the tree, with what they supervise', () => {
    expect(real.side.map((s) => [s.title.text, s.notes, s.supervises])).toEqual([
      ['教代会', ['工作机构：工会'], ['party-branch', 'principal-office']],
      ['家委会', [], ['party-branch', 'principal-office']],
      ['校监会', ['党支部副书记分管'], ['party-branch', 'principal-office']],
    ]);
  });
});

describe('organisation structure (hand-made)', () => {
  const dept = (id: string, overseenBy: string): Department => ({ id, name: id, code: 'AB', overseenBy, description: 'd' });
  const role = (id: string, extra: Partial<Role> = {}): Role => ({ id, name: id, ...extra });
  const body = (id: string, extra: Partial<Body> = {}): Body => ({
    id,
    name: id,
    shortName: id,
    kind: 'administrative',
    description: 'd',
    ...extra,
  });

  it('breaks a circle of relations at the oversight, so the body reported to is on top', () => {
    const s = orgStructure({
      bodies: [body('board', { department: 'office' })],
      departments: [dept('office', 'chair'), dept('works', 'chair')],
      roles: [role('chair', { reportsTo: 'board' })],
      ...links,
      words,
    });
    expect(s.roots.map((r) => [r.id, r.meeting?.text])).toEqual([['office', 'board']]);
    expect(s.roots[0]!.children[0]!.children.map((c) => c.id)).toEqual(['works']);
  });

  it('draws two posts held by one person as one box, and keeps boxes that report to no one as their own trees', () => {
    const s = orgStructure({
      bodies: [],
      departments: [dept('a', 'head'), dept('b', 'deputy'), dept('c', 'lone')],
      roles: [role('head', { alsoHolds: 'boss' }), role('boss'), role('deputy', { reportsTo: 'boss' }), role('lone')],
      ...links,
      words,
    });
    expect(s.roots.map((r) => r.title.text)).toEqual(['head兼boss', 'lone']);
    expect(s.roots[0]!.children.map((c) => c.id)).toEqual(['deputy', 'a']);
  });
});

describe('organisation chart layout and SVG', () => {
  const layout = layoutOrg(real, { sideHeading: '民主管理和监督' });

  it('makes the whole of a box its link, every link at least 44 px tall', () => {
    for (const b of layout.boxes) {
      if (b.title.href) expect(b.title.hit, b.id).toEqual({ x: b.x, y: b.y, width: b.width, height: b.height });
      for (const l of [b.title, ...(b.meeting ? [b.meeting] : [])]) if (l.href) expect(l.hit.height, b.id).toBeGreaterThanOrEqual(44);
    }
  });

  it('gives each supervision arrow a track of its own, far enough from the next to follow one by one', () => {
    const tracks = layout.arrows.map((a) => a.points[1]!.x).toSorted((a, b) => a - b);
    expect(layout.arrows.length).toBeGreaterThan(1);
    for (let i = 1; i < tracks.length; i++) expect(tracks[i]! - tracks[i - 1]!).toBeGreaterThanOrEqual(14);
  });

  it('fits 328 px: no box overlaps another, text fits its box, no line or arrow crosses a box', () => {
    checkGeometry(layout, 328);
    expect(layout.boxes).toHaveLength(allNodes(real.roots).length + real.side.length);
    expect(layout.arrows).toHaveLength(6);
  });

  it('fits a narrower chart too, wrapping the text', () => {
    const narrow = layoutOrg(real, { width: 180, sideHeading: '民主管理和监督' });
    checkGeometry(narrow, 180);
    expect(narrow.height).toBeGreaterThan(layout.height);
  });

  it('indents each box one step under the box it hangs from', () => {
    const x = (id: string) => layout.boxes.find((b) => b.id === id)!.x;
    expect(x('party-secretary')).toBeGreaterThan(x('party-branch'));
    expect(x('vice-principal-teaching')).toBeGreaterThan(x('party-secretary'));
    expect(x('curriculum')).toBeGreaterThan(x('vice-principal-teaching'));
  });

  it('is deterministic and draws every link as a named, focusable <a>', () => {
    const svg = renderOrgSvg(layout, { title: '组织结构图', idPrefix: 'org' });
    expect(renderOrgSvg(layoutOrg(real, { sideHeading: '民主管理和监督' }), { title: '组织结构图', idPrefix: 'org' })).toBe(svg);
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="org-title"/);
    expect(svg).not.toContain('role="img"');
    const anchors = [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    expect(anchors).toContainEqual(['/powers/#group-logistics', '后勤保障部的小微权力']);
    expect(anchors).toContainEqual(['/documents/rules-party-committee/', '党支部委员会的议事规则']);
    expect(anchors.length).toBe(
      content.departments.length + content.bodies.filter((b) => b.rules && svg.includes(`>${b.shortName}<`)).length,
    );
    expect(svg.match(/stroke-dasharray|org-supervise/g)?.length).toBeGreaterThan(0);
  });
});
