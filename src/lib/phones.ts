/**
 * Telephone numbers in Chinese text, found so that each can become a tappable tel: link that never
 * breaks across lines. The one place that knows what a number looks like: the Markdown plugin
 * (src/markdown/phones.ts) uses it for MDX text, and linkText (src/lib/cross-refs.ts) for data text
 * (power items, settings, the glossary, the footer).
 */

/** A telephone number found in a text. */
export interface FoundPhone {
  /** Where it starts and ends in the text. */
  start: number;
  end: number;
  /** The number as written. */
  text: string;
  /** Its tel: address (digits only, an extension after a comma, which dialers read as a pause). */
  href: string;
}

const AREA = String.raw`(?:0\d{2,3}-?|（0\d{2,3}）|\(0\d{2,3}\))`;
const patterns = [
  // A fixed line with its area code: 0571-87654321, 0000-12345678, （0571）87654321, 057187654321; an extension -801 or 转801.
  String.raw`${AREA}\d{7,8}(?:(?:-|转)\d{1,5})?`,
  // A mobile number: 13800000000, 138 0000 0000, 138-0000-0000.
  String.raw`1[3-9]\d(?:[ -]?\d{4}){2}`,
  // Nationwide service numbers: 400-800-1234, 800 810 1234.
  String.raw`[48]00[ -]?\d{3}[ -]?\d{4}`,
];
// Not part of a longer run of digits or letters, and not an amount or a date (13800000000元, 2023年).
const PHONE = new RegExp(String.raw`(?<![\w\-－])(?:${patterns.join('|')})(?![\w元万亿%％年月日号条款项])`, 'g');

/** The tel: address of a number as written: digits only, the extension after a comma. */
export function telHref(text: string): string {
  const [, number = text, extension] = /^(.*?\d{7,8})(?:(?:-|转)(\d{1,5}))?$/.exec(text) ?? [];
  return `tel:${number.replace(/\D/g, '')}${extension ? `,${extension}` : ''}`;
}

/** Every telephone number in `text`, in order. */
export function findPhones(text: string): FoundPhone[] {
  return [...text.matchAll(PHONE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], href: telHref(m[0]) }));
}

/** A text split into plain pieces and numbers (with their tel: address). */
export function splitPhones(text: string): Array<{ text: string; href?: string }> {
  const out: Array<{ text: string; href?: string }> = [];
  let last = 0;
  for (const p of findPhones(text)) {
    if (p.start > last) out.push({ text: text.slice(last, p.start) });
    out.push({ text: p.text, href: p.href });
    last = p.end;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
