/**
 * An Atom feed (RFC 4287) as text. Every date in it comes from the content, so the same content
 * makes the same feed on any day. Dates are days in China: 2026-11-18 → 2026-11-18T00:00:00+08:00.
 */

/** One entry of the feed. */
export interface FeedEntry {
  /** A permanent, unique IRI. */
  id: string;
  title: string;
  /** Absolute URL of the page the entry is about. */
  link: string;
  /** YYYY-MM-DD. */
  date: string;
  summary?: string;
}

/** The feed. */
export interface Feed {
  /** Absolute URL of the feed itself (its id and rel="self"). */
  self: string;
  /** Absolute URL of the page that lists the same entries. */
  page: string;
  title: string;
  author: string;
  /** YYYY-MM-DD: the date of the latest entry, or of the content when there is none. */
  updated: string;
  entries: FeedEntry[];
}

/** A YYYY-MM-DD day as an Atom date: the start of that day in China. */
export function atomDate(day: string): string {
  return `${day}T00:00:00+08:00`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The feed as XML. */
export function atomFeed(feed: Feed): string {
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${escape(e.id)}</id>`,
      `    <title>${escape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(e.link)}"/>`,
      `    <updated>${atomDate(e.date)}</updated>`,
      ...(e.summary ? [`    <summary>${escape(e.summary)}</summary>`] : []),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escape(feed.self)}</id>`,
    `  <title>${escape(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(feed.page)}"/>`,
    `  <updated>${atomDate(feed.updated)}</updated>`,
    `  <author><name>${escape(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
