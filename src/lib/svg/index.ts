/**
 * What the build-time charts (the flow charts in flow/ and the organisation chart in org-chart/) share:
 * measuring and wrapping Chinese text, and the SVG primitives they draw with. Pure: strings in, strings out.
 */

/** A point. */
export interface SvgPoint {
  x: number;
  y: number;
}

/** A rectangle. */
export interface SvgRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lines of text at one size: the first baseline at (x, y), each further line lineHeight lower. */
export interface SvgText {
  lines: string[];
  x: number;
  y: number;
  size: number;
  lineHeight: number;
  bold?: boolean;
  /** x is the middle of the lines rather than their start. */
  middle?: boolean;
  /** Drawn in the muted text colour (class org-muted). */
  muted?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Text measuring and wrapping

const NO_LINE_START = /^[，。、；：？！）》」』”’…—·,.;:!?)\]]/u;
const NO_LINE_END = /[（《「『“‘(\[]$/u;

/** Estimated width of a line of text at `size` px (CJK 1em, ASCII 0.55em). */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += ch.charCodeAt(0) < 0x80 ? 0.55 : 1;
  return ems * size;
}

/** Words of ASCII letters and digits stay together; every other character is its own token. */
function tokens(text: string, size: number, max: number): string[] {
  const out: string[] = [];
  for (const token of text.match(/[\x21-\x7e]+|[\s\S]/gu) ?? []) {
    if (textWidth(token, size) <= max) out.push(token);
    else out.push(...token);
  }
  return out;
}

/** Greedy wrapping that keeps closing punctuation off a line's start and opening punctuation off its end. */
export function wrap(text: string, size: number, max: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  for (const token of tokens(text.trim(), size, max)) {
    if (line.length > 0 && textWidth(line.join('') + token, size) > max) {
      const carry: string[] = [];
      // Take the last character along, and the one before while the taken one is closing punctuation too.
      while (line.length > 1 && NO_LINE_START.test(carry[0] ?? token)) carry.unshift(line.pop()!);
      while (line.length > 1 && NO_LINE_END.test(line.at(-1)!)) carry.unshift(line.pop()!);
      if (textWidth(carry.join('') + token, size) > max) {
        line.push(...carry);
        carry.length = 0;
      }
      lines.push(line.join('').trimEnd());
      line = carry;
    }
    if (line.length === 0 && /^\s$/u.test(token)) continue;
    line.push(token);
  }
  if (line.length > 0) lines.push(line.join('').trimEnd());
  return lines.length > 0 ? lines : [''];
}

// ---------------------------------------------------------------------------------------------
// Drawing

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape the five XML special characters, for text and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

/** A coordinate as written in the SVG: whole pixels. */
export const px = (v: number) => String(Math.round(v));

/** A rectangle with a class (and rounded corners). */
export function rect(cls: string, r: SvgRect, rx = 0): string {
  return `<rect class="${cls}" x="${px(r.x)}" y="${px(r.y)}" width="${px(r.width)}" height="${px(r.height)}"${rx ? ` rx="${rx}"` : ''}/>`;
}

/** Text of one or more lines; `defaultSize` is the chart's own font size, which is not repeated on each text. */
export function text(t: SvgText, defaultSize: number): string {
  const attrs =
    (t.size === defaultSize ? '' : ` font-size="${t.size}"`) +
    (t.bold ? ' font-weight="bold"' : '') +
    (t.middle ? ' text-anchor="middle"' : '') +
    (t.muted ? ' class="org-muted"' : '');
  if (t.lines.length === 1) return `<text x="${px(t.x)}" y="${px(t.y)}"${attrs}>${escapeXml(t.lines[0]!)}</text>`;
  const spans = t.lines.map((line, i) => `<tspan x="${px(t.x)}" y="${px(t.y + i * t.lineHeight)}">${escapeXml(line)}</tspan>`);
  return `<text${attrs}>${spans.join('')}</text>`;
}
