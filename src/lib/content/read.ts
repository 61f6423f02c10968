/**
 * Read the content folder from disk as plain data, the way the checker sees it: the one module that
 * reads content/. Each text file is decoded first (encoding.ts: UTF-8 only, GBK and UTF-16 told
 * apart), then its YAML is parsed (yaml.ts: dates stay strings, so 2023-02-30 is caught instead of
 * silently becoming 2 March). A file that cannot be read carries the one message that says why, and
 * nothing else in it is checked. Files the build does not read are listed, to be reported.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeContentFile } from './encoding.ts';
import { parseYaml } from './yaml.ts';
import { ATTACHMENTS, isIgnored, isReadFile, VERSIONS, type MdxFolder } from './files.ts';

/** A file read from the content folder. */
export interface RawFile {
  /** Path relative to the repository (content/...). */
  file: string;
  /** Parsed YAML (the frontmatter for .mdx files). */
  data: unknown;
  /** Markdown body of an .mdx file. */
  body?: string;
  /** Line number where the body starts in the file. */
  bodyLine?: number;
  /**
   * Why the file cannot be read (its encoding, its YAML, no frontmatter), each with the line as the
   * author's editor shows it: nothing else in the file is checked.
   */
  unreadable?: Array<{ line?: number; message: string }>;
  /** The line of a field (a dotted path such as steps.2.actor), as the author's editor shows it. */
  lineOf(path: string | ReadonlyArray<PropertyKey>): number | undefined;
  /** The file's lines, to find where a piece of text is written. */
  lines: string[];
}

/** A file under content/attachments/. */
export interface AttachmentFile {
  name: string;
  /** Bytes. */
  size: number;
}

/** Everything under content/, grouped. */
export interface RawContent {
  root: string;
  /** Files under content/attachments/, which documents and power items may attach. */
  attachments: AttachmentFile[];
  /** The site's own pages written in MDX (content/pages/*.mdx): the home page's welcome, list introductions. */
  pages: RawFile[];
  settings?: RawFile;
  bodies?: RawFile;
  departments?: RawFile;
  roles?: RawFile;
  matters?: RawFile;
  glossary?: RawFile;
  /** Words that mean the same in a search (content/synonyms.yaml). */
  synonyms?: RawFile;
  documents: RawFile[];
  /** Earlier texts of documents: content/documents/versions/<document id>/<effective date>.mdx. */
  versions: RawFile[];
  powers: RawFile[];
  /** Files under content/ that the build does not read (paths relative to content/, with /). */
  unread: string[];
}

const noLine = () => undefined;

/** Split an .mdx file into frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter?: string; body: string; bodyLine: number } {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text) ?? /^---[ \t]*\r?\n()---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { body: text, bodyLine: 1 };
  return { frontmatter: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** The text of a file, or the file as unreadable. */
function decode(path: string, file: string): { text: string } | RawFile {
  const decoded = decodeContentFile(readFileSync(path));
  if (decoded.ok) return { text: decoded.text };
  return { file, data: undefined, unreadable: [{ line: decoded.line, message: decoded.message }], lineOf: noLine, lines: [] };
}

/** Parse YAML text; `firstLine` is the line of the file the text starts on. */
function yamlFile(file: string, text: string, firstLine: number, lines: string[]): RawFile {
  const parsed = parseYaml(text, firstLine);
  return {
    file,
    data: parsed.data,
    lineOf: parsed.lineOf,
    lines,
    ...(parsed.mistakes.length > 0 && { unreadable: parsed.mistakes }),
  };
}

function readYamlFile(path: string, base: string): RawFile | undefined {
  if (!existsSync(path)) return undefined;
  const file = relative(base, path);
  const d = decode(path, file);
  if (!('text' in d)) return d;
  return yamlFile(file, d.text, 1, d.text.split('\n'));
}

/** Read the MDX files (frontmatter and body) in `dir`. */
function readMdxFiles(dir: string, base: string): RawFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !isIgnored(name) && statSync(join(dir, name)).isFile())
    .sort()
    .map((name): RawFile => {
      const path = join(dir, name);
      const file = relative(base, path);
      const d = decode(path, file);
      if (!('text' in d)) return d;
      const lines = d.text.split('\n');
      const { frontmatter, body, bodyLine } = splitFrontmatter(d.text);
      if (frontmatter === undefined) {
        const message = /^\s*$/.test(d.text)
          ? '文件是空的。请照 content/README.md 的样子写上文件信息和正文，或者删掉这个文件。'
          : '文件开头缺少用两行 --- 包起来的文件信息。第一行要写 ---，然后是各个项目（title: ……），再写一行 ---，下面才是正文。';
        return { file, data: undefined, body, bodyLine, unreadable: [{ line: 1, message }], lineOf: noLine, lines };
      }
      // The frontmatter starts on line 2, below the first ---.
      return { ...yamlFile(file, frontmatter, 2, lines), body, bodyLine };
    });
}

/** Every file under `dir` the build does not read, relative to `contentDir`. */
function unreadFiles(contentDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (isIgnored(entry.name)) continue;
      const path = join(dir, entry.name);
      const rel = relative(contentDir, path).split(/[\\/]/).join('/');
      if (entry.isDirectory()) walk(path);
      else if (!isReadFile(rel)) out.push(rel);
    }
  };
  if (existsSync(contentDir)) walk(contentDir);
  return out.sort();
}

/** Read content/ at `contentDir`; paths in messages are relative to its parent. */
export function readContent(contentDir: string): RawContent {
  const base = join(contentDir, '..');
  const mdx = (folder: MdxFolder) => readMdxFiles(join(contentDir, folder), base);
  const attachmentsDir = join(contentDir, ATTACHMENTS);
  const versionsDir = join(contentDir, VERSIONS);
  const versions = existsSync(versionsDir)
    ? readdirSync(versionsDir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !isIgnored(e.name))
        .map((e) => e.name)
        .sort()
        .flatMap((name) => readMdxFiles(join(versionsDir, name), base))
    : [];
  return {
    root: contentDir,
    attachments: existsSync(attachmentsDir)
      ? readdirSync(attachmentsDir)
          .filter((name) => !isIgnored(name) && statSync(join(attachmentsDir, name)).isFile())
          .sort()
          .map((name) => ({ name, size: statSync(join(attachmentsDir, name)).size }))
      : [],
    pages: mdx('pages'),
    settings: readYamlFile(join(contentDir, 'settings.yaml'), base),
    bodies: readYamlFile(join(contentDir, 'org', 'bodies.yaml'), base),
    departments: readYamlFile(join(contentDir, 'org', 'departments.yaml'), base),
    roles: readYamlFile(join(contentDir, 'org', 'roles.yaml'), base),
    matters: readYamlFile(join(contentDir, 'org', 'matters.yaml'), base),
    glossary: readYamlFile(join(contentDir, 'glossary.yaml'), base),
    synonyms: readYamlFile(join(contentDir, 'synonyms.yaml'), base),
    documents: mdx('documents'),
    versions,
    powers: mdx('powers'),
    unread: unreadFiles(contentDir),
  };
}

/** The bytes of an attachment (content/attachments/<name>), for publishing it. */
export function readAttachment(contentDir: string, name: string): Buffer {
  return readFileSync(join(contentDir, 'attachments', name));
}
