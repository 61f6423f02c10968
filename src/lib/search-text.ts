/**
 * How text is cut into search words, the same way when the index is built and when a reader
 * searches. Pagefind matches whole words (by prefix), and a Chinese word segmenter cuts 家委会
 * or 第十一条 differently from how a reader types them. So every Chinese character, digit and
 * letter is indexed as a word of its own, and each term of a query is searched as the exact
 * phrase of its characters: every string a reader can find with Ctrl+F is found, and only where it occurs.
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

/**
 * Word positions held by a page's title in the index. The index copy of each page follows its
 * title (the first h1) with this many gap words, so its text starts at or after this position,
 * and a query found at a lower position is in the title: ranking knows that from Pagefind's
 * search result alone, without the page's fragment.
 */
export const TITLE_SLOT = 256;

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

/** Elements whose id Pagefind keeps with their text: headings (articles, sections) and glossary terms. */
const TITLED_TAG = /^<(h[1-6]|dt)\b/i;
/** Elements of the text whose id is a link target (paragraphs, items, steps): kept as an empty marker. */
const MARKED_TAG = /^<(p|li|dd|td|th|div|section|blockquote)\b[^>]*\sid="([^"]*)"/i;

/**
 * spaceOut applied to the text of an HTML page: not to tags, attributes, scripts, styles or
 * values; a gap (¶) wherever a block starts or ends between two pieces of text; the title slot
 * after the first h1 of the indexed body.
 *
 * Pagefind keeps the text of every element with an id a second time, as the anchor's text. Headings
 * and glossary terms keep their ids (their text is the title of a hit); a paragraph, item or step
 * gets its id on an empty element at its start instead, so that a hit can link to it without its
 * text being stored twice.
 */
export function spaceOutHtml(html: string): string {
  let out = '';
  let block = false;
  let valueTag = false;
  let inBody = false;
  let titleWords = -1;
  for (const [part, skipped, tag, text] of html.matchAll(
    /(<(?:script|style)\b[\s\S]*?<\/(?:script|style)>|<!--[\s\S]*?-->)|(<[^>]*>)|([^<]+)/gi,
  )) {
    if (skipped) out += part;
    else if (tag) {
      const marked = MARKED_TAG.exec(tag);
      if (/\sdata-pagefind-body\b/.test(tag)) {
        // One weight for every word: Pagefind stores a word's positions grouped by weight (headings
        // weigh more), and its exact search reports the first in that order. With one weight, that
        // is the first occurrence on the page, which ranking needs (see TITLE_SLOT).
        out += tag.replace(/\sdata-pagefind-body\b/, ' data-pagefind-body data-pagefind-weight="1"');
        inBody = true;
      } else if (TITLED_TAG.test(tag)) out += tag;
      else if (marked) out += `${tag.replace(/\sid="[^"]*"/, '')}<i id="${marked[2]}"></i>`;
      else out += tag.replace(/\sid="[^"]*"/, '');
      if (BLOCK_TAG.test(tag)) block = true;
      valueTag = VALUE_TAG.test(tag);
      if (inBody && titleWords === -1 && /^<h1\b/i.test(tag)) titleWords = 0;
      if (titleWords >= 0 && /^<\/h1>/i.test(tag)) {
        if (titleWords >= TITLE_SLOT / 2) throw new Error(`A page title is too long for the search index: ${titleWords} words`);
        out += ` ${new Array<string>(TITLE_SLOT).fill(GAP).join(' ')} `;
        titleWords = -2;
      }
    } else if (text) {
      const words = spaceOut(text);
      out += valueTag ? text : ` ${block ? `${GAP} ` : ''}${words} `;
      if (titleWords >= 0 && !valueTag) titleWords += words.split(' ').length + 1;
      block = false;
    }
  }
  // Without its title slot, a page's text would be taken for its title.
  if (inBody && titleWords !== -2) throw new Error('A page in the search index has no h1 title in its data-pagefind-body');
  return out;
}

// The rest of this module also runs in the search page, in old WebViews (WeChat's among them): no
// look-behind in regular expressions, no replaceAll or Array.prototype.at.

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

/** Quotation marks a reader may put around a phrase, opening → closing. */
const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' };
/** Sentence punctuation at either end of a term, which a reader does not mean to search for. */
const EDGE_PUNCTUATION = /^[，。？！、；：,.?!;:]+|[，。？！、；：,.?!;:]+$/g;

/** A piece of a query: quoted text (one phrase) or what lies between quotes. */
interface Part {
  text: string;
  quoted: boolean;
}

/** Split a query at its quotation marks; an unmatched quotation mark is left out. */
function queryParts(query: string): Part[] {
  const parts: Part[] = [];
  const text = foldWidth(query);
  let i = 0;
  while (i < text.length) {
    const close = QUOTES[text[i]!];
    const end = close ? text.indexOf(close, i + 1) : -1;
    if (close && end > i) {
      parts.push({
        text: text
          .slice(i + 1, end)
          .replace(/\s+/g, ' ')
          .trim(),
        quoted: true,
      });
      i = end + 1;
    } else {
      const next = text.slice(i + 1).search(/[\s"“「『]/);
      const stop = next === -1 ? text.length : i + 1 + next;
      parts.push({ text: text.slice(i, stop).replace(/["“”「」『』]/g, ' '), quoted: false });
      i = stop;
    }
  }
  return parts;
}

/** Terms without sentence punctuation at their ends, each once, those without a letter or digit left out. */
function keep(terms: string[]): string[] {
  const kept: string[] = [];
  for (const term of terms.map((t) => t.replace(EDGE_PUNCTUATION, ''))) {
    if ([...term].some((c) => WORD_CHAR.test(c)) && kept.indexOf(term) === -1) kept.push(term);
  }
  return kept;
}

/**
 * What the reader searched for: the terms, split at white space (half- or full-width), each
 * searched on its own; quoted text is one term, spaces and all. Sentence punctuation at the ends
 * of a term and terms without a letter or digit are dropped, and a term typed twice counts once.
 *   '家长　投诉' → ['家长', '投诉'];  '"家长 委员会" 选举' → ['家长 委员会', '选举']
 */
export function parseQuery(query: string): string[] {
  return keep(queryParts(query).flatMap((p) => (p.quoted ? [p.text] : p.text.split(/\s+/))));
}

/**
 * Words that make a query a question, or say who asks, and not what about: parents type
 * "补助怎么申请" or "孩子能住校吗", and the documents do not contain the question. Longest first.
 */
export const QUESTION_WORDS = [
  '什么时候',
  '多长时间',
  '可不可以',
  '怎么办理',
  '怎么办',
  '怎么样',
  '为什么',
  '什么样',
  '啥时候',
  '能不能',
  '是不是',
  '有没有',
  '要不要',
  '会不会',
  '多少钱',
  '怎么',
  '怎样',
  '如何',
  '为啥',
  '什么',
  '哪里',
  '哪儿',
  '哪些',
  '哪个',
  '在哪',
  '到哪',
  '去哪',
  '几点',
  '几天',
  '多少',
  '多久',
  '是否',
  '能否',
  '可否',
  '请问',
  '行不行',
  '正常吗',
  '合理吗',
  '行吗',
  '对吗',
  '可以',
  '一个',
  '我们',
  '我家',
  '我的',
  '一下',
  '吗',
  '呢',
  '吧',
  '呀',
  '啊',
  '？',
  '?',
];
const QUESTION = new RegExp(QUESTION_WORDS.join('|').replace(/\?/g, '\\?'), 'g');

/**
 * The terms of a query read as a question: as parseQuery, and outside quotation marks the question
 * words are taken out (the text splits where they were) with the single characters they leave
 * ("去哪报名" → ['报名']). `question` says whether anything was taken out; a query of question words
 * alone is searched as typed.
 *   '补助怎么申请？' → { terms: ['补助', '申请'], question: true }
 */
export function questionTerms(query: string): { terms: string[]; question: boolean } {
  const plain = parseQuery(query);
  const pieces: string[] = [];
  let question = false;
  for (const part of queryParts(query)) {
    if (part.quoted) {
      pieces.push(part.text);
      continue;
    }
    for (const word of part.text.split(/\s+/)) {
      const left = word.split(QUESTION);
      if (left.length === 1) pieces.push(word);
      else {
        question = true;
        pieces.push(...left.filter((w) => [...w.replace(EDGE_PUNCTUATION, '')].length > 1));
      }
    }
  }
  const terms = keep(pieces);
  return question && terms.length > 0 ? { terms, question } : { terms: plain, question: false };
}

/** Whether a query holds a phrase in quotation marks, which is searched as typed and never cut. */
export function hasQuotes(query: string): boolean {
  return queryParts(query).some((p) => p.quoted);
}

/**
 * The places where a term may be cut into words: the word boundaries of the browser's Chinese
 * word segmenter (Intl.Segmenter), or between every two characters where there is none.
 *   '孩子送教上门' → ['孩子', '送', '教', '上门'] (as the segmenter cuts it)
 */
export function segmentWords(term: string): string[] {
  const Segmenter = (
    Intl as { Segmenter?: new (l: string, o: { granularity: 'word' }) => { segment(t: string): Iterable<{ segment: string }> } }
  ).Segmenter;
  const words = Segmenter ? [...new Segmenter('zh', { granularity: 'word' }).segment(term)].map((s) => s.segment) : [...term];
  return words.filter((w) => [...w].some((c) => WORD_CHAR.test(c)));
}

/** Groups of words that mean the same (content/synonyms.yaml and the glossary's aliases). */
export type Synonyms = string[][];

/** The characters that separate words (|) and groups (;) where the search page carries the synonyms: no word may hold them. */
export const SYNONYM_SEPARATORS = /[|;]/;

/** The synonyms as one line for the search page's markup: 补助|补贴;家委会|家长委员会. */
export function encodeSynonyms(synonyms: Synonyms): string {
  return synonyms.map((group) => group.join('|')).join(';');
}

/** The synonyms back from encodeSynonyms' line. */
export function decodeSynonyms(line: string): Synonyms {
  return line
    .split(';')
    .filter(Boolean)
    .map((group) => group.split('|'));
}

/** At most this many forms of one term are searched. */
const MAX_FORMS = 8;

/**
 * The forms that count as a term: the term itself, then the term with a word of a synonym group
 * in it replaced by each other word of the group. The longest words are taken first, across all
 * groups, and a word inside one already taken is not: 打孩子 is the school's word for 体罚, and the
 * 孩子 in it is not replaced by 学生 (打学生 would find "请打学生发展部电话").
 *   widen('补贴标准', [['补贴', '补助']]) → ['补贴标准', '补助标准']
 */
export function widen(term: string, synonyms: Synonyms): string[] {
  const forms = [term];
  const form = matchForm(term);
  const words = synonyms.flatMap((group) => group.map((word) => ({ word, group }))).sort((x, y) => y.word.length - x.word.length);
  const covered: Array<[number, number]> = [];
  for (const { word, group } of words) {
    const at = form.indexOf(matchForm(word));
    if (at === -1 || covered.some(([from, to]) => at < to && at + word.length > from)) continue;
    covered.push([at, at + word.length]);
    for (const other of group) {
      const next = term.slice(0, at) + other + term.slice(at + word.length);
      if (other !== word && forms.indexOf(next) === -1 && forms.length < MAX_FORMS) forms.push(next);
    }
  }
  return forms;
}

/**
 * The runs of letters and digits in a term, lower case: what Pagefind can search for (it drops
 * punctuation from a query). A term with one run is found exactly by its phrase; a term with
 * punctuation or a space inside has several, and a page that has them all must be checked.
 */
export function termRuns(term: string): string[] {
  return [...foldWidth(term).toLowerCase()]
    .map((c) => (WORD_CHAR.test(c) ? c : ' '))
    .join('')
    .split(' ')
    .filter(Boolean);
}

/** The Pagefind query for a run of letters: the exact phrase of its characters, "家 委 会". */
export function phraseQuery(run: string): string {
  return `"${[...run].join(' ')}"`;
}

/** Text in the form "does it contain the query?" compares: width folded, lower case, white space as one space. */
export function matchForm(text: string): string {
  return foldWidth(text).replace(/\s+/g, ' ').toLowerCase();
}

/** Whether a text contains every term, literally (as Ctrl+F would find it). */
export function containsAll(text: string, terms: string[]): boolean {
  const form = matchForm(text);
  return terms.length > 0 && terms.every((term) => form.indexOf(matchForm(term)) !== -1);
}
