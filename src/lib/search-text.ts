/**
 * How text is cut into search words, the same way when the index is built and when a reader
 * searches. Pagefind matches whole words (by prefix), and a Chinese word segmenter cuts 家委会
 * or 第十一条 differently from how a reader types them. So every Chinese character, digit and
 * letter is indexed as a word of its own, and a query is searched as the exact phrase of its
 * characters: every string a reader can find with Ctrl+F is found, and only where it occurs.
 *
 * Punctuation and the original white space are indexed as words too (white space as ¶), so a
 * phrase never runs across them: 条　学 does not match 条学, as it would not with Ctrl+F.
 */

/** A character that is a search word on its own: Han characters, letters and digits. */
const WORD_CHAR = /^[\p{Script=Han}\p{L}\p{N}]$/u;
/** A unit of text: an HTML entity (kept whole), a run of white space, or one character. */
const UNIT = /&#?[a-zA-Z0-9]+;|\s+|./gsu;
/** Stands for white space in the indexed text. */
export const GAP = '¶';

/** Full-width digits and Latin letters (as typed with a Chinese input method) as ASCII. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Every character a word of its own, white space as ¶.
 *   "第十二条　学校（一）" → "第 十 二 条 ¶ 学 校 （ 一 ）"
 */
export function spaceOut(text: string): string {
  const words: string[] = [];
  for (const [unit] of foldWidth(text).matchAll(UNIT)) words.push(/^\s/.test(unit) ? GAP : unit);
  return words.join(' ');
}

/** A tag whose text Pagefind reads as a value (a filter, a sort key, metadata): left as written. */
const VALUE_TAG = /data-pagefind-(filter|meta|sort)/;

/** Tags that start or end a block of text: a phrase never runs across them. */
const BLOCK_TAG =
  /^<\/?(address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|td|th|tr|ul)\b/i;

/**
 * spaceOut applied to the text of an HTML page: not to tags, attributes, scripts, styles or
 * values; a gap (¶) wherever a block starts or ends between two pieces of text. Only headings
 * keep their ids.
 */
export function spaceOutHtml(html: string): string {
  let out = '';
  let block = false;
  let valueTag = false;
  for (const [part, skipped, tag, text] of html.matchAll(
    /(<(?:script|style)\b[\s\S]*?<\/(?:script|style)>|<!--[\s\S]*?-->)|(<[^>]*>)|([^<]+)/gi,
  )) {
    if (skipped) out += part;
    else if (tag) {
      // Pagefind keeps the text of every element with an id a second time, for sub-results: keep the
      // ids of headings only (articles, sections), which is where results link, and halve the fragments.
      out += /^<h[1-6]\b/i.test(tag) ? tag : tag.replace(/\sid="[^"]*"/, '');
      if (BLOCK_TAG.test(tag)) block = true;
      valueTag = VALUE_TAG.test(tag);
    } else if (text) {
      out += valueTag ? text : ` ${block ? `${GAP} ` : ''}${spaceOut(text)} `;
      block = false;
    }
  }
  return out;
}

// This module also runs in the search page, in old WebViews (WeChat's among them): no look-behind
// in regular expressions, no replaceAll or Array.prototype.at.

/**
 * Undo spaceOut, for showing and checking what Pagefind returns (content, excerpts, titles):
 * Pagefind ends each block with a full stop attached to its last word; that becomes a gap.
 */
export function compact(text: string): string {
  return text
    .replace(/(\S)\.(?= |$)/g, `$1${GAP}`)
    .replace(/ /g, '')
    .replace(/¶/g, ' ')
    .replace(/<\/mark><mark>/g, '');
}

/** What the reader searched for: the terms, split at white space, without quotes and punctuation-only terms. */
export function queryTerms(query: string): string[] {
  return foldWidth(query)
    .replace(/["“”「」『』]/g, ' ')
    .split(/\s+/)
    .filter((term) => [...term].some((c) => WORD_CHAR.test(c)));
}

/** The Pagefind query: the letters of each term as exact phrases (split where a term has punctuation). */
export function pagefindQuery(terms: string[]): string {
  const runs = terms.flatMap((term) =>
    [...term]
      .map((c) => (WORD_CHAR.test(c) ? c : ' '))
      .join('')
      .split(' '),
  );
  return runs
    .filter(Boolean)
    .map((run) => `"${[...run].join(' ')}"`)
    .join(' ');
}

/** Text in the form "does it contain the query?" compares: width folded, lower case, white space as one space. */
export function matchForm(text: string): string {
  return foldWidth(text).replace(/\s+/g, ' ').toLowerCase();
}

/** Whether a text contains every term, literally (as Ctrl+F would find it). */
export function containsAll(text: string, terms: string[]): boolean {
  const form = matchForm(text);
  return terms.length > 0 && terms.every((term) => form.includes(matchForm(term)));
}
