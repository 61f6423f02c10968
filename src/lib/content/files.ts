/**
 * Which files content/ holds and how they are named. read.ts reads exactly the files laid out here;
 * every other file is reported with the name or place it should have (nothing is ignored without a
 * word), and every file that is read must have a name that can be part of an address: lower-case
 * ASCII letters, digits and hyphens.
 */
import { posix } from 'node:path';
import { distance } from './messages.ts';

/** The folders of MDX files, and what one file in each is. */
export const mdxFolders = {
  documents: '规章制度文件',
  powers: '小微权力事项',
  pages: '网站页面',
} as const;
export type MdxFolder = keyof typeof mdxFolders;

/** The YAML files, by where they are in content/. */
export const yamlFiles = ['settings.yaml', 'glossary.yaml', 'synonyms.yaml', 'org/bodies.yaml', 'org/departments.yaml', 'org/roles.yaml', 'org/matters.yaml'] as const;

/** The folder of attachments, and the kinds of file it may hold. */
export const ATTACHMENTS = 'attachments';
export const attachmentExtensions = ['pdf', 'docx', 'doc', 'xlsx', 'xls'] as const;

/** A name that can be part of an address. */
export const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Files nobody wrote on purpose, left by the operating system or an office program: not the authors' concern. */
export function isIgnored(name: string): boolean {
  return name.startsWith('.') || name === 'README.md' || /^(thumbs\.db|desktop\.ini)$/i.test(name) || name.startsWith('~$');
}

/** The folder of documents' earlier texts: documents/versions/<document id>/<effective date>.mdx. */
export const VERSIONS = 'documents/versions';

/** Whether `path` (relative to content/, with /) is a file the build reads. */
export function isReadFile(path: string): boolean {
  if (path.startsWith(`${VERSIONS}/`)) return /^[^/]+\/[^/]+\.mdx$/.test(path.slice(VERSIONS.length + 1));
  const [dir, name, ...rest] = path.split('/');
  if (rest.length > 0) return false;
  if (name === undefined) return (yamlFiles as readonly string[]).includes(dir!);
  if (dir === ATTACHMENTS) return true;
  if (dir! in mdxFolders) return name.endsWith('.mdx');
  return (yamlFiles as readonly string[]).includes(path);
}

/** 食堂 管理_Rules.MDX → rules (what is left of a name once it is made lower-case ASCII with hyphens). */
function asciiName(stem: string): string {
  return stem
    .toLowerCase()
    .replace(/[\s_.]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A good name for a file whose name is not lower-case ASCII: its ASCII part made lower-case with hyphens
 * (Rules_Canteen → rules-canteen); a Chinese name has none, so a neutral one (`fallback`-1, -2 …) not
 * already taken.
 */
export function proposeName(stem: string, fallback: string, taken: ReadonlySet<string>): string {
  const ascii = asciiName(stem);
  if (ascii && NAME.test(ascii) && !taken.has(ascii)) return ascii;
  const base = ascii && NAME.test(ascii) ? ascii : fallback;
  for (let n = 1; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

// Edit distance (messages.ts), for names that are nearly right (setting.yaml).
const closest = (value: string, known: readonly string[]) =>
  known.map((k) => ({ k, d: distance(value.toLowerCase(), k) })).sort((a, b) => a.d - b.d)[0];

/** What a file the build does not read should be: its message (in words for authors), given the names in use. */
export function unreadFileMessage(path: string, taken: ReadonlySet<string>): string {
  const parts = path.split('/');
  const name = parts.at(-1)!;
  const dir = parts.length > 1 ? parts[0]! : '';
  const lower = name.toLowerCase();
  const ext = /\.([a-z0-9]+)$/.exec(lower)?.[1] ?? '';
  // The name without any extensions (charter.mdx.txt → charter).
  const stem = name.replace(/(\.[A-Za-z0-9]+)+$/, '') || name;
  const good = (fallback: string) => proposeName(stem, fallback, taken);
  const notRead = `这个文件不会被读取，网站上不会有它。`;

  if (/\.(bak|tmp|orig)$|~$/i.test(name)) return `${notRead}它像是备份或临时文件：请把它移出 content 文件夹，或者删掉。`;

  if (/^(jpe?g|png|gif|webp|bmp|heic)$/.test(ext)) {
    return `${notRead}正文里不能插入图片文件。要给家长看的表格或通知，请另存为 PDF 或 Word，放进 content/attachments/，用 <Attachment> 附上。`;
  }
  if ((attachmentExtensions as readonly string[]).includes(ext) || /^(wps|et|ppt|pptx|zip|rar)$/.test(ext)) {
    if (dir === ATTACHMENTS && parts.length === 2) {
      return `${notRead}附件只能是 PDF、Word（.docx、.doc）或 Excel（.xlsx、.xls）文件。请另存为其中一种。`;
    }
    return `${notRead}附件要放在 content/attachments/ 文件夹里：请把它移到 content/attachments/${good('attachment')}.${ext}，再用 <Attachment> 附到文件或事项上。`;
  }

  // An MDX file (or one meant to be), in or out of its folder.
  const mdxLike = /\.(mdx|md|markdown)(\.txt)?$|\.txt$/i.test(name);
  const folder: MdxFolder | undefined =
    dir in mdxFolders && parts.length === 2
      ? (dir as MdxFolder)
      : mdxLike || ext === 'mdx'
        ? /^[a-z]{2}-\d{2}/i.test(stem)
          ? 'powers'
          : 'documents'
        : undefined;

  if (folder && dir === folder && parts.length === 2) {
    const fixed = `${good(folder === 'documents' ? 'document' : folder === 'powers' ? 'power' : 'page')}.mdx`;
    if (/\.mdx\.txt$/i.test(name)) return `${notRead}文件名末尾多了“.txt”（Windows 可能隐藏了它）。请改名为 ${fixed}。`;
    if (lower.endsWith('.mdx')) return `${notRead}扩展名要用小写的 .mdx。请改名为 ${fixed}。`;
    if (folder === 'powers' && /^ya?ml$/.test(ext)) {
      return `${notRead}小微权力事项要写成 .mdx 文件：请改名为 ${fixed}，并在文件的第一行前面和最后一行后面各加一行 ---。`;
    }
    return `${notRead}${mdxFolders[folder]}要保存为 .mdx 文件。请改名为 ${fixed}（内容的写法见 content/README.md）。`;
  }
  if (folder) {
    return `${notRead}${mdxFolders[folder]}要直接放在 content/${folder}/ 文件夹里：请把它移到 content/${folder}/${good(folder === 'powers' ? 'power' : 'document')}.mdx。`;
  }

  if (/^ya?ml$/.test(ext)) {
    const expected = yamlFiles.filter((f) => posix.dirname(f) === (dir || '.'));
    const names = expected.map((f) => posix.basename(f, '.yaml'));
    const best = closest(stem, names);
    if (best && best.d <= Math.max(2, Math.floor(stem.length / 3))) {
      return `${notRead}是不是想写 ${expected[names.indexOf(best.k)]}？请改名为 ${posix.basename(expected[names.indexOf(best.k)]!)}。`;
    }
    const where = dir === '' ? 'content/' : `content/${dir}/`;
    const allowed = expected.length ? expected.map((f) => posix.basename(f)).join('、') : '（没有）';
    return `${notRead}${where} 里只读这几个文件：${allowed}。要写的内容请放进其中的文件，写法见 content/README.md。`;
  }

  if (parts.length > 2 && parts[0]! in mdxFolders) {
    return `${notRead}content/${parts[0]}/ 下面不能再分文件夹：请把它移到 content/${parts[0]}/ 里。`;
  }
  const folders = [...Object.keys(mdxFolders), ATTACHMENTS, 'org'];
  const best = parts.length > 1 ? closest(parts[0]!, folders) : undefined;
  if (best && best.d <= 2 && best.k !== parts[0]) return `${notRead}文件夹“${parts[0]}”是不是想写“${best.k}”？请改正文件夹的名称。`;
  return `${notRead}content 文件夹里只放网站的内容（见 content/README.md 的“文件在哪里”）。请把它移走或删掉。`;
}

/**
 * The id an MDX file that is not read was meant to have (guide.MDX, documents/2024/guide.mdx → guide;
 * powers/hq-02.yaml → hq-02): references to it are not reported again.
 */
export function intendedId(path: string): string | undefined {
  const name = path.split('/').at(-1)!;
  const yamlItem = path.startsWith('powers/') && /\.ya?ml$/i.test(name);
  if (!yamlItem && !/\.(mdx|md|markdown)(\.txt)?$/i.test(name)) return undefined;
  const id = asciiName(name.replace(/(\.[A-Za-z0-9]+)+$/, ''));
  return NAME.test(id) ? id : undefined;
}

/** The message when a file that is read has a name that cannot be part of an address, or undefined. */
export function fileNameMessage(path: string, fallback: string, taken: ReadonlySet<string>): string | undefined {
  const name = posix.basename(path);
  const ext = posix.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  if (NAME.test(stem)) return undefined;
  return `文件名“${name}”只能用英文小写字母、数字和连字符（它会成为网址的一部分）。请改名为 ${proposeName(stem, fallback, taken)}${ext}。`;
}
