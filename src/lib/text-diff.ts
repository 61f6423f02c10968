/**
 * What changed in a text, character by character, tidied so that a reader can follow it. Chinese has
 * no spaces, so a word diff is no use: the characters are compared (jsdiff's diffChars, Myers'
 * algorithm on Unicode code points), and the edit runs are then tidied in two passes:
 *
 *  1. a short stretch left unchanged between two edits, no longer than the edits on either side of
 *     it, joins them (the "semantic cleanup" of diff-match-patch): 由校长室 → 由学生发展部 is one
 *     replacement, not 由 + 校→学生发展 + 长室→部 matched on a stray 部;
 *  2. a replacement that rewrites most of its clause (the text between two marks of punctuation)
 *     takes the whole clause, so the old clause is struck out and the new one inserted whole, instead
 *     of a scatter of single characters. A small edit in a long clause (5个工作日 → 10个工作日) stays
 *     as small as it is, and so does a sentence inserted or deleted whole.
 */
import { diffChars } from 'diff';

/** One piece of a compared text: unchanged, deleted from the old text, or inserted into the new. */
export interface DiffPiece {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/** A piece of one side of a comparison, marked when it was deleted (old side) or inserted (new side). */
export interface MarkedText {
  text: string;
  mark?: 'del' | 'ins';
}

/** A replacement rewrites its clause when it strikes out at least this share of the old clause's characters. */
export const CLAUSE_REWRITE_SHARE = 0.5;

/** Marks that end a clause; a newline ends a paragraph. */
const CLAUSE_END = /[，。；：、！？,.;:!?\n]/u;

type Run = { same: string } | { del: string; ins: string };

const isSame = (r: Run): r is { same: string } => 'same' in r;

/** Adjacent runs of the same kind joined, empty ones dropped. */
function normalise(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (isSame(r) ? r.same === '' : r.del === '' && r.ins === '') continue;
    const last = out.at(-1);
    if (last && isSame(last) && isSame(r)) last.same += r.same;
    else if (last && !isSame(last) && !isSame(r)) {
      last.del += r.del;
      last.ins += r.ins;
    } else out.push(isSame(r) ? { same: r.same } : { del: r.del, ins: r.ins });
  }
  return out;
}

const length = (s: string) => [...s].length;

/** Pass 1: an unchanged stretch no longer than the edits on both sides of it is absorbed by them. */
function absorbShortEqualities(runs: Run[]): Run[] {
  let current = normalise(runs);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 1; i < current.length - 1; i++) {
      const [before, middle, after] = [current[i - 1]!, current[i]!, current[i + 1]!];
      if (!isSame(middle) || isSame(before) || isSame(after)) continue;
      const n = length(middle.same);
      if (n <= Math.max(length(before.del), length(before.ins)) && n <= Math.max(length(after.del), length(after.ins))) {
        current.splice(i - 1, 3, { del: before.del + middle.same + after.del, ins: before.ins + middle.same + after.ins });
        current = normalise(current);
        changed = true;
        break;
      }
    }
  }
  return current;
}

/** What an edit's two sides begin or end with in common is unchanged text: [-工作作][+作] is [-工作]作. */
function factorCommon(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (isSame(r) || r.del === '' || r.ins === '') {
      out.push(r);
      continue;
    }
    const [d, n] = [[...r.del], [...r.ins]];
    let head = 0;
    while (head < d.length && head < n.length && d[head] === n[head]) head++;
    let tail = 0;
    while (tail < d.length - head && tail < n.length - head && d[d.length - 1 - tail] === n[n.length - 1 - tail]) tail++;
    out.push({ same: d.slice(0, head).join('') });
    out.push({ del: d.slice(head, d.length - tail).join(''), ins: n.slice(head, n.length - tail).join('') });
    out.push({ same: d.slice(d.length - tail).join('') });
  }
  return normalise(out);
}

/** The part of `text` after its last clause mark (all of it when it has none). */
function clauseTail(text: string): string {
  const chars = [...text];
  let i = chars.length;
  while (i > 0 && !CLAUSE_END.test(chars[i - 1]!)) i--;
  return chars.slice(i).join('');
}

/** The part of `text` before its first clause mark (all of it when it has none). */
function clauseHead(text: string): string {
  const chars = [...text];
  let i = 0;
  while (i < chars.length && !CLAUSE_END.test(chars[i]!)) i++;
  return chars.slice(0, i).join('');
}

/** Pass 2: an edit that changes most of its clause takes the whole clause. */
function widenToClauses(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  for (let i = 0; i < out.length; i++) {
    const edit = out[i]!;
    // An insertion or a deletion alone reads well as it is; only a replacement may be widened.
    if (isSame(edit) || edit.del === '' || edit.ins === '') continue;
    const before = out[i - 1] as { same: string } | undefined;
    const after = out[i + 1] as { same: string } | undefined;
    const left = before ? clauseTail(before.same) : '';
    const right = after ? clauseHead(after.same) : '';
    if (left === '' && right === '') continue;
    // Measured on the old clause: what is struck out of it. (A full stop replaced by a comma and a long addition is not a rewrite.)
    const struck = length(edit.del);
    if (struck / (struck + length(left) + length(right)) < CLAUSE_REWRITE_SHARE) continue;
    if (before) before.same = before.same.slice(0, before.same.length - left.length);
    if (after) after.same = after.same.slice(right.length);
    edit.del = left + edit.del + right;
    edit.ins = left + edit.ins + right;
  }
  return normalise(out);
}

/** The changes from `oldText` to `newText`, tidied for reading (see the top of this file). */
export function diffText(oldText: string, newText: string): DiffPiece[] {
  if (oldText === newText) return oldText === '' ? [] : [{ op: 'same', text: oldText }];
  const raw: Run[] = diffChars(oldText, newText).map((c) =>
    c.added ? { del: '', ins: c.value } : c.removed ? { del: c.value, ins: '' } : { same: c.value },
  );
  // Common beginnings and ends are factored out before widening, which puts the clause back on both sides on purpose.
  const runs = absorbShortEqualities(widenToClauses(factorCommon(absorbShortEqualities(raw))));
  return runs.flatMap((r): DiffPiece[] =>
    isSame(r)
      ? [{ op: 'same', text: r.same }]
      : [...(r.del ? [{ op: 'del' as const, text: r.del }] : []), ...(r.ins ? [{ op: 'ins' as const, text: r.ins }] : [])],
  );
}

/** One side of a comparison, cut into its paragraphs (the texts' newlines): the old side keeps deletions, the new side insertions. */
export function sideOf(pieces: DiffPiece[], side: 'old' | 'new'): MarkedText[][] {
  const skip = side === 'old' ? 'ins' : 'del';
  const lines: MarkedText[][] = [[]];
  for (const p of pieces) {
    if (p.op === skip) continue;
    p.text.split('\n').forEach((part, k) => {
      if (k > 0) lines.push([]);
      if (part === '') return;
      const line = lines.at(-1)!;
      const last = line.at(-1);
      const mark = p.op === 'same' ? undefined : p.op;
      if (last && last.mark === mark) last.text += part;
      else line.push(mark ? { text: part, mark } : { text: part });
    });
  }
  return lines;
}

/** The character pairs (bigrams) of a text, counted; a text of one character is its own pair. */
function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/\s+/g, '')];
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const b = chars[i]! + chars[i + 1]!;
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

function sharedCount(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [k, n] of a) shared += Math.min(n, b.get(k) ?? 0);
  return shared;
}

const total = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);

/** How alike two texts are, from 0 to 1: the share of character pairs they have in common (Dice's coefficient). */
export function similarity(a: string, b: string): number {
  const [x, y] = [bigrams(a), bigrams(b)];
  const size = total(x) + total(y);
  return size === 0 ? 1 : (2 * sharedCount(x, y)) / size;
}

/** How much of `part` is found in `whole`, from 0 to 1: the share of part's character pairs that whole has too. */
export function containment(part: string, whole: string): number {
  const x = bigrams(part);
  const size = total(x);
  return size === 0 ? 0 : sharedCount(x, bigrams(whole)) / size;
}
