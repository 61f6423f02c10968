import { z } from 'astro/zod';

/** An ASCII id used in file names and URLs: lower-case letters, digits and hyphens. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'id.format' });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written YYYY-MM-DD (2023-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date, kept as the string YYYY-MM-DD. YAML parsers may hand us a Date
 * (Astro's loaders do); it is turned back into the string so both paths agree.
 */
export const dateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string({ message: 'date.format' }).refine(isCalendarDate, { message: 'date.format' }),
);

/** Who may read a piece of content: everyone, or staff only. */
export const audienceSchema = z.enum(['public', 'staff']);
export type Audience = z.infer<typeof audienceSchema>;

/** Chinese characters and full-width punctuation, between which a line break must not become a space. */
const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”‘’]';
const CJK_GAP = new RegExp(`(${CJK})\\s+(?=${CJK})`, 'g');

/**
 * A non-empty piece of Chinese text. YAML folds line breaks into spaces, which Chinese
 * does not use, so spaces between Chinese characters are removed.
 */
export const textSchema = z
  .string()
  .trim()
  .min(1, { message: 'text.empty' })
  .transform((s) => s.replace(CJK_GAP, '$1'));
