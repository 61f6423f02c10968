/**
 * The date shown as “本页内容更新于”: the latest of the dates of what a page shows (a document's own
 * dates, the day a power item's file last changed …), never the day of the build. Each page passes the
 * dates of its content; this is the one rule that picks among them.
 */

/** The latest of `dates` (YYYY-MM-DD; missing ones are skipped), or undefined when none is known. */
export function pageDate(dates: Iterable<string | undefined>): string | undefined {
  let latest: string | undefined;
  for (const d of dates) if (d !== undefined && (latest === undefined || d > latest)) latest = d;
  return latest;
}
