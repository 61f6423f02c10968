/**
 * The 修订对照表 of two texts of a document: their articles aligned, and what changed in each pair.
 *
 * Alignment, in this order (each step only pairs articles no earlier step has paired):
 *  1. the same wording: an article that is word for word in both texts is paired with its twin,
 *     wherever it now stands (renumbered, or in a chapter that moved);
 *  2. moved articles: pairs at least KEPT_MOST alike (likeness below), the most alike first,
 *     wherever they stand;
 *  3. in order: between the pairs so far that keep their order, the remaining old and new articles
 *     are paired in order (no crossing), choosing the pairing with the greatest total likeness above
 *     SIMILAR, with a small bonus for the same number, so that where numbering is unchanged an article
 *     is paired with its namesake and where an article was inserted the ones after it still find theirs;
 *  4. splits and merges: a new article left over whose wording is mostly inside an old article that
 *     was paired with its neighbour is a part split off it (and, the other way round, an old article
 *     mostly inside a new one paired with its neighbour was merged into it);
 *  5. what is left was deleted (old) or added (new). An article rewritten in other words is therefore
 *     a deletion and an addition: a pair always shares wording a reader can see.
 * Rows follow the new text; a deleted article comes after the row of the old article before it.
 * Pure: given the articles' texts, no content files and no Astro.
 */
import { containment, diffText, similarity, type DiffPiece } from './text-diff.ts';
import type { Block, BlockRole } from './document-structure.ts';
import { ARTICLE_START } from './document-structure.ts';

/** One article of a text, as compared: its number, label, chapter and wording (paragraphs on lines of their own). */
export interface CompareUnit {
  number: number;
  label: string;
  /** The heading of the chapter it is in (第三章　管理体制), if the text has chapters. */
  chapter?: string;
  /** The article's anchor on its page (art-12). */
  anchor: string;
  text: string;
}

/** How an old and a new article (or group of them) relate. */
export type RowKind = 'unchanged' | 'modified' | 'split' | 'merged' | 'added' | 'deleted';

/** One row of the table: the old article(s) beside the new, and the marked changes. */
export interface CompareRow {
  kind: RowKind;
  old: CompareUnit[];
  new: CompareUnit[];
  /** The old wording against the new, character by character (several articles joined by a newline). */
  pieces: DiffPiece[];
  /** The article kept its wording but not its number, or was paired with one of another number. */
  renumbered: boolean;
  /** It stands elsewhere in the order of the text (a moved article or chapter). */
  moved: boolean;
}

/** How many articles were added, deleted, changed (modified, split or merged) and left as they were. */
export interface CompareCounts {
  added: number;
  deleted: number;
  modified: number;
  unchanged: number;
}

/** The comparison of two texts. */
export interface Comparison {
  rows: CompareRow[];
  counts: CompareCounts;
}

/** Two articles in the same place are one article changed when they are more alike than this (0–1; unrelated articles of one set of rules score 0.1–0.25). */
export const SIMILAR = 0.3;
/** An article that moved is recognised when at least this alike. */
export const KEPT_MOST = 0.6;
/** How much of a short text found in a long one counts towards their likeness. */
export const CONTAINED_WEIGHT = 0.8;
/** Added to the likeness of two articles with the same number, so the numbering decides between near equals. */
export const SAME_NUMBER_BONUS = 0.05;
/** A left-over article is part of another when at least this share of its wording is found there. */
export const PART_OF = 0.6;

/**
 * The articles of a checked document, with their wording: each article's paragraphs and items, one per
 * line, without its 第X条 label. A text without articles is one unit, 全文, holding all its paragraphs.
 */
export function articleUnits(blocks: readonly Block[], roles: readonly BlockRole[], fill: (s: string) => string = (s) => s): CompareUnit[] {
  const units: CompareUnit[] = [];
  let chapter: string | undefined;
  let current: CompareUnit | undefined;
  const loose: string[] = [];
  blocks.forEach((block, i) => {
    const role = roles[i]!;
    const text = block.kind === 'other' ? '' : fill(block.text.trim());
    if (role.role === 'chapter') chapter = text;
    if (role.role === 'chapter' || role.role === 'section' || role.role === 'heading') current = undefined;
    if (role.role === 'article') {
      current = {
        number: role.number,
        label: role.label,
        anchor: role.anchor,
        text: text.replace(ARTICLE_START, ''),
        ...(chapter ? { chapter } : {}),
      };
      units.push(current);
    } else if ((role.role === 'paragraph' || role.role === 'item') && current) current.text += `\n${text}`;
    if (block.kind !== 'other' && role.role !== 'article' && !current) loose.push(text);
  });
  if (units.length === 0) return loose.length ? [{ number: 1, label: '全文', anchor: '', text: loose.join('\n') }] : [];
  return units;
}

/**
 * How alike an old and a new article are, from 0 to 1: the share of character pairs they have in
 * common, or, when one grew or shrank a lot, how much of the shorter is found in the longer (a little
 * discounted: a short sentence finds some of its pairs in any long article of the same rules).
 */
export function likeness(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return Math.max(similarity(a, b), CONTAINED_WEIGHT * containment(short, long));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** The pairs (old index → new index) that keep their order, the longest such run, sorted. */
function inOrderPairs(pairs: ReadonlyMap<number, number>): Array<[number, number]> {
  const sorted = [...pairs].sort((a, b) => a[1] - b[1]);
  const keep = increasingRun(sorted.map(([i]) => i));
  return sorted.filter((_, k) => keep.has(k));
}

/** The pairing of `olds` with `news`, both in order and crossing nowhere, with the greatest total of positive weights. */
function bestInOrder(olds: number[], news: number[], weight: (i: number, j: number) => number): Array<[number, number]> {
  if (olds.length === 0 || news.length === 0) return [];
  const w = olds.map((i) => news.map((j) => weight(i, j)));
  const best = Array.from({ length: olds.length + 1 }, () => new Array<number>(news.length + 1).fill(0));
  for (let a = 1; a <= olds.length; a++) {
    for (let b = 1; b <= news.length; b++) {
      const here = w[a - 1]![b - 1]!;
      best[a]![b] = Math.max(best[a - 1]![b]!, best[a]![b - 1]!, here > 0 ? best[a - 1]![b - 1]! + here : -Infinity);
    }
  }
  const out: Array<[number, number]> = [];
  for (let a = olds.length, b = news.length; a > 0 && b > 0;) {
    const here = w[a - 1]![b - 1]!;
    if (here > 0 && best[a]![b] === best[a - 1]![b - 1]! + here) {
      out.push([olds[a - 1]!, news[b - 1]!]);
      a--;
      b--;
    } else if (best[a]![b] === best[a - 1]![b]) a--;
    else b--;
  }
  return out.reverse();
}

/** The longest run of increasing values (indexes into `values`): what stayed in order. */
function increasingRun(values: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = [];
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

/** Compare two texts' articles (old first). */
export function compareTexts(oldUnits: CompareUnit[], newUnits: CompareUnit[]): Comparison {
  const oldPartner = new Map<number, number>(); // old index → new index (1:1 pairs)
  const newPartner = new Map<number, number>();
  const pair = (i: number, j: number) => {
    oldPartner.set(i, j);
    newPartner.set(j, i);
  };

  // 1. The same wording, preferring the same number, then the nearest place.
  newUnits.forEach((n, j) => {
    const twins = oldUnits.map((o, i) => ({ o, i })).filter(({ o, i }) => !oldPartner.has(i) && o.text === n.text);
    twins.sort((a, b) => Number(b.o.number === n.number) - Number(a.o.number === n.number) || Math.abs(a.i - j) - Math.abs(b.i - j));
    if (twins[0]) pair(twins[0].i, j);
  });

  // 2. Moved or renumbered articles that kept most of their wording, the most alike first.
  const strong: Array<{ i: number; j: number; score: number }> = [];
  oldUnits.forEach((o, i) => {
    if (oldPartner.has(i)) return;
    newUnits.forEach((n, j) => {
      if (newPartner.has(j)) return;
      const score = likeness(o.text, n.text);
      if (score >= KEPT_MOST) strong.push({ i, j, score });
    });
  });
  strong.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j));
  for (const { i, j } of strong) if (!oldPartner.has(i) && !newPartner.has(j)) pair(i, j);

  // 3. Between the pairs that stand in order, the rest in order: the pairing with the most likeness above SIMILAR.
  const anchors = inOrderPairs(oldPartner);
  for (let a = 0; a <= anchors.length; a++) {
    const [i0, j0] = a === 0 ? [-1, -1] : anchors[a - 1]!;
    const [i1, j1] = a === anchors.length ? [oldUnits.length, newUnits.length] : anchors[a]!;
    const olds = range(i0 + 1, i1).filter((i) => !oldPartner.has(i));
    const news = range(j0 + 1, j1).filter((j) => !newPartner.has(j));
    for (const [i, j] of bestInOrder(
      olds,
      news,
      (i, j) =>
        likeness(oldUnits[i]!.text, newUnits[j]!.text) + (oldUnits[i]!.number === newUnits[j]!.number ? SAME_NUMBER_BONUS : 0) - SIMILAR,
    )) {
      pair(i, j);
    }
  }

  // 3. Splits and merges: a left-over article that is mostly inside the partner of its neighbour.
  const splitFrom = new Map<number, number[]>(); // old index → extra new indexes
  const mergedInto = new Map<number, number[]>(); // new index → extra old indexes
  const joined = (units: CompareUnit[]) => units.map((u) => u.text).join('\n');
  newUnits.forEach((n, j) => {
    if (newPartner.has(j)) return;
    for (const k of [j - 1, j + 1]) {
      const i = newPartner.get(k);
      if (i === undefined || oldPartner.get(i) !== k) continue;
      const parts = [k, ...(splitFrom.get(i) ?? [])].map((x) => newUnits[x]!);
      // Mostly inside the old article, which is more like the new parts taken together than like its partner alone.
      if (
        containment(n.text, oldUnits[i]!.text) >= PART_OF &&
        similarity(oldUnits[i]!.text, joined([...parts, n])) > similarity(oldUnits[i]!.text, joined(parts))
      ) {
        splitFrom.set(i, [...(splitFrom.get(i) ?? []), j]);
        newPartner.set(j, i);
        return;
      }
    }
  });
  oldUnits.forEach((o, i) => {
    if (oldPartner.has(i)) return;
    for (const k of [i - 1, i + 1]) {
      const j = oldPartner.get(k);
      if (j === undefined || newPartner.get(j) !== k || splitFrom.has(k)) continue;
      const parts = [k, ...(mergedInto.get(j) ?? [])].map((x) => oldUnits[x]!);
      if (
        containment(o.text, newUnits[j]!.text) >= PART_OF &&
        similarity(newUnits[j]!.text, joined([...parts, o])) > similarity(newUnits[j]!.text, joined(parts))
      ) {
        mergedInto.set(j, [...(mergedInto.get(j) ?? []), i]);
        oldPartner.set(i, j);
        return;
      }
    }
  });

  // What stayed in order: the longest increasing run of old places along the new text; the rest moved.
  const ones = [...oldPartner.entries()].filter(([i, j]) => newPartner.get(j) === i);
  const inOrder = new Set(inOrderPairs(new Map(ones)).map(([i]) => i));
  const movedOld = new Set(ones.map(([i]) => i).filter((i) => !inOrder.has(i)));

  // 4. Rows in the order of the new text.
  const rows: CompareRow[] = [];
  const rowOfOld = new Map<number, CompareRow>();
  newUnits.forEach((_, j) => {
    const i = newPartner.get(j);
    if (i === undefined) {
      rows.push(row('added', [], [newUnits[j]!]));
      return;
    }
    const main = oldPartner.get(i)!;
    const news = [main, ...(splitFrom.get(i) ?? [])].sort((a, b) => a - b);
    // A split row stands at its first new article.
    if (news[0] !== j) return;
    const olds = [i, ...(mergedInto.get(main) ?? [])].sort((a, b) => a - b);
    const kind: RowKind =
      news.length > 1 ? 'split' : olds.length > 1 ? 'merged' : oldUnits[i]!.text === newUnits[j]!.text ? 'unchanged' : 'modified';
    const r = row(
      kind,
      olds.map((x) => oldUnits[x]!),
      news.map((x) => newUnits[x]!),
      olds.some((x) => movedOld.has(x)),
    );
    rows.push(r);
    for (const x of olds) rowOfOld.set(x, r);
  });
  // Deleted articles, each after the row of the old article before it.
  oldUnits.forEach((o, i) => {
    if (oldPartner.has(i)) return;
    const r = row('deleted', [o], []);
    let k = i - 1;
    while (k >= 0 && !rowOfOld.has(k)) k--;
    const at = k < 0 ? 0 : rows.indexOf(rowOfOld.get(k)!) + 1;
    let place = at;
    while (place < rows.length && rows[place]!.kind === 'deleted') place++;
    rows.splice(place, 0, r);
    rowOfOld.set(i, r);
  });

  const counts: CompareCounts = { added: 0, deleted: 0, modified: 0, unchanged: 0 };
  for (const r of rows) {
    if (r.kind === 'added') counts.added++;
    else if (r.kind === 'deleted') counts.deleted++;
    else if (r.kind === 'unchanged') counts.unchanged++;
    else counts.modified++;
  }
  return { rows, counts };
}

function row(kind: RowKind, old: CompareUnit[], next: CompareUnit[], moved = false): CompareRow {
  const join = (units: CompareUnit[]) => units.map((u) => u.text).join('\n');
  const pieces: DiffPiece[] = kind === 'unchanged' ? [{ op: 'same', text: join(next) }] : diffText(join(old), join(next));
  const renumbered = old.length > 0 && next.length > 0 && old[0]!.number !== next[0]!.number;
  return { kind, old, new: next, pieces, renumbered, moved };
}

/** 第十二条, or 第十二条、第十三条 for several. */
export function unitLabels(units: CompareUnit[]): string {
  return units.map((u) => u.label).join('、');
}
