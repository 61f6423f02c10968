/**
 * The 修订对照表 page's data, from a comparison (compare.ts): the summary of changes with a link to
 * each, the rows of the table with their ids, labels and the two sides' marked text, and the articles
 * left as they were, in ranges. Pure; the page only renders this.
 */
import type { Comparison, CompareRow, CompareUnit, RowKind } from './compare.ts';
import { sideOf, type MarkedText } from './text-diff.ts';
import { toChineseNumeral } from './numerals.ts';

/** A row of the table. */
export interface CompareRowView {
  /** The row's id, the target of the summary's links: c-12 for new article 12, c-old-5 for deleted article 5. */
  id: string;
  kind: RowKind;
  /** 第八条, 第十二条、第十三条 (split), or the old label for a deleted article. */
  label: string;
  /** The old label(s), when they differ from the new (renumbered, merged): 第五条. */
  was?: string;
  moved: boolean;
  /** The chapter the row stands in (the new text's; the old one's for a deleted article). */
  chapter?: string;
  /** The old article(s) and the new, paragraph by paragraph; empty for an added (old) or deleted (new) article. */
  old: MarkedText[][];
  new: MarkedText[][];
  /** The anchors of the articles on their texts' pages. */
  oldAnchor?: string;
  newAnchor?: string;
}

/** One kind of change in the summary, with the rows it links to. */
export interface SummaryGroup {
  kind: 'modified' | 'added' | 'deleted';
  count: number;
  links: Array<{ id: string; label: string }>;
}

/** The page's data. */
export interface CompareView {
  counts: Comparison['counts'];
  /** Changed articles: modified (with split and merged), added, deleted. */
  changed: number;
  summary: SummaryGroup[];
  /** The rows with a change, in the order of the new text (deleted ones where they stood). */
  rows: CompareRowView[];
  /** The unchanged articles, as numbers in ranges of the new text: 第一条至第七条、第九条. */
  unchanged: string;
  /** Unchanged articles that now have another number: 第十二条（原第十条）. */
  renumbered: string[];
}

const labels = (units: CompareUnit[]) => units.map((u) => u.label).join('、');

/** 1, 2, 3, 5 → 第一条至第三条、第五条. */
export function articleRanges(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const [a, b] = [sorted[i]!, sorted[j]!];
    out.push(a === b ? `第${toChineseNumeral(a)}条` : `第${toChineseNumeral(a)}条至第${toChineseNumeral(b)}条`);
    i = j + 1;
  }
  return out.join('、');
}

function rowView(r: CompareRow): CompareRowView {
  const first = r.new[0] ?? r.old[0]!;
  const id = r.new[0] ? `c-${r.new[0].number}` : `c-old-${r.old[0]!.number}`;
  const was = r.new.length > 0 && r.old.length > 0 && labels(r.old) !== labels(r.new) ? labels(r.old) : undefined;
  return {
    id,
    kind: r.kind,
    label: labels(r.new.length > 0 ? r.new : r.old),
    ...(was ? { was } : {}),
    moved: r.moved,
    ...(first.chapter ? { chapter: first.chapter } : {}),
    old: r.old.length > 0 ? sideOf(r.pieces, 'old') : [],
    new: r.new.length > 0 ? sideOf(r.pieces, 'new') : [],
    ...(r.old[0]?.anchor ? { oldAnchor: r.old[0].anchor } : {}),
    ...(r.new[0]?.anchor ? { newAnchor: r.new[0].anchor } : {}),
  };
}

/** The page's data for a comparison. */
export function compareView(comparison: Comparison): CompareView {
  const changedRows = comparison.rows.filter((r) => r.kind !== 'unchanged');
  const rows = changedRows.map(rowView);
  const group = (kind: SummaryGroup['kind'], kinds: RowKind[]): SummaryGroup => {
    const members = rows.filter((r) => kinds.includes(r.kind));
    return { kind, count: members.length, links: members.map((r) => ({ id: r.id, label: r.label })) };
  };
  const unchangedRows = comparison.rows.filter((r) => r.kind === 'unchanged');
  return {
    counts: comparison.counts,
    changed: changedRows.length,
    summary: [group('modified', ['modified', 'split', 'merged']), group('added', ['added']), group('deleted', ['deleted'])],
    rows,
    unchanged: articleRanges(unchangedRows.map((r) => r.new[0]!.number)),
    renumbered: unchangedRows.filter((r) => r.renumbered).map((r) => `${labels(r.new)}（原${labels(r.old)}）`),
  };
}
