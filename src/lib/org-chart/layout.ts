/**
 * Lay out the governance structure as a vertical tree narrow enough for a phone (328 CSS px, drawn at full
 * size on a 360 px screen):
 * each box is indented one step under the box it hangs from, joined by solid lines on the left.
 * The democratic and supervisory bodies follow below under a heading; their supervision runs as
 * dashed arrows up tracks on the right, into the right edge of the boxes they supervise (every
 * tree box ends at the same right edge, so no arrow crosses a box). Each arrow has a track of its own,
 * wide enough apart to follow with a finger, and enters its box at a height of its own. A box that links
 * somewhere is a link as a whole, at least 44 px tall (a meeting inside a box is a link of its own).
 * Pure and deterministic.
 */
import { textWidth, wrap, type SvgPoint, type SvgText } from '../svg/index.ts';
import type { OrgLink, OrgNode, OrgStructure } from './structure.ts';

/** A point in CSS px. */
export type OrgPoint = SvgPoint;

/** Lines of text (the charts' shared text shape). */
export type OrgText = SvgText;

/** A text that may be a link; `hit` is the area that lights up when the link has focus. */
export interface OrgTextLink {
  text: OrgText;
  href?: string;
  label?: string;
  hit: { x: number; y: number; width: number; height: number };
}

/** A box with its texts. */
export interface OrgBox {
  id: string;
  kind: 'unit' | 'leader' | 'body' | 'side';
  x: number;
  y: number;
  width: number;
  height: number;
  title: OrgTextLink;
  /** A unit's meeting, drawn in a double frame inside the box. */
  meeting?: OrgTextLink & { frame: { x: number; y: number; width: number; height: number } };
  notes?: OrgText;
}

/** A dashed supervision arrow from a side box to a tree box. */
export interface OrgArrow {
  from: string;
  to: string;
  points: OrgPoint[];
}

/** The laid-out chart, in CSS px from (0, 0). */
export interface OrgLayout {
  width: number;
  height: number;
  boxes: OrgBox[];
  /** Solid lines of the tree (leadership and oversight), each a polyline. */
  lines: OrgPoint[][];
  arrows: OrgArrow[];
  /** The heading over the side group. */
  heading?: OrgText;
}

/** Layout options. */
export interface OrgOptions {
  /** The chart's width in CSS px. */
  width?: number;
  /** The heading over the democratic and supervisory bodies. */
  sideHeading?: string;
}

const TITLE = { size: 14, lineHeight: 20 };
const MEETING = { size: 13, lineHeight: 18 };
const NOTE = { size: 12, lineHeight: 16 };
const HEADING = { size: 14, lineHeight: 20 };
const PAD = 2; // around the whole chart, for the strokes
const PAD_X = 8;
const PAD_Y = 12; // a one-line box is 44 px tall: a whole target
const FRAME = 4; // a meeting's frame, inside the box
const GAP_Y = 10;
const INDENT = 22;
const SIDE_GAP = 22;
const TRACK_MARGIN = 12; // from the boxes' right edge to the first track
const TRACK = 14; // between tracks
const TARGET = 44; // the smallest link (WCAG 2.5.5)

const baseline = (top: number, font: { size: number; lineHeight: number }) => top + Math.round(font.lineHeight / 2 + font.size * 0.35);

function textBlock(
  text: string,
  font: { size: number; lineHeight: number },
  x: number,
  top: number,
  max: number,
  extra: Partial<OrgText> = {},
): OrgText {
  return { lines: wrap(text, font.size, max), x, y: baseline(top, font), ...font, ...extra };
}

function linkBlock(
  link: OrgLink,
  font: { size: number; lineHeight: number },
  x: number,
  top: number,
  max: number,
  bold = false,
): OrgTextLink {
  const text = textBlock(link.text, font, x, top, max, bold ? { bold } : {});
  const width = Math.max(...text.lines.map((l) => textWidth(l, font.size)));
  return {
    text,
    ...(link.href !== undefined && { href: link.href }),
    ...(link.label !== undefined && { label: link.label }),
    hit: { x: x - 3, y: top, width: width + 6, height: text.lines.length * font.lineHeight },
  };
}

/** The height of a text block. */
const blockHeight = (t: OrgText) => t.lines.length * t.lineHeight;

/** Lay out the structure. */
export function layoutOrg(structure: OrgStructure, options: OrgOptions = {}): OrgLayout {
  const width = options.width ?? 328;
  const supervising = structure.side.filter((s) => s.supervises.length > 0);
  const tracks = supervising.reduce((n, s) => n + s.supervises.length, 0);
  const right = width - PAD - (tracks > 0 ? TRACK_MARGIN + (tracks - 1) * TRACK + 2 : 0);
  const boxes: OrgBox[] = [];
  const lines: OrgPoint[][] = [];
  let y = PAD;

  const box = (id: string, kind: OrgBox['kind'], x: number, title: OrgLink, meeting?: OrgLink, notes?: string[]): OrgBox => {
    const inner = right - x - 2 * PAD_X;
    let top = y + PAD_Y;
    const t = linkBlock(title, TITLE, x + PAD_X, top, inner, true);
    top += blockHeight(t.text);
    let m: OrgBox['meeting'];
    if (meeting) {
      top += FRAME + 2;
      const lines = wrap(meeting.text, MEETING.size, inner - 2 * (FRAME + 3)).length;
      // The frame is the meeting's link: at least 44 px tall, its text in the middle.
      const height = Math.max(TARGET, lines * MEETING.lineHeight + 2 * FRAME);
      const textTop = top + Math.round((height - lines * MEETING.lineHeight) / 2);
      const link = linkBlock(meeting, MEETING, x + PAD_X + FRAME + 3, textTop, inner - 2 * (FRAME + 3));
      const frame = { x: x + PAD_X, y: top, width: inner, height };
      m = { ...link, hit: frame, frame };
      top += height;
    }
    let n: OrgText | undefined;
    if (notes && notes.length > 0) {
      top += 2;
      n = textBlock(notes.join('；'), NOTE, x + PAD_X, top, inner, { muted: true });
      top += blockHeight(n);
    }
    const height = Math.max(TARGET, top + PAD_Y - y);
    const b: OrgBox = {
      id,
      kind,
      x,
      y,
      width: right - x,
      height,
      // The whole box is the title's link (a meeting's frame, drawn over it, is the meeting's).
      title: { ...t, hit: { x, y, width: right - x, height } },
      ...(m && { meeting: m }),
      ...(n && { notes: n }),
    };
    boxes.push(b);
    y += b.height + GAP_Y;
    return b;
  };

  const place = (node: OrgNode, depth: number): OrgBox => {
    const b = box(node.id, node.kind, PAD + depth * INDENT, node.title, node.meeting);
    const kids = node.children.map((c) => place(c, depth + 1));
    if (kids.length > 0) {
      const trunk = b.x + INDENT / 2;
      const mid = (k: OrgBox) => k.y + Math.min(k.height / 2, 16);
      lines.push([
        { x: trunk, y: b.y + b.height },
        { x: trunk, y: mid(kids.at(-1)!) },
      ]);
      for (const k of kids)
        lines.push([
          { x: trunk, y: mid(k) },
          { x: k.x, y: mid(k) },
        ]);
    }
    return b;
  };
  for (const root of structure.roots) place(root, 0);

  let heading: OrgText | undefined;
  const sideBoxes: OrgBox[] = [];
  if (structure.side.length > 0) {
    y += SIDE_GAP - GAP_Y;
    if (options.sideHeading) {
      heading = textBlock(options.sideHeading, HEADING, PAD, y, right - PAD, { bold: true });
      y += blockHeight(heading) + 4;
    }
    for (const s of structure.side) sideBoxes.push(box(s.id, 'side', PAD, s.title, undefined, s.notes));
  }

  // Supervision: each supervising box has its own track; arrows enter a box spread over its right edge.
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const incoming = new Map<string, number>();
  for (const s of supervising) for (const t of s.supervises) incoming.set(t, (incoming.get(t) ?? 0) + 1);
  const entered = new Map<string, number>();
  let k = 0;
  const arrows: OrgArrow[] = supervising.flatMap((s) => {
    const from = byId.get(s.id)!;
    return s.supervises.map((to, j): OrgArrow => {
      const track = right + TRACK_MARGIN + k++ * TRACK;
      const target = byId.get(to)!;
      const i = entered.get(to) ?? 0;
      entered.set(to, i + 1);
      const exitY = from.y + ((j + 1) * from.height) / (s.supervises.length + 1);
      const entryY = target.y + ((i + 1) * target.height) / (incoming.get(to)! + 1);
      return {
        from: s.id,
        to,
        points: [
          { x: right, y: exitY },
          { x: track, y: exitY },
          { x: track, y: entryY },
          { x: right, y: entryY },
        ],
      };
    });
  });

  return { width, height: y - GAP_Y + PAD, boxes, lines, arrows, ...(heading && { heading }) };
}
