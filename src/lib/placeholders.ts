/** Placeholders authors write in text (〔学校名称〕) and the settings that fill them. */
import type { Settings } from '../schemas/settings.ts';

/** Placeholder name → settings key. */
export const placeholderKeys = {
  学校名称: 'schoolName',
  主管部门: 'authority',
  学校地址: 'address',
  办公电话: 'phone',
  监督电话: 'supervisionPhone',
  上级监督电话: 'authorityPhone',
  短信手语视频号码: 'signVideoPhone',
  家委会邮箱: 'parentsCommitteeEmail',
  办公时间: 'officeHours',
} as const satisfies Record<string, keyof Settings>;

/** A department's telephone is written 〔学生发展部电话〕: the department's name, then 电话. */
const departmentPhone = (name: string) => `${name}电话`;

/** Every placeholder name with its value under `settings`. */
export function placeholderTable(settings: Settings): Map<string, string> {
  const table = new Map<string, string>(Object.entries(placeholderKeys).map(([name, key]) => [name, settings[key]]));
  for (const [dept, phone] of Object.entries(settings.departmentPhones)) table.set(departmentPhone(dept), phone);
  // An amount is written by its own name: 伙食费标准 → 〔伙食费标准〕. The names above win (the checker reports a clash).
  for (const [name, amount] of Object.entries(settings.amounts)) if (!table.has(name)) table.set(name, amount);
  return table;
}

/** The names authors may use under `settings` (without settings: the fixed ones only). */
export function placeholderNames(settings?: Settings): string[] {
  return settings ? [...placeholderTable(settings).keys()] : Object.keys(placeholderKeys);
}

/** 〔…〕 holding Chinese text only (so 〔2023〕 in a document number is left alone). */
export const PLACEHOLDER = /〔([\u4e00-\u9fff]+)〕/g;

/** Replace every known placeholder in `text`. */
export function fillPlaceholders(text: string, settings: Settings): string {
  const table = placeholderTable(settings);
  return text.replace(PLACEHOLDER, (whole, name: string) => table.get(name) ?? whole);
}

/** Fill placeholders in every string of a plain data value (objects and arrays are copied). */
export function fillDeep<T>(value: T, settings: Settings): T {
  if (typeof value === 'string') return fillPlaceholders(value, settings) as T;
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, settings)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, settings)])) as T;
  }
  return value;
}

/** Every placeholder name used in the strings of a plain data value. */
export function placeholdersIn(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  if (Array.isArray(value)) return value.flatMap(placeholdersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(placeholdersIn);
  return [];
}
