/**
 * The edges of a process, as its data says: a step's branches, else its `next`, else the step below it
 * (the last step has none). The one definition used by the flow chart (layout.ts draws exactly these),
 * the content checker (a process must be able to reach its end from every step, and every step from
 * the first) and the tests.
 */

/** What an edge needs of a step. */
export interface StepLinks {
  id: string;
  next?: string;
  branches?: ReadonlyArray<{ when: string; to: string }>;
}

/** One edge, by the steps' places in the list (0-based). */
export interface ProcessEdge {
  from: number;
  to: number;
  /** The branch condition. */
  label?: string;
  /** Where the edge is written: ['next'], ['branches', j, 'to'], or [] for the step below. */
  written: Array<string | number>;
}

/** Every edge of the process, in step order; edges to unknown step ids are left out (the checker reports them). */
export function processEdges(steps: ReadonlyArray<StepLinks>): ProcessEdge[] {
  const index = new Map(steps.map((s, i) => [s.id, i]));
  return steps.flatMap((s, i): ProcessEdge[] => {
    if (s.branches) {
      return s.branches.flatMap((b, j) =>
        index.has(b.to) ? [{ from: i, to: index.get(b.to)!, label: b.when, written: ['branches', j, 'to'] }] : [],
      );
    }
    if (s.next !== undefined) return index.has(s.next) ? [{ from: i, to: index.get(s.next)!, written: ['next'] }] : [];
    return i + 1 < steps.length ? [{ from: i, to: i + 1, written: [] }] : [];
  });
}

/** What is wrong with the shape of a process. */
export interface ProcessShape {
  /** Steps the first step never leads to. */
  unreachable: number[];
  /** An edge that closes a loop with no way out to the end (the loop's last edge back), if any. */
  loop?: ProcessEdge & { steps: number[] };
}

function closure(start: number[], outs: number[][]): Set<number> {
  const seen = new Set(start);
  const stack = [...start];
  while (stack.length > 0) for (const t of outs[stack.pop()!]!) if (!seen.has(t)) (seen.add(t), stack.push(t));
  return seen;
}

/**
 * Whether every step can be reached from the first, and the end reached from every step. A step with
 * no way out is an end (normally only the last step); a loop is fine as long as some step in it
 * leads on (送审 → 修改 → 送审, with a branch to 通过).
 */
export function processShape(steps: ReadonlyArray<StepLinks>): ProcessShape {
  const edges = processEdges(steps);
  const outs = steps.map((_, i) => edges.filter((e) => e.from === i).map((e) => e.to));
  const ins = steps.map((_, i) => edges.filter((e) => e.to === i).map((e) => e.from));
  const reached = closure(steps.length > 0 ? [0] : [], outs);
  const ends = steps.map((_, i) => i).filter((i) => outs[i]!.length === 0);
  const canEnd = closure(ends, ins);
  const trapped = [...reached].filter((i) => !canEnd.has(i)).sort((a, b) => a - b);
  const shape: ProcessShape = { unreachable: steps.map((_, i) => i).filter((i) => !reached.has(i)) };
  if (trapped.length > 0) {
    const inTrap = new Set(trapped);
    const back = edges.find((e) => inTrap.has(e.from) && inTrap.has(e.to) && e.to <= e.from);
    if (back) shape.loop = { ...back, steps: trapped.filter((i) => i >= back.to && i <= back.from) };
  }
  return shape;
}
