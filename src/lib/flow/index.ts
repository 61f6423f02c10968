/** Flow charts of power items: lay out the process (layout.ts), then draw it as SVG (svg.ts). */
import type { Step } from '../../schemas/power.ts';
import type { FlowStep } from './layout.ts';

export {
  layoutFlow,
  minTextSize,
  phoneWidth,
  wideWidth,
  type FlowBox,
  type FlowEdge,
  type FlowLabel,
  type FlowLayout,
  type FlowOptions,
  type FlowPoint,
  type FlowStep,
  type FlowText,
} from './layout.ts';
export { renderFlowSvg, type FlowA11y } from './svg.ts';
export { escapeXml } from '../svg/index.ts';

/** A power item's steps as flow steps: actors by their display names, meeting bodies marked. */
export function flowFromPower(steps: Step[], actorName: (id: string) => string, isMeeting: (id: string) => boolean): FlowStep[] {
  return steps.map((s) => ({
    id: s.id,
    actor: actorName(s.actor),
    action: s.action,
    timeLimit: s.timeLimit,
    meeting: isMeeting(s.actor),
    ...(s.branches && { branches: s.branches.map((b) => ({ when: b.when, to: b.to })) }),
    ...(s.next !== undefined && { next: s.next }),
  }));
}
