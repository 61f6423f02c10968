/**
 * Read the content folder from disk as plain data, the way the checker sees it.
 * Dates stay strings (YAML's CORE schema), so 2023-02-30 is caught instead of
 * silently becoming 2 March.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as yaml from 'js-yaml';

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
  /** A YAML syntax error: where (the line as the author's editor shows it) and what, in words for authors. */
  syntaxError?: { line?: number; message: string };
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
  documents: RawFile[];
  /** Earlier texts of documents: content/documents/versions/<document id>/<effective date>.mdx. */
  versions: RawFile[];
  powers: RawFile[];
}

/** Parse YAML; `firstLine` is the line of the file the text starts on. */
function parseYaml(text: string, file: string, firstLine = 1): Pick<RawFile, 'data' | 'syntaxError'> {
  try {
    return { data: yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file }) };
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string };
    return {
      data: undefined,
      syntaxError: { line: e.mark ? e.mark.line + firstLine : undefined, message: `格式有误（${e.reason ?? String(error)}）` },
    };
  }
}

/** Split an .mdx file into frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter?: string; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { body: text, bodyLine: 1 };
  return { frontmatter: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

function readYamlFile(path: string, base: string): RawFile | undefined {
  if (!existsSync(path)) return undefined;
  const file = relative(base, path);
  return { file, ...parseYaml(readFileSync(path, 'utf8'), file) };
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext) && !name.startsWith('_'))
    .sort()
    .map((name) => join(dir, name));
}

/** Read the MDX files (frontmatter and body) in `dir`. */
function readMdxFiles(dir: string, base: string): RawFile[] {
  return listFiles(dir, '.mdx').map((path): RawFile => {
    const file = relative(base, path);
    const { frontmatter, body, bodyLine } = splitFrontmatter(readFileSync(path, 'utf8'));
    if (frontmatter === undefined) {
      return { file, data: undefined, body, bodyLine, syntaxError: { line: 1, message: '开头缺少用两行 --- 包起来的文件信息' } };
    }
    // The frontmatter starts on line 2, below the first ---.
    return { file, ...parseYaml(frontmatter, file, 2), body, bodyLine };
  });
}

/** Read content/ at `contentDir`; paths in messages are relative to its parent. */
export function readContent(contentDir: string): RawContent {
  const base = join(contentDir, '..');
  const documents = readMdxFiles(join(contentDir, 'documents'), base);
  const versionsDir = join(contentDir, 'documents', 'versions');
  const versions = existsSync(versionsDir)
    ? readdirSync(versionsDir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
        .flatMap((name) => readMdxFiles(join(versionsDir, name), base))
    : [];
  const powers = readMdxFiles(join(contentDir, 'powers'), base);
  const attachmentsDir = join(contentDir, 'attachments');
  return {
    root: contentDir,
    attachments: existsSync(attachmentsDir)
      ? readdirSync(attachmentsDir)
          .filter((name) => !name.startsWith('.'))
          .sort()
          .map((name) => ({ name, size: statSync(join(attachmentsDir, name)).size }))
      : [],
    pages: readMdxFiles(join(contentDir, 'pages'), base),
    settings: readYamlFile(join(contentDir, 'settings.yaml'), base),
    bodies: readYamlFile(join(contentDir, 'org', 'bodies.yaml'), base),
    departments: readYamlFile(join(contentDir, 'org', 'departments.yaml'), base),
    roles: readYamlFile(join(contentDir, 'org', 'roles.yaml'), base),
    matters: readYamlFile(join(contentDir, 'org', 'matters.yaml'), base),
    glossary: readYamlFile(join(contentDir, 'glossary.yaml'), base),
    documents,
    versions,
    powers,
  };
}

/** The bytes of an attachment (content/attachments/<name>), for publishing it. */
export function readAttachment(contentDir: string, name: string): Buffer {
  return readFileSync(join(contentDir, 'attachments', name));
}
