/**
 * YAML as authors write it: the organisation files, the glossary, the settings and the frontmatter of
 * every MDX file. Parsed with `yaml` (eemeli/yaml), the project's one YAML parser, because it keeps
 * where each value is written, so a message about a field gives the line the author's editor shows;
 * with the core schema dates stay strings (2024-02-30 is caught, not turned into 1 March). Its errors
 * are told in Chinese, with a fix, for the mistakes authors make: a full-width colon, a tab, a key
 * written twice, no space after the colon, a quote not closed, indentation out of line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Node } from 'yaml';

/** A YAML text, read. */
export interface ParsedYaml {
  /** The data, when the text is valid YAML. */
  data: unknown;
  /** What is wrong with the text as YAML: one message for the first mistake, another for each key written twice. */
  mistakes: Array<{ line: number; message: string }>;
  /** The line of a field (a dotted path such as steps.2.actor): where it is written, or where its nearest written parent is. */
  lineOf(path: string | ReadonlyArray<PropertyKey>): number | undefined;
}

const KEY = String.raw`[A-Za-z_][A-Za-z0-9_-]*`;
const LIST = String.raw`^(\s*(?:-\s+)?)`;
const FULL_WIDTH_COLON = new RegExp(`${LIST}(${KEY})\\s*：\\s*(.*)$`);
const NO_SPACE = new RegExp(`${LIST}(${KEY}):(?=[^\\s/])(.*)$`);
const DASH_NO_SPACE = /^(\s*)-(?=[^\s-])(.*)$/;
const KEY_LINE = new RegExp(`${LIST}(${KEY}|"[^"]*"|'[^']*'|[^\\s:#][^:#]*?)\\s*:(?:\\s|$)`);

/** Parse `text`; `firstLine` is the line of the file it starts on (2 for frontmatter below its ---). */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;

  const lineOf = (path: string | ReadonlyArray<PropertyKey>): number | undefined => {
    const parts = typeof path === 'string' ? (path === '' ? [] : path.split('.')) : path.map(String);
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const part of parts) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === part);
        if (!pair) return line;
        line = isScalar(pair.key) && pair.key.range ? lineAt(pair.key.range[0]) : line;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(part)] as Node | undefined;
        if (!item?.range) return line;
        line = lineAt(item.range[0]);
        node = item;
      } else return line;
    }
    return line;
  };

  if (doc.errors.length === 0) return { data: doc.toJS(), mistakes: [], lineOf };

  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  // Lines inside block texts (summary: >-) are the author's prose, not keys: they are never blamed for a colon.
  const prose = new Set<number>();
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if ((node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) && node.range) {
        const [from, to] = [counter.linePos(node.range[0]).line, counter.linePos(Math.max(node.range[0], node.range[1] - 1)).line];
        for (let l = from + 1; l <= to; l++) prose.add(l);
      }
    },
  });
  const mistakes: ParsedYaml['mistakes'] = [];
  const at = (line: number, message: string) => mistakes.push({ line: line + firstLine - 1, message });
  const first = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  // The parser stops making sense after its first error: that one is told, and each key written twice.
  if (first) {
    const [line, message] = diagnose(first.code, first.message, counter.linePos(first.pos[0]).line, lines, prose);
    at(line, message);
  }

  // A key written twice: both lines, each once.
  for (const e of doc.errors.filter((e) => e.code === 'DUPLICATE_KEY')) {
    const line = counter.linePos(e.pos[0]).line;
    const m = KEY_LINE.exec(lines[line - 1] ?? '');
    if (!m || mistakes.some((x) => x.line === line + firstLine - 1)) continue;
    const [, indent, key] = m;
    const earlier = lines.findIndex((l, i) => i < line - 1 && KEY_LINE.exec(l)?.[1]?.length === indent!.length && KEY_LINE.exec(l)?.[2] === key);
    at(line, `“${key}”写了两次${earlier >= 0 ? `（第${earlier + firstLine}行已经写过）` : ''}。同一项只能写一次，请删掉多余的一行，或把两处合并。`);
  }
  mistakes.sort((a, b) => a.line - b.line);
  return { data: undefined, mistakes, lineOf };
}

/**
 * The first error, in words for authors: [line, message]. The common mistakes are recognised by the
 * line they are on, at or before where the parser gave up (it often notices them a line or two later).
 */
function diagnose(code: string, message: string, errorLine: number, lines: string[], prose: Set<number>): [number, string] {
  const candidates = lines.map((text, i) => ({ text, line: i + 1 })).filter((l) => l.line <= errorLine && !prose.has(l.line));
  const found = (
    [
      [/^\s*\t/, (): string => '这一行开头用了 Tab 键缩进，这里只能用空格。请删掉行首的 Tab，改用空格对齐（每一层两个空格）。'],
      [
        FULL_WIDTH_COLON,
        (m: RegExpExecArray) => `“${m[2]}”后面的冒号是中文冒号“：”。项目名后面要用英文冒号，再空一格，例如：${m[2]}: ${m[3] || '……'}`,
      ],
      [NO_SPACE, (m: RegExpExecArray) => `“${m[2]}:”后面少了一个空格。英文冒号后面要空一格再写内容，例如：${m[2]}: ${m[3]}`],
      [DASH_NO_SPACE, (m: RegExpExecArray) => `列表的每一项以“- ”开头，短横线后面要空一格，例如：- ${m[2]}`],
    ] as Array<[RegExp, (m: RegExpExecArray) => string]>
  )
    .flatMap(([pattern, say]) => {
      const hit = candidates.find((l) => pattern.test(l.text));
      return hit ? [{ line: hit.line, message: say(pattern.exec(hit.text)!) }] : [];
    })
    .sort((a, b) => a.line - b.line)[0];
  return found ? [found.line, found.message] : explain(code, message, errorLine, lines);
}

/** The parser's error `code` at `line` (1-based within the text), in words for authors: [line, message]. */
function explain(code: string, message: string, line: number, lines: string[]): [number, string] {
  const text = lines[line - 1] ?? '';
  if (/quote/.test(message)) {
    // The parser notices a missing closing quote only at the end; the mistake is where the quote opens.
    const open = lines.findIndex((l, i) => i < line && /:\s+(["'])/.test(l) && !closes(l));
    return [
      open >= 0 ? open + 1 : line,
      '引号没有配对：这一项的内容以引号开头，却没有结尾的引号。请在内容末尾补上同样的引号（英文引号），或者把开头的引号删掉。',
    ];
  }
  if (/\]|\}/.test(message) && /flow|Flow/.test(message)) {
    const open = lines.findLastIndex((l, i) => i < line && /\[[^\]]*$|\{[^}]*$/.test(l));
    return [
      open >= 0 ? open + 1 : line,
      '方括号“[”没有配对的“]”。列表写在一行里时，要写成 [甲, 乙] 的样子：英文方括号，中间用英文逗号隔开。',
    ];
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY') {
    const value = /:\s+(.*)$/.exec(text)?.[1] ?? '';
    if (/:\s/.test(value)) {
      return [
        line,
        '这一项的内容里有“英文冒号加空格”，会被当成另一个项目。请把内容里的冒号改成中文冒号“：”，或者把整段内容用英文双引号括起来。',
      ];
    }
    const next = lines.findIndex((l, i) => i >= line && l.trim() !== '' && !l.trim().startsWith('#'));
    return [
      next >= 0 ? next + 1 : line,
      '这一行的缩进比上一行多，但上一行已经写了内容。同一层的项目要对齐（前面的空格一样多）；如果这是上一项内容的一部分，请接在上一行后面。',
    ];
  }
  if (code === 'BAD_INDENT' || /same column|without - indicator/.test(message)) {
    return [line, '这一行的缩进和同一层的其他项目对不齐。同一层的项目前面的空格要一样多（一般每一层两个空格）。'];
  }
  return [line, '这一行的格式有误，无法读懂。请对照 content/README.md 里的样子检查：项目名后面用英文冒号，再空一格；缩进用空格对齐。'];
}

/** Whether a line's quoted value is closed on the same line. */
function closes(line: string): boolean {
  const m = /:\s+(["'])(.*)$/.exec(line);
  if (!m) return true;
  const [, quote, rest] = m;
  return quote === '"' ? /(^|[^\\])"/.test(rest!) : rest!.includes("'");
}
