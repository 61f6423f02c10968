/**
 * Chinese numerals as used in article numbers (第一百零一条), and back.
 * Supports 1..9999, in the forms normative texts use: 十一 (not 一十一) at the start,
 * 零 for a skipped place (一百零五), 〇 accepted as 零.
 */

/** The characters of a Chinese numeral as written in 第X条, 第X章, （X）: the one home of this class, used by every pattern. */
export const NUMERAL = '[零〇一二三四五六七八九十百千]';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS: Array<[string, number]> = [
  ['千', 1000],
  ['百', 100],
  ['十', 10],
];

/** 12 → 十二, 105 → 一百零五, 110 → 一百一十. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`out of range: ${n}`);
  let out = '';
  let rest = n;
  let pendingZero = false;
  for (const [unit, value] of UNITS) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit > 0) {
      if (pendingZero) out += '零';
      pendingZero = false;
      // 十二, not 一十二, when 十 leads the number.
      out += digit === 1 && unit === '十' && out === '' ? unit : DIGITS[digit] + unit;
    } else if (out !== '') {
      pendingZero = true;
    }
  }
  if (rest > 0) out += (pendingZero ? '零' : '') + DIGITS[rest];
  return out;
}

/** 十二 → 12, 一百零五 → 105; undefined when the text is not a well-formed numeral. */
export function fromChineseNumeral(text: string): number | undefined {
  const normalized = text.replace(/〇/g, '零');
  if (!/^[零一二三四五六七八九十百千]+$/.test(normalized)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of normalized) {
    const d = DIGITS.indexOf(ch);
    if (d >= 0) {
      if (digit !== undefined && d !== 0) return undefined; // two digits in a row
      digit = d === 0 ? undefined : d;
      continue;
    }
    const unit = UNITS.find(([u]) => u === ch)?.[1] ?? 0;
    total += (digit ?? (unit === 10 && total === 0 ? 1 : NaN)) * unit;
    digit = undefined;
    if (Number.isNaN(total)) return undefined;
  }
  total += digit ?? 0;
  if (total < 1 || total > 9999) return undefined;
  // Only the canonical spelling counts, so 一十二 or 十十 are not accepted silently.
  return toChineseNumeral(total) === normalized.replace(/^一十/, '十') ? total : undefined;
}

const ARTICLE_NUMBER = new RegExp(`^第(${NUMERAL}+)条$`);

/** 第十二条 → 12, or undefined. */
export function parseArticleNumber(text: string): number | undefined {
  const m = ARTICLE_NUMBER.exec(text.trim());
  return m ? fromChineseNumeral(m[1]!) : undefined;
}

/** 12 → 第十二条. */
export function articleLabel(n: number): string {
  return `第${toChineseNumeral(n)}条`;
}
