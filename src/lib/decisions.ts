/**
 * The decision matrix: for each matter, the part each governance body plays, with the article
 * that says so. Matters are grouped by category (the four “三重一大” categories first); the
 * columns are the bodies that actually occur; departments and individual posts share one
 * further column, so the table stays narrow enough to read.
 */
import { matterCategories, matterRoles, type MatterData } from '../schemas/matter.ts';
import { articleRefHref, type PagePlans } from './links.ts';

/** A matter role, e.g. 决定. */
export type MatterRole = (typeof matterRoles)[number];
/** A matter category, e.g. 重大决策. */
export type MatterCategory = (typeof matterCategories)[number];

/** The categories that make up “三重一大”. */
export const threeImportant: readonly MatterCategory[] = matterCategories.slice(0, 4);

/** A role played in a matter, linked to the article that says so. */
export interface DecisionLink {
  role: MatterRole;
  /** Where the article is: the one URL builder, src/lib/links.ts. */
  href: string;
  /** The cited document's full and short titles. */
  docTitle: string;
  docShortTitle: string;
  /** The article as written, e.g. 第十七条. */
  article: string;
}

/** Everything one body, department or post does in a matter. */
export interface DecisionEntry {
  actor: string;
  links: DecisionLink[];
}

/** One matter: its entries by column (empty list = no part), and those of departments and posts. */
export interface DecisionRow {
  id: string;
  name: string;
  /** One list per column of the matrix, in column order. */
  cells: DecisionLink[][];
  /** Departments and posts, in the order they first appear in the matter. */
  others: DecisionEntry[];
  /** Every entry: the columns' (non-empty) first, then the others; the per-matter list view. */
  entries: DecisionEntry[];
}

/** The matters of one category. */
export interface DecisionGroup {
  category: MatterCategory;
  /** One of the four “三重一大” categories. */
  threeImportant: boolean;
  rows: DecisionRow[];
}

/** The whole matrix. */
export interface DecisionMatrix {
  /** Body ids, one column each, in the order the bodies are listed in content/org/bodies.yaml. */
  columns: string[];
  /** Some matter gives a part to a department or a post (a further column is needed). */
  hasOthers: boolean;
  groups: DecisionGroup[];
}

/** What the matrix needs to know about a cited document. */
export interface CitedDoc {
  title: string;
  shortTitle: string;
}

/**
 * Build the matrix. `bodyIds` lists every body in display order; `docOf` returns a published
 * document (the content checker guarantees every cited one is published where the matter is);
 * `plans` sends each article link to the page that holds it.
 */
export function decisionMatrix(
  matters: MatterData[],
  bodyIds: string[],
  docOf: (id: string) => CitedDoc | undefined,
  plans: PagePlans,
): DecisionMatrix {
  const used = new Set(matters.flatMap((m) => m.roles.map((r) => r.by)));
  const columns = bodyIds.filter((id) => used.has(id));
  const isColumn = new Set(columns);

  const link = (r: MatterData['roles'][number], matter: string): DecisionLink => {
    const doc = docOf(r.basis.doc);
    if (!doc) throw new Error(`matter ${matter}: basis ${r.basis.doc} ${r.basis.article} is not published`);
    return {
      role: r.role,
      href: articleRefHref(plans, r.basis),
      docTitle: doc.title,
      docShortTitle: doc.shortTitle,
      article: r.basis.article,
    };
  };

  const row = (m: MatterData): DecisionRow => {
    const byActor = new Map<string, DecisionLink[]>();
    for (const r of m.roles) byActor.set(r.by, [...(byActor.get(r.by) ?? []), link(r, m.id)]);
    for (const links of byActor.values()) links.sort((a, b) => matterRoles.indexOf(a.role) - matterRoles.indexOf(b.role));
    const cells = columns.map((c) => byActor.get(c) ?? []);
    const others = [...byActor].filter(([actor]) => !isColumn.has(actor)).map(([actor, links]) => ({ actor, links }));
    const entries = [...columns.flatMap((actor, i) => (cells[i]!.length > 0 ? [{ actor, links: cells[i]! }] : [])), ...others];
    return { id: m.id, name: m.name, cells, others, entries };
  };

  const groups = matterCategories
    .map((category) => ({
      category,
      threeImportant: threeImportant.includes(category),
      rows: matters.filter((m) => m.category === category).map(row),
    }))
    .filter((g) => g.rows.length > 0);
  return { columns, hasOthers: groups.some((g) => g.rows.some((r) => r.others.length > 0)), groups };
}

/** One matter a body takes part in, with the article that gives it that part. */
export interface BodyMatter {
  id: string;
  name: string;
  link: DecisionLink;
}

/** The matters of one body, by the part it plays (提出, 研究, 决定 …, in the order of the process). */
export interface BodyView {
  actor: string;
  parts: Array<{ role: MatterRole; matters: BodyMatter[] }>;
}

/** The matrix read by column: for each body, what it proposes, studies, decides … (the filter by body). */
export function mattersByBody(matrix: DecisionMatrix): BodyView[] {
  return matrix.columns.map((actor, column) => {
    const byRole = new Map<MatterRole, BodyMatter[]>();
    for (const row of matrix.groups.flatMap((g) => g.rows)) {
      for (const link of row.cells[column]!)
        byRole.set(link.role, [...(byRole.get(link.role) ?? []), { id: row.id, name: row.name, link }]);
    }
    const parts = matterRoles.filter((role) => byRole.has(role)).map((role) => ({ role, matters: byRole.get(role)! }));
    return { actor, parts };
  });
}
