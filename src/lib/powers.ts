/** Views of the power list: groups for the catalogue, and who acts where ("who do I ask?"). */
import { riskGrades, type PowerData, type RiskGrade } from '../schemas/power.ts';

/** A power item as the views need it. */
export interface PowerRef {
  id: string;
  url: string;
  data: PowerData;
}

/** A titled group of items. */
export interface PowerGroup {
  key: string;
  title: string;
  items: PowerRef[];
}

/** The highest risk grade of an item (riskGrades run from high to low). */
export function highestRisk(item: PowerData): RiskGrade {
  return riskGrades.find((g) => item.risks.some((r) => r.grade === g)) ?? riskGrades[riskGrades.length - 1]!;
}

/** Group items by a key, keeping the order of `order` and dropping empty groups. */
export function groupPowers(items: PowerRef[], keyOf: (p: PowerRef) => string, order: Array<{ key: string; title: string }>): PowerGroup[] {
  return order.map(({ key, title }) => ({ key, title, items: items.filter((p) => keyOf(p) === key) })).filter((g) => g.items.length > 0);
}

/** One place where a role acts: a step of an item. */
export interface RoleStep {
  item: PowerRef;
  step: number;
  action: string;
  timeLimit: string;
}

/** For one role or body: the items it is responsible for and the steps where it acts. */
export interface RoleView {
  id: string;
  responsible: PowerRef[];
  steps: RoleStep[];
}

/** Every role or body that appears in the list, in the order of `actorIds`. */
export function roleViews(items: PowerRef[], actorIds: string[]): RoleView[] {
  return actorIds
    .map((id) => ({
      id,
      responsible: items.filter((p) => p.data.role === id),
      steps: items.flatMap((item) =>
        item.data.steps.flatMap((s, i) => (s.actor === id ? [{ item, step: i + 1, action: s.action, timeLimit: s.timeLimit }] : [])),
      ),
    }))
    .filter((v) => v.responsible.length > 0 || v.steps.length > 0);
}

/** Whom to call about an item: its department's telephone from the settings, else the school office's. */
export function contactPhone(
  departmentName: string | undefined,
  settings: { phone: string; departmentPhones: Record<string, string> },
): { phone: string; office: boolean } {
  const phone = departmentName === undefined ? undefined : settings.departmentPhones[departmentName];
  return phone ? { phone, office: false } : { phone: settings.phone, office: true };
}
