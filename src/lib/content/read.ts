/**
 * Read the content folder from disk as plain data, the way the checker sees it.
 * Dates stay strings (YAML's CORE schema), so 2023-02-30 is caught instead of
 * silently becoming 2 March.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
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
  /** A YAML syntax error, already in words for authors. */
  syntaxError?: string;
}

/** Everything under content/, grouped. */
export interface RawContent {
  root: string;
  settings?: RawFile;
  bodies?: RawFile;
  departments?: RawFile;
  roles?: RawFile;
  matters?: RawFile;
  glossary?: RawFile;
  documents: RawFile[];
  powers: RawFile[];
}

function parseYaml(text: string, file: string): Pick<RawFile, 'data' | 'syntaxError'> {
  try {
    return { data: yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file }) };
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string };
    const line = e.mark ? `第${e.mark.line + 1}行` : '';
    return { data: undefined, syntaxError: `${line}格式有误（${e.reason ?? String(error)}）` };
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

/** Read the documents (content/documents/*.mdx) at `contentDir`. */
export function readDocuments(contentDir: string): RawFile[] {
  const base = join(contentDir, '..');
  return listFiles(join(contentDir, 'documents'), '.mdx').map((path): RawFile => {
    const file = relative(base, path);
    const { frontmatter, body, bodyLine } = splitFrontmatter(readFileSync(path, 'utf8'));
    if (frontmatter === undefined) {
      return { file, data: undefined, body, bodyLine, syntaxError: '开头缺少用两行 --- 包起来的文件信息' };
    }
    return { file, ...parseYaml(frontmatter, file), body, bodyLine };
  });
}

/** Read content/ at `contentDir`; paths in messages are relative to its parent. */
export function readContent(contentDir: string): RawContent {
  const base = join(contentDir, '..');
  const documents = readDocuments(contentDir);
  const powers = listFiles(join(contentDir, 'powers'), '.yaml')
    .map((path) => readYamlFile(path, base))
    .filter((f): f is RawFile => f !== undefined);
  return {
    root: contentDir,
    settings: readYamlFile(join(contentDir, 'settings.yaml'), base),
    bodies: readYamlFile(join(contentDir, 'org', 'bodies.yaml'), base),
    departments: readYamlFile(join(contentDir, 'org', 'departments.yaml'), base),
    roles: readYamlFile(join(contentDir, 'org', 'roles.yaml'), base),
    matters: readYamlFile(join(contentDir, 'org', 'matters.yaml'), base),
    glossary: readYamlFile(join(contentDir, 'glossary.yaml'), base),
    documents,
    powers,
  };
}
