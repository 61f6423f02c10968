import { describe, expect, it } from 'vitest';
import { groupPowers, highestRisk, roleViews, type PowerRef } from '../../../src/lib/powers.ts';

function item(code: string, department: string, role: string, actors: string[], grades: Array<'Ⅰ' | 'Ⅱ' | 'Ⅲ'>): PowerRef {
  return {
    id: code.toLowerCase(),
    url: `/powers/${code.toLowerCase()}/`,
    data: {
      code,
      name: code,
      category: '审核类',
      department,
      role,
      audience: 'public',
      status: 'in-force',
      summary: 's',
      timeLimit: 't',
      basis: [{ law: '《法》' }],
      steps: actors.map((actor, i) => ({ id: `s${i}`, actor, action: `做${i + 1}`, timeLimit: '1天' })),
      risks: grades.map((grade) => ({ point: 'p', grade, control: 'c' })),
      supervision: 's',
      relief: 'r',
      disclosure: 'd',
    },
  };
}

const a = item('HQ-01', 'logistics', 'logistics-head', ['staff-member', 'logistics-head', 'principal-meeting'], ['Ⅱ', 'Ⅰ']);
const b = item('XS-01', 'student-affairs', 'head-teacher', ['parent', 'head-teacher'], ['Ⅲ']);

describe('power views', () => {
  it('finds the highest risk grade', () => {
    expect(highestRisk(a.data)).toBe('Ⅰ');
    expect(highestRisk(b.data)).toBe('Ⅲ');
  });

  it('groups in the given order and drops empty groups', () => {
    const groups = groupPowers([a, b], (p) => p.data.department, [
      { key: 'student-affairs', title: '学生发展部' },
      { key: 'research', title: '科研信息部' },
      { key: 'logistics', title: '后勤保障部' },
    ]);
    expect(groups.map((g) => [g.title, g.items.map((i) => i.data.code)])).toEqual([
      ['学生发展部', ['XS-01']],
      ['后勤保障部', ['HQ-01']],
    ]);
  });

  it('lists, for each role, what it is responsible for and each step where it acts', () => {
    const views = roleViews([a, b], ['head-teacher', 'logistics-head', 'nobody', 'principal-meeting']);
    expect(views.map((v) => v.id)).toEqual(['head-teacher', 'logistics-head', 'principal-meeting']);
    const head = views.find((v) => v.id === 'logistics-head')!;
    expect(head.responsible.map((p) => p.data.code)).toEqual(['HQ-01']);
    expect(head.steps.map((s) => [s.item.data.code, s.step, s.action])).toEqual([['HQ-01', 2, '做2']]);
  });
});
