/**
 * Editions of the site and what each publishes. One rule decides visibility
 * everywhere: pages, search index, sitemap, links and diagrams all ask this module.
 */

/** The three builds: public (default), staff, and preview (with drafts). */
export const editions = ['public', 'staff', 'preview'] as const;
export type Edition = (typeof editions)[number];

/** What visibility depends on. */
export interface Visible {
  audience: 'public' | 'staff';
  status: string;
}

/** True when `item` belongs in `edition`. Drafts only in preview; staff-only not in public. */
export function isPublished(item: Visible, edition: Edition): boolean {
  if (item.status === 'draft') return edition === 'preview';
  if (item.audience === 'staff') return edition !== 'public';
  return true;
}

/** The editions an item appears in. */
export function editionsOf(item: Visible): Edition[] {
  return editions.filter((e) => isPublished(item, e));
}

/** True when `target` appears in every edition `source` appears in, so a link can never dangle. */
export function canReference(source: Visible, target: Visible): boolean {
  return editionsOf(source).every((e) => isPublished(target, e));
}

/** Read the edition from an environment value; anything unknown is an error, not a silent public build. */
export function parseEdition(value: string | undefined): Edition {
  if (value === undefined || value === '') return 'public';
  if ((editions as readonly string[]).includes(value)) return value as Edition;
  throw new Error(`SITE_EDITION must be one of ${editions.join(', ')}; got "${value}"`);
}
