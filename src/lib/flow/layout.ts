/**
 * Lay out a process as a top-to-bottom flow chart narrow enough for a phone (328 CSS px: a 360 px phone
 * less the page's margins, so that its text, 14 px and more, is drawn at full size), or wider for larger
 * screens and paper (wideWidth), where the boxes take the width and the chart grows shorter.
 *
 * The main path is one column. The targets of a branching step sit side by side in lanes (at most
 * three columns of boxes) under labelled arrows, and the lanes rejoin at their common following
 * step. Lanes that would make a fourth column move below the others, fed by a line on the right.
 * An edge back to an earlier step, or any edge the lanes cannot carry, runs up or down the right
 * margin and enters its target from the side (from above, when steps beside it stand in the way):
 * no line passes through a step it does not join, so the chart shows exactly the process's edges
 * (flow/edges.ts). Pure and deterministic: same steps, same layout.
 */
import { textWidth, wrap, type SvgPoint, type SvgText } from '../svg/index.ts';
import { processEdges } from './edges.ts';

/** One step of a process, its actor already resolved to a display name. */
export interface FlowStep {
  id: string;
  /** Display name of the role or body that acts. */
  actor: string;
  action: string;
  timeLimit: string;
  /** The actor is a meeting body: the box is drawn with a double border. */
  meeting?: boolean;
  /** Labelled ways out of this step, each to another step id. */
  branches?: Array<{ when: string; to: string }>;
  /** The step that follows when it is not the next one in the list. */
  next?: string;
}

/** A point in CSS px. */
export type FlowPoint = SvgPoint;

/** Lines of text at one size (the charts' shared text shape). */
export type FlowText = SvgText;

/** A step's box with its wrapped texts and its number in a circle. */
export interface FlowBox {
  id: string;
  /** 1..n, the step's place in the list. */
  number: number;
  x: number;
  y: number;
  width: number;
  height: number;
  meeting: boolean;
  badge: { x: number; y: number; r: number; text: FlowText };
  actor: FlowText;
  action: FlowText;
  time: FlowText;
}

/** A branch condition on a plate, centred on its edge. */
export interface FlowLabel {
  x: number;
  y: number;
  width: number;
  height: number;
  text: FlowText;
}

/** An arrow from one box's border to another's, as a polyline of horizontal and vertical segments. */
export interface FlowEdge {
  from: string;
  to: string;
  points: FlowPoint[];
  /** It goes back to an earlier step (or the same one), along the right margin. */
  back: boolean;
  label?: FlowLabel;
}

/** The laid-out chart, in CSS px from (0, 0). */
export interface FlowLayout {
  width: number;
  height: number;
  boxes: FlowBox[];
  edges: FlowEdge[];
}

/** Layout options. */
export interface FlowOptions {
  /** The widest the chart may be, in CSS px (phoneWidth by default). */
  maxWidth?: number;
  /** Written before each time limit. */
  timePrefix?: string;
}

/** The phone layout's width: a 360 px screen less the page's 16 px margins. */
export const phoneWidth = 328;
/** The width of the layout for larger screens and for paper (170 mm at 96 dpi fits A4 with 20 mm margins). */
export const wideWidth = 640;

// Text: sizes and line heights in px, none under 14 (readable at a phone's full size, and 10.5 pt on paper).
// Widths are estimated: CJK and other wide characters 1em, ASCII 0.55em.
const ACTOR = { size: 14, lineHeight: 19 };
const ACTION = { size: 15, lineHeight: 21 };
const TIME = { size: 14, lineHeight: 19 };
const LABEL = { size: 14, lineHeight: 18 };
const NUMBER_SIZE = 14;
/** The smallest text the chart draws, in px. */
export const minTextSize = Math.min(ACTOR.size, ACTION.size, TIME.size, LABEL.size, NUMBER_SIZE);

// Geometry in px.
const PAD = 2; // around the whole chart, for the strokes
const BOX_PAD_X = 7;
const BOX_PAD_Y = 7;
const SECTION_GAP = 3; // between actor, action and time limit
const BADGE_R = 10;
const BADGE_INDENT = 2 * BADGE_R + 4;
const GAP_Y = 22; // between boxes one above the other: room for an arrow
const BUS = 11; // a merging line runs this far above the box it enters
const SPLIT = 10; // a branching line runs this far below its box
const LABEL_TOP = 6; // from the branching line to the label plates
const LABEL_PAD_X = 4;
const LABEL_PAD_Y = 2;
const AFTER_LABEL = 16; // from the label plates to the boxes: room for an arrow
const GAP_X = 8; // between lanes
const MIN_COLUMN = 78; // the narrowest lane of boxes
const MAX_COLUMNS = 3;
const STRIP = 64; // a lane without boxes (only a label) is this wide, or as wide as its label if that is less…
const STRIP_LINES = 5; // …or wider for a long label, up to this many lines (2 when no lane has boxes)…
const STRIP_MAX = 112; // …and this width
const STRIP_MIN = 24;
const JUMP_DROP = 8; // a margin edge leaves a label this far below it
const TRACK = 8; // between the content and the first margin track, and between tracks
const TRUNK = 14; // room on the right for the line that feeds lanes moved below
const OVERFLOW_INDENT = 18; // lanes moved below leave room on the left for the merging line
const DROP = 6; // where that merging line runs, from the left
const MERGE = 12;

function baseline(top: number, font: { size: number; lineHeight: number }): number {
  return top + Math.round(font.lineHeight / 2 + font.size * 0.35);
}

// ---------------------------------------------------------------------------------------------
// The process as nested lanes

interface Out {
  to: number;
  label?: string;
}

interface Graph {
  steps: FlowStep[];
  /** Each step's ways out, by index; unknown ids are left out. */
  outs: Out[][];
  /** The steps each step reaches going forward (itself included). */
  reach: Array<Set<number>>;
  /** Whether a step reaches the last step going forward. */
  live: boolean[];
  /** The width of each step's text on one line: wider lanes for more text keep the lanes' heights alike. */
  weights: number[];
}

interface StepItem {
  kind: 'step';
  index: number;
  /** Its one way out continues down the lane (to the next item, or out of the lane). */
  exit?: Out;
  /** Its one way out runs along the right margin. */
  jump?: Out;
}

interface ForkItem {
  kind: 'fork';
  from: number;
  /** A fork inside a lane that only groups branches of the step above (no box of its own). */
  virtual: boolean;
  lanes: Lane[];
  /** Lanes moved below the others, to keep to three columns. */
  overflow: Lane[];
}

type Item = StepItem | ForkItem;

interface Lane {
  /** The branch that starts the lane; a lane that only groups other branches has none. */
  edge?: Out;
  /** The branch runs along the right margin (back to an earlier step). */
  jump?: boolean;
  items: Item[];
}

function buildGraph(steps: FlowStep[], timePrefix: string): Graph {
  // The process's own edges (flow/edges.ts): the chart draws exactly these.
  const edges = processEdges(steps);
  const outs = steps.map((_, i): Out[] =>
    edges.filter((e) => e.from === i).map((e) => ({ to: e.to, ...(e.label !== undefined && { label: e.label }) })),
  );
  const reach: Array<Set<number>> = steps.map((_, i) => new Set([i]));
  for (let i = steps.length - 1; i >= 0; i--) {
    for (const out of outs[i]!) if (out.to > i) for (const r of reach[out.to]!) reach[i]!.add(r);
  }
  const live = reach.map((r) => r.has(steps.length - 1));
  const weights = steps.map(
    (s) => textWidth(s.actor, ACTOR.size) + textWidth(s.action, ACTION.size) + textWidth(timePrefix + s.timeLimit, TIME.size),
  );
  return { steps, outs, reach, live, weights };
}

/** The first step that all the given steps reach going forward. */
function meet(g: Graph, targets: number[]): number | undefined {
  if (targets.length === 0) return undefined;
  const common = [...g.reach[targets[0]!]!].filter((r) => targets.every((t) => g.reach[t]!.has(r)));
  return common.length > 0 ? Math.min(...common) : undefined;
}

/** Items from start until end (not included), marking each step as placed. */
function buildChain(g: Graph, placed: Set<number>, start: number, end: number | undefined): Item[] {
  const items: Item[] = [];
  let cur: number | undefined = start;
  while (cur !== undefined && cur !== end && !placed.has(cur)) {
    placed.add(cur);
    if (g.steps[cur]!.branches) {
      const from: number = cur;
      // The lanes rejoin at the first step that every branch reaching the end leads to.
      const targets = g.outs[from]!.map((o) => o.to).filter((t) => t > from && !placed.has(t) && g.live[t]);
      const join = meet(g, targets);
      items.push(
        { kind: 'step', index: from },
        { kind: 'fork', from, virtual: false, ...buildLanes(g, placed, from, g.outs[from]!, join) },
      );
      cur = join;
      continue;
    }
    const out: Out | undefined = g.outs[cur]![0];
    if (out === undefined) {
      items.push({ kind: 'step', index: cur });
      cur = undefined;
    } else if (out.to === end || (out.to > cur && !placed.has(out.to))) {
      items.push({ kind: 'step', index: cur, exit: out });
      cur = out.to;
    } else {
      items.push({ kind: 'step', index: cur, jump: out });
      cur = undefined;
    }
  }
  return items;
}

/** One lane per branch; branches that meet before the join share a lane that forks again. */
function buildLanes(
  g: Graph,
  placed: Set<number>,
  from: number,
  outs: Out[],
  join: number | undefined,
): { lanes: Lane[]; overflow: Lane[] } {
  const isOpen = (o: Out) => o.to > from && !placed.has(o.to) && o.to !== join;
  const open = outs.filter(isOpen).map((o) => o.to);
  const groups = cluster(g, open, join);
  const lanes: Lane[] = [];
  const done = new Set<number>();
  for (const out of outs) {
    if (done.has(out.to)) continue;
    if (out.to === join) lanes.push({ edge: out, items: [] });
    else if (!isOpen(out)) lanes.push({ edge: out, jump: true, items: [] });
    else {
      const group = groups.find((gr) => gr.includes(out.to))!;
      if (group.length === 1) {
        lanes.push({ edge: out, items: buildChain(g, placed, out.to, join) });
        continue;
      }
      group.forEach((t) => done.add(t));
      const live = group.filter((t) => g.live[t]);
      const sub = meet(g, live.length > 0 ? live : group);
      const inner = outs.filter((o) => group.includes(o.to));
      if (sub === join) {
        // The branches meet nowhere before the join (none of them reaches the end going forward):
        // grouping them again would be the same problem, so each gets its own lane.
        for (const o of inner)
          lanes.push(placed.has(o.to) ? { edge: o, jump: true, items: [] } : { edge: o, items: buildChain(g, placed, o.to, join) });
        continue;
      }
      const fork: ForkItem = { kind: 'fork', from, virtual: true, ...buildLanes(g, placed, from, inner, sub) };
      lanes.push({ items: [fork, ...(sub === undefined ? [] : buildChain(g, placed, sub, join))] });
    }
  }
  // Lanes with an edge along the right margin go to the right, so that edge crosses nothing.
  const ordered = [...lanes.filter((l) => !hasJump(l)), ...lanes.filter(hasJump)];
  return demote(g, ordered);
}

/** Groups of targets that meet before the join. */
function cluster(g: Graph, targets: number[], join: number | undefined): number[][] {
  let groups: number[][] = [];
  for (const t of targets) {
    const joined = groups.filter((gr) =>
      gr.some((u) => {
        const m = meet(g, [t, u]);
        return m !== undefined && m !== join;
      }),
    );
    groups = [...groups.filter((gr) => !joined.includes(gr)), [t, ...joined.flat()]];
  }
  return groups;
}

function hasJump(lane: Lane): boolean {
  return (
    Boolean(lane.jump) || lane.items.some((i) => (i.kind === 'step' ? i.jump !== undefined : [...i.lanes, ...i.overflow].some(hasJump)))
  );
}

function columns(items: Item[]): number {
  const sum = (lanes: Lane[]) => lanes.reduce((n, l) => n + columns(l.items), 0);
  return Math.max(0, ...items.map((i) => (i.kind === 'step' ? 1 : Math.max(sum(i.lanes), sum(i.overflow)))));
}

/** The amount of text in the items. */
function weight(g: Graph, items: Item[]): number {
  return items.reduce(
    (n, i) => n + (i.kind === 'step' ? g.weights[i.index]! : [...i.lanes, ...i.overflow].reduce((m, l) => m + weight(g, l.items), 0)),
    0,
  );
}

/** Move lanes below the others until at most three columns of boxes remain side by side. */
function demote(g: Graph, lanes: Lane[]): { lanes: Lane[]; overflow: Lane[] } {
  const kept = [...lanes];
  const moved = new Set<Lane>();
  while (kept.reduce((n, l) => n + columns(l.items), 0) > MAX_COLUMNS) {
    const boxLanes = kept.filter((l) => l.items.length > 0);
    if (boxLanes.length < 2) break;
    // Prefer a lane that leaves along the margin, then the one with least text.
    const pick = [...boxLanes].sort((a, b) => Number(hasJump(b)) - Number(hasJump(a)) || weight(g, a.items) - weight(g, b.items))[0]!;
    kept.splice(kept.indexOf(pick), 1);
    moved.add(pick);
  }
  return { lanes: kept, overflow: lanes.filter((l) => moved.has(l)) };
}

// ---------------------------------------------------------------------------------------------
// Placing boxes, labels and edges

interface Open {
  from: number;
  /** The target; absent for the shared start of a lane that forks again. */
  to?: number;
  points: FlowPoint[];
  label?: FlowLabel;
}

interface Ctx {
  g: Graph;
  timePrefix: string;
  boxes: Map<number, FlowBox>;
  edges: FlowEdge[];
  /** Edges that still have to run along the right margin: their points so far end where they leave the content. */
  jumps: Open[];
}

function placeBox(ctx: Ctx, index: number, x: number, width: number, y: number): FlowBox {
  const step = ctx.g.steps[index]!;
  const inner = width - 2 * BOX_PAD_X;
  const left = x + BOX_PAD_X;
  let top = y + BOX_PAD_Y;
  const text = (content: string, font: typeof ACTION, indent: number, bold?: boolean): FlowText => {
    const lines = wrap(content, font.size, inner - indent);
    const t: FlowText = { lines, x: left + indent, y: baseline(top, font), ...font, ...(bold && { bold }) };
    top += lines.length * font.lineHeight + SECTION_GAP;
    return t;
  };
  const badge = { x: left + BADGE_R, y: top + ACTOR.lineHeight / 2, r: BADGE_R };
  const actor = text(step.actor, ACTOR, BADGE_INDENT, true);
  const action = text(step.action, ACTION, 0);
  const time = text(ctx.timePrefix + step.timeLimit, TIME, 0);
  const box: FlowBox = {
    id: step.id,
    number: index + 1,
    x,
    y,
    width,
    height: top - SECTION_GAP + BOX_PAD_Y - y,
    meeting: Boolean(step.meeting),
    badge: {
      ...badge,
      text: {
        lines: [String(index + 1)],
        x: badge.x,
        y: badge.y + 5,
        size: NUMBER_SIZE,
        lineHeight: NUMBER_SIZE,
        bold: true,
        middle: true,
      },
    },
    actor,
    action,
    time,
  };
  ctx.boxes.set(index, box);
  return box;
}

const centre = (box: { x: number; width: number }) => box.x + Math.floor(box.width / 2);

/** Bring an open edge down into the top of its box, merging on a line just above it. */
function finish(ctx: Ctx, edge: Open, box: FlowBox): void {
  const cx = centre(box);
  const end = edge.points.at(-1)!;
  const points = [...edge.points];
  if (end.x !== cx) points.push({ x: end.x, y: box.y - BUS }, { x: cx, y: box.y - BUS });
  points.push({ x: cx, y: box.y });
  ctx.edges.push({ from: ctx.g.steps[edge.from]!.id, to: box.id, points, back: false, ...(edge.label && { label: edge.label }) });
}

/** Place a sequence of items in a column from y down; returns the bottom and the edges leaving it. */
function placeItems(ctx: Ctx, items: Item[], x: number, width: number, y: number, incoming: Open[]): { bottom: number; out: Open[] } {
  let open = incoming;
  let bottom = y;
  const dangling: Open[] = [];
  for (const [i, item] of items.entries()) {
    if (item.kind === 'fork') {
      const source = ctx.boxes.get(item.from)!;
      const start = item.virtual ? open[0]!.points : [{ x: centre(source), y: source.y + source.height }];
      const placed = placeFork(ctx, item, x, width, start);
      open = [...open.slice(item.virtual ? 1 : 0), ...placed.out];
      bottom = placed.bottom;
      continue;
    }
    const box = placeBox(ctx, item.index, x, width, i === 0 ? y : bottom + GAP_Y);
    for (const edge of open) {
      if (edge.to === item.index) finish(ctx, edge, box);
      else dangling.push(edge);
    }
    const from = { x: centre(box), y: box.y + box.height };
    open = item.exit ? [{ from: item.index, to: item.exit.to, points: [from] }] : [];
    if (item.jump)
      ctx.jumps.push({ from: item.index, to: item.jump.to, points: [{ x: box.x + box.width, y: box.y + Math.round(box.height / 2) }] });
    bottom = box.y + box.height;
  }
  return { bottom, out: [...dangling, ...open] };
}

/** A fork: its lanes side by side under the branching line, and any lanes moved below them. */
function placeFork(ctx: Ctx, fork: ForkItem, x: number, width: number, start: FlowPoint[]): { bottom: number; out: Open[] } {
  const end = start.at(-1)!;
  const splitY = fork.virtual ? end.y : end.y + SPLIT;
  const base = fork.virtual ? start : [...start, { x: end.x, y: splitY }];
  if (fork.overflow.length === 0) return placeLanes(ctx, fork, fork.lanes, x, width, base);

  const main = placeLanes(ctx, fork, fork.lanes, x, width - TRUNK, base);
  // The lanes above merge into one line down the left; a line down the right feeds the lanes below.
  const mergeY = main.bottom + MERGE;
  const dropX = x + DROP;
  const out = main.out.map((e) => ({ ...e, points: [...e.points, { x: e.points.at(-1)!.x, y: mergeY }, { x: dropX, y: mergeY }] }));
  const trunkX = x + width - Math.floor(TRUNK / 2);
  const jogY = (out.length > 0 ? mergeY : main.bottom) + MERGE;
  const trunk = [...base, { x: trunkX, y: splitY }, { x: trunkX, y: jogY }];
  const below = placeLanes(ctx, fork, fork.overflow, x + OVERFLOW_INDENT, width - OVERFLOW_INDENT, trunk);
  return { bottom: below.bottom, out: [...out, ...below.out] };
}

/** Lanes side by side below the horizontal line at the end of base, each under its label. */
function placeLanes(ctx: Ctx, fork: ForkItem, lanes: Lane[], x: number, width: number, base: FlowPoint[]): { bottom: number; out: Open[] } {
  const splitY = base.at(-1)!.y;
  const slots = laneSlots(ctx, lanes, x, width, base.at(-1)!.x);
  const labels = lanes.map((lane, i) => lane.edge?.label && makeLabel(lane.edge.label, slots[i]!, splitY + LABEL_TOP));
  // Boxes start below the labels of the lanes with boxes; a lane with only a label may reach lower.
  const labelBottom = Math.max(splitY, ...labels.map((l, i) => (l && lanes[i]!.items.length > 0 ? l.y + l.height : 0)));
  const top = labelBottom + AFTER_LABEL;
  let bottom = labelBottom;
  const out: Open[] = [];
  lanes.forEach((lane, i) => {
    const slot = slots[i]!;
    const label = labels[i];
    const cx = centre(slot);
    const points = [...base, { x: cx, y: splitY }];
    const edge: Open = { from: fork.from, ...(lane.edge && { to: lane.edge.to }), points, ...(label && { label }) };
    const below = label ? label.y + label.height : splitY;
    if (lane.jump) {
      points.push({ x: cx, y: below + JUMP_DROP });
      ctx.jumps.push(edge);
      bottom = Math.max(bottom, below + JUMP_DROP);
    } else if (lane.items.length === 0) {
      points.push({ x: cx, y: below });
      out.push(edge);
      bottom = Math.max(bottom, below);
    } else {
      const placed = placeItems(ctx, lane.items, slot.x, slot.width, top, [edge]);
      out.push(...placed.out);
      bottom = Math.max(bottom, placed.bottom);
    }
  });
  return { bottom, out };
}

/** Lanes of boxes share the width by their amount of text; lanes with only a label are narrow. */
function laneSlots(ctx: Ctx, lanes: Lane[], x: number, width: number, sourceX: number): Array<{ x: number; width: number }> {
  if (lanes.length === 0) return [];
  const boxLanes = lanes.filter((l) => l.items.length > 0);
  const cols = boxLanes.map((l) => columns(l.items));
  const weights = boxLanes.map((l) => weight(ctx.g, l.items) + textWidth(l.edge?.label ?? '', LABEL.size));
  const minimum = cols.reduce((a, b) => a + b, 0) * MIN_COLUMN;
  const gaps = GAP_X * (lanes.length - 1);
  const strips = lanes.length - boxLanes.length;
  // Long labels widen their lane, but never at the cost of the boxes' narrowest width.
  const stripCap = Math.max(STRIP, Math.floor((width - gaps - minimum) / (strips || 1)));
  const strip = (lane: Lane) => {
    const text = textWidth(lane.edge?.label ?? '', LABEL.size);
    const lines = boxLanes.length > 0 ? STRIP_LINES : 2;
    const wanted = Math.ceil(Math.max(Math.min(text, STRIP - 2 * LABEL_PAD_X - 2), text / lines)) + 2 * LABEL_PAD_X + 2;
    return Math.max(STRIP_MIN, Math.min(STRIP_MAX, stripCap, wanted));
  };
  const fixed = lanes.reduce((n, l) => n + (l.items.length > 0 ? 0 : strip(l)), 0);
  const available = width - gaps - fixed;
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
  const totalCols = cols.reduce((a, b) => a + b, 0);
  const shares = boxLanes.map((_, i) =>
    available >= minimum
      ? cols[i]! * MIN_COLUMN + Math.floor(((available - minimum) * weights[i]!) / totalWeight)
      : Math.floor((available * cols[i]!) / totalCols),
  );
  if (shares.length > 0) shares[shares.length - 1]! += available - shares.reduce((a, b) => a + b, 0);
  const widths = lanes.map((l) => (l.items.length > 0 ? shares[boxLanes.indexOf(l)]! : strip(l)));
  // Lanes with only labels: put the first under the step it leaves from, so its arrow runs straight.
  const used = widths.reduce((a, b) => a + b, 0) + GAP_X * (lanes.length - 1);
  let left = x;
  if (boxLanes.length === 0) left = Math.max(x, Math.min(x + width - used, sourceX - Math.floor(widths[0]! / 2)));
  return widths.map((w) => {
    const slot = { x: left, width: w };
    left += w + GAP_X;
    return slot;
  });
}

function makeLabel(when: string, slot: { x: number; width: number }, y: number): FlowLabel {
  const lines = wrap(when, LABEL.size, slot.width - 2 * LABEL_PAD_X);
  const width = Math.min(slot.width, Math.ceil(Math.max(...lines.map((l) => textWidth(l, LABEL.size)))) + 2 * LABEL_PAD_X);
  const cx = centre(slot);
  const x = cx - Math.floor(width / 2);
  return {
    x,
    y,
    width,
    height: lines.length * LABEL.lineHeight + 2 * LABEL_PAD_Y,
    text: { lines, x: cx, y: baseline(y + LABEL_PAD_Y, LABEL), ...LABEL, middle: true },
  };
}

/** A rectangle in the chart (a box or a label plate). */
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How close a line may come to a box or label it does not start or end on. */
const CLEAR = 3;
/** How far from its first try a margin edge looks for a clear line, in px. */
const SEARCH = 240;

/** Whether the horizontal or vertical segment p–q keeps clear of every rectangle but those in `own`. */
function clearSegment(p: FlowPoint, q: FlowPoint, rects: readonly Rect[], own: ReadonlySet<Rect> = new Set()): boolean {
  const x1 = Math.min(p.x, q.x) - CLEAR;
  const x2 = Math.max(p.x, q.x) + CLEAR;
  const y1 = Math.min(p.y, q.y) - CLEAR;
  const y2 = Math.max(p.y, q.y) + CLEAR;
  return rects.every((r) => own.has(r) || x2 <= r.x || r.x + r.width <= x1 || y2 <= r.y || r.y + r.height <= y1);
}

/** Offsets to try, nearest first: 0, 2, -2, 4, -4 … up to SEARCH. */
function* near(): Generator<number> {
  yield 0;
  for (let d = 2; d <= SEARCH; d += 2) yield* [d, -d];
}

/**
 * How a margin edge leaves the content: its points up to where it turns onto the track. A step's
 * edge leaves the right side of its box at a height where the way to the margin passes no other box
 * (a box of a lane to its right may be in the way), else the bottom of its box; an edge that ends
 * inside the content (below a branch label) first drops or rises to a clear line.
 */
function exitRoute(ctx: Ctx, jump: Open, rects: readonly Rect[], right: number): FlowPoint[] | undefined {
  const start = jump.points.at(-1)!;
  const source = ctx.boxes.get(jump.from)!;
  const to = (y: number): FlowPoint => ({ x: right, y });
  const onSide = start.x === source.x + source.width && start.y > source.y && start.y < source.y + source.height;
  if (onSide) {
    for (const d of near()) {
      const y = start.y + d;
      if (y < source.y + 6 || y > source.y + source.height - 6) continue;
      if (clearSegment({ x: start.x, y }, to(y), rects, new Set([source]))) return [...jump.points.slice(0, -1), { x: start.x, y }];
    }
    const bottom = { x: centre(source), y: source.y + source.height };
    for (let y = bottom.y + 8; y <= bottom.y + SEARCH; y += 2) {
      if (clearSegment(bottom, { x: bottom.x, y }, rects, new Set([source])) && clearSegment({ x: bottom.x, y }, to(y), rects)) {
        return [...jump.points.slice(0, -1), bottom, { x: bottom.x, y }];
      }
    }
    return undefined;
  }
  // An edge leaving the bottom of its box (one the lanes could not deliver) may only go on down.
  const fromBottom = start.y === source.y + source.height && start.x >= source.x && start.x <= source.x + source.width;
  for (const d of near()) {
    if (fromBottom && d < 0) continue;
    const y = start.y + d;
    const own = new Set<Rect>(fromBottom ? [source] : []);
    if (clearSegment(start, { x: start.x, y }, rects, own) && clearSegment({ x: start.x, y }, to(y), rects)) {
      return [...jump.points, { x: start.x, y }];
    }
  }
  return undefined;
}

/**
 * How a margin edge enters its target: its points after it leaves the track. Into the right side of
 * the box at `entryY`, or the nearest height where the way from the margin passes no other box; when a
 * box to its right is in the way at every height, from above, into the right part of its top.
 */
function entryRoute(target: FlowBox, entryY: number, slot: number, rects: readonly Rect[], right: number): FlowPoint[] | undefined {
  const side = target.x + target.width;
  for (const d of near()) {
    const y = entryY + d;
    if (y < target.y + 6 || y > target.y + target.height - 6) continue;
    if (clearSegment({ x: right, y }, { x: side, y }, rects, new Set([target])))
      return [
        { x: right, y },
        { x: side, y },
      ];
  }
  const x = target.x + target.width - 10 - 8 * slot;
  for (let y = target.y - 8; y >= target.y - SEARCH; y -= 2) {
    if (clearSegment({ x: right, y }, { x, y }, rects) && clearSegment({ x, y }, { x, y: target.y }, rects, new Set([target]))) {
      return [
        { x: right, y },
        { x, y },
        { x, y: target.y },
      ];
    }
  }
  return undefined;
}

/**
 * Route the margin edges: out to the right, along a track, and into the right side of their target,
 * each line clear of the boxes it does not join, so no arrow seems to touch a step it does not reach.
 */
function routeJumps(ctx: Ctx, contentRight: number): void {
  const into = new Map<number, Open[]>();
  for (const jump of ctx.jumps) into.set(jump.to!, [...(into.get(jump.to!) ?? []), jump]);
  const rects: Rect[] = [
    ...ctx.boxes.values(),
    ...ctx.edges.flatMap((e) => (e.label ? [e.label] : [])),
    ...ctx.jumps.flatMap((j) => (j.label ? [j.label] : [])),
  ];
  const topEntries = new Map<number, number>();
  const routes = ctx.jumps.map((jump) => {
    const target = ctx.boxes.get(jump.to!)!;
    const siblings = into.get(jump.to!)!;
    const entryY = target.y + Math.round((target.height * (siblings.indexOf(jump) + 1)) / (siblings.length + 1));
    const exit = exitRoute(ctx, jump, rects, contentRight);
    const slot = topEntries.get(jump.to!) ?? 0;
    const entry = entryRoute(target, entryY, slot, rects, contentRight);
    if (entry && entry.length === 3) topEntries.set(jump.to!, slot + 1);
    // Where nothing clear is found (never in the real processes), the plain route: straight out and in.
    const head = exit ?? jump.points;
    const tail = entry ?? [
      { x: contentRight, y: entryY },
      { x: target.x + target.width, y: entryY },
    ];
    const startY = head.at(-1)!.y;
    const endY = tail[0]!.y;
    return { jump, target, head, tail, low: Math.min(startY, endY), high: Math.max(startY, endY), track: 0 };
  });
  // Shorter edges take the inner tracks, so a longer edge's ends pass outside them.
  const done: typeof routes = [];
  for (const r of [...routes].sort((a, b) => a.high - a.low - (b.high - b.low))) {
    while (done.some((o) => o.track === r.track && o.low <= r.high && r.low <= o.high)) r.track++;
    done.push(r);
  }
  for (const r of routes) {
    const trackX = contentRight + TRACK * (r.track + 1);
    const start = r.head.at(-1)!;
    const points = [...r.head, { x: trackX, y: start.y }, { x: trackX, y: r.tail[0]!.y }, ...r.tail.slice(1)];
    const from = ctx.g.steps[r.jump.from]!.id;
    ctx.edges.push({ from, to: r.target.id, points, back: r.jump.to! <= r.jump.from, ...(r.jump.label && { label: r.jump.label }) });
  }
}

function countJumps(items: Item[]): number {
  const lanes = (ls: Lane[]) => ls.reduce((n, l) => n + (l.jump ? 1 : 0) + countJumps(l.items), 0);
  return items.reduce((n, i) => n + (i.kind === 'step' ? (i.jump ? 1 : 0) : lanes(i.lanes) + lanes(i.overflow)), 0);
}

/** Drop points that repeat or lie on a straight line between their neighbours. */
function simplify(points: FlowPoint[]): FlowPoint[] {
  const out: FlowPoint[] = [];
  for (const p of points) {
    const q = out.at(-1);
    if (q && q.x === p.x && q.y === p.y) continue;
    const o = out.at(-2);
    if (o && q && ((o.x === q.x && q.x === p.x) || (o.y === q.y && q.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

/** Lay out the steps of a process as a flow chart (see the top of this file). */
export function layoutFlow(steps: FlowStep[], options: FlowOptions = {}): FlowLayout {
  const timePrefix = options.timePrefix ?? '时限：';
  const g = buildGraph(steps, timePrefix);
  const placed = new Set<number>();
  const items: Item[] = [];
  // Steps that the first does not lead to still get a box, below the others.
  for (let i = 0; i < steps.length; i++) if (!placed.has(i)) items.push(...buildChain(g, placed, i, undefined));

  const jumps = countJumps(items);
  const maxWidth = options.maxWidth ?? phoneWidth;
  const contentWidth = maxWidth - 2 * PAD - (jumps > 0 ? TRACK * jumps + 2 : 0);
  const ctx: Ctx = {
    g,
    timePrefix,
    boxes: new Map(),
    edges: [],
    jumps: [],
  };
  const placedItems = placeItems(ctx, items, PAD, contentWidth, PAD, []);
  // Edges the lanes could not deliver (only in unusual processes) run along the margin as well.
  for (const edge of placedItems.out) if (edge.to !== undefined) ctx.jumps.push(edge);
  routeJumps(ctx, PAD + contentWidth);

  const edges = ctx.edges.map((e) => ({ ...e, points: simplify(e.points) }));
  const boxes = [...ctx.boxes.values()].sort((a, b) => a.number - b.number);
  const xs = [...boxes.map((b) => b.x + b.width), ...edges.flatMap((e) => e.points.map((p) => p.x))];
  const ys = [...boxes.map((b) => b.y + b.height), ...edges.flatMap((e) => e.points.map((p) => p.y))];
  return { width: Math.max(0, ...xs) + PAD, height: Math.max(0, ...ys) + PAD, boxes, edges };
}
