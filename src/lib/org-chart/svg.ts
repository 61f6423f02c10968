/**
 * Draw a laid-out organisation chart as SVG. Colours come only from the site's CSS classes
 * (chart-box, chart-line, chart-arrow shared with the flow charts; org-leader, org-supervise, org-hit), so light, dark and print
 * schemes apply; supervision is dashed and meetings are double-framed, so no meaning rests on
 * colour. Links are real <a> elements: focusable, named, and lit up on focus (org-hit).
 */
import { escapeXml, px as n, rect, text as svgText } from '../svg/index.ts';
import type { OrgBox, OrgLayout, OrgPoint, OrgText, OrgTextLink } from './layout.ts';

/** The chart's accessible name, and a prefix that keeps its ids unique on the page. */
export interface OrgA11y {
  title: string;
  idPrefix: string;
}

function path(points: OrgPoint[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join('');
}

const text = (t: OrgText) => svgText(t, 14);

function link(l: OrgTextLink): string {
  if (l.href === undefined) return text(l.text);
  const label = l.label ? ` aria-label="${escapeXml(l.label)}"` : '';
  return `<a href="${escapeXml(l.href)}"${label}>${rect('org-hit', l.hit, 2)}${text(l.text)}</a>`;
}

function box(b: OrgBox): string {
  const double = (r: { x: number; y: number; width: number; height: number }) =>
    rect('chart-box', r, 4) + rect('chart-box', { x: r.x + 3, y: r.y + 3, width: r.width - 6, height: r.height - 6 }, 2);
  const frame =
    b.kind === 'side' || b.kind === 'body'
      ? double(b)
      : rect(`chart-box${b.kind === 'leader' ? ' org-leader' : ''}`, b, b.kind === 'leader' ? 10 : 4);
  const meeting = b.meeting ? double(b.meeting.frame) + link(b.meeting) : '';
  return frame + link(b.title) + meeting + (b.notes ? text(b.notes) : '');
}

/** Draw the chart: a named group (it holds links, so not role="img"), scaled down only on narrow screens. */
export function renderOrgSvg(layout: OrgLayout, a11y: OrgA11y): string {
  const id = (name: string) => escapeXml(`${a11y.idPrefix}-${name}`);
  const w = n(layout.width);
  const h = n(layout.height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" style="max-inline-size:${w}px"` +
    ` role="group" aria-labelledby="${id('title')}" font-size="14">` +
    `<title id="${id('title')}">${escapeXml(a11y.title)}</title>` +
    `<defs><marker id="${id('arrow')}" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto">` +
    `<path class="chart-arrow" d="M0 0L8 4L0 8z"/></marker></defs>` +
    `<g class="chart-line">${layout.lines.map((l) => `<path d="${path(l)}"/>`).join('')}</g>` +
    `<g class="org-supervise" marker-end="url(#${id('arrow')})">${layout.arrows.map((a) => `<path d="${path(a.points)}"/>`).join('')}</g>` +
    (layout.heading ? text(layout.heading) : '') +
    layout.boxes.map(box).join('') +
    '</svg>'
  );
}
