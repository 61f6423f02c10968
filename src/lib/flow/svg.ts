/**
 * Draw a laid-out flow chart as an SVG string. Colours come only from the site's CSS classes
 * (chart-box, chart-line, chart-arrow shared with the organisation chart; flow-meeting, flow-label), so light, dark and print schemes
 * all apply; meeting steps have a double border and back edges are dashed, so no meaning rests
 * on colour. The renderer does no geometry: every position comes from the layout.
 */
import { escapeXml, px as n, rect as svgRect, text as svgText } from '../svg/index.ts';
import type { FlowBox, FlowEdge, FlowLayout, FlowPoint, FlowText } from './layout.ts';

/** The accessible name and description of a chart, and a prefix that keeps its ids unique on the page. */
export interface FlowA11y {
  title: string;
  desc: string;
  idPrefix: string;
}

const ACTION_SIZE = 15; // the chart's default font size (its steps' actions); other texts say their own

function path(points: FlowPoint[]): string {
  let d = `M${n(points[0]!.x)} ${n(points[0]!.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const q = points[i - 1]!;
    if (Math.round(p.x) === Math.round(q.x)) d += `V${n(p.y)}`;
    else if (Math.round(p.y) === Math.round(q.y)) d += `H${n(p.x)}`;
    else d += `L${n(p.x)} ${n(p.y)}`;
  }
  return d;
}

const text = (t: FlowText) => svgText(t, ACTION_SIZE);
const rect = (cls: string, x: number, y: number, width: number, height: number, rx = 0) => svgRect(cls, { x, y, width, height }, rx);

function box(b: FlowBox): string {
  const frame = b.meeting
    ? rect('chart-box flow-meeting', b.x, b.y, b.width, b.height, 4) +
      rect('chart-box flow-meeting', b.x + 3, b.y + 3, b.width - 6, b.height - 6, 2)
    : rect('chart-box', b.x, b.y, b.width, b.height, 4);
  const badge = `<circle class="chart-line" cx="${n(b.badge.x)}" cy="${n(b.badge.y)}" r="${n(b.badge.r)}"/>${text(b.badge.text)}`;
  return frame + badge + text(b.actor) + text(b.action) + text(b.time);
}

function edge(e: FlowEdge): string {
  return `<path${e.back ? ' stroke-dasharray="5 3"' : ''} d="${path(e.points)}"/>`;
}

function label(e: FlowEdge): string {
  return e.label ? rect('flow-label', e.label.x, e.label.y, e.label.width, e.label.height) + text(e.label.text) : '';
}

/** Draw the chart as an accessible SVG: role="img", named by its <title> and <desc>, scaled down only on narrow screens. */
export function renderFlowSvg(layout: FlowLayout, a11y: FlowA11y): string {
  const id = (name: string) => escapeXml(`${a11y.idPrefix}-${name}`);
  const width = n(layout.width);
  const height = n(layout.height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px"` +
    ` role="img" aria-labelledby="${id('title')} ${id('desc')}" font-size="${ACTION_SIZE}">` +
    `<title id="${id('title')}">${escapeXml(a11y.title)}</title><desc id="${id('desc')}">${escapeXml(a11y.desc)}</desc>` +
    `<defs><marker id="${id('arrow')}" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto">` +
    `<path class="chart-arrow" d="M0 0L8 4L0 8z"/></marker></defs>` +
    `<g class="chart-line" marker-end="url(#${id('arrow')})">${layout.edges.map(edge).join('')}</g>` +
    layout.edges.map(label).join('') +
    layout.boxes.map(box).join('') +
    '</svg>'
  );
}
