/**
 * The texts of a document over time. A document's current text is content/documents/<id>.mdx; each
 * earlier text it replaced is a version, content/documents/versions/<id>/<effective date>.mdx, kept
 * whole with the facts it had (文号, dates, adopting body, history). A version is made when a new
 * text replaces the old one: a 修订, or a 修正 after which the whole text is published again under a
 * new 文号. A 修正 by decision that keeps the 文号 is a line in the current text's history, not a
 * version. Pure: dates and ids in, the timeline out.
 */

/** The key of a text in the content model: the document id for the current text, id@date for a version. */
export function versionKey(docId: string, date: string): string {
  return `${docId}@${date}`;
}

/** The document id and effective date of a version key; undefined for a document id. */
export function parseVersionKey(key: string): { docId: string; date: string } | undefined {
  const m = /^([a-z0-9-]+)@(\d{4}-\d{2}-\d{2})$/.exec(key);
  return m ? { docId: m[1]!, date: m[2]! } : undefined;
}

/** The day before an ISO date: the last day a text was in force before the next took effect. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** What the timeline needs of each text. */
export interface TextFacts {
  effective: string;
  published: string;
  docNumber?: string;
}

/** One text of a document on its timeline. */
export interface TimelineEntry<T> {
  text: T;
  /** Its first day in force (its effective date). */
  from: string;
  /** Its last day in force: the day before the next text took effect; absent for the current text. */
  to?: string;
  /** The current text (at the document's plain address). */
  current: boolean;
  /** The text it replaced, if any: the pair has a 对照表. */
  previous?: T;
}

/** The texts of a document, oldest first: its versions (any order) and then its current text; `facts` reads a text's dates. */
export function timeline<T>(versions: readonly T[], current: T, facts: (text: T) => TextFacts): TimelineEntry<T>[] {
  const texts = [...versions].sort((a, b) => facts(a).effective.localeCompare(facts(b).effective));
  const all = [...texts, current];
  return all.map((text, i) => ({
    text,
    from: facts(text).effective,
    ...(i < all.length - 1 ? { to: dayBefore(facts(all[i + 1]!).effective) } : {}),
    current: i === all.length - 1,
    ...(i > 0 ? { previous: all[i - 1]! } : {}),
  }));
}
