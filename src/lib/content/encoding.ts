/**
 * The encoding of a text file in content/, checked before anything else reads it. Only UTF-8 is
 * accepted (a byte-order mark is dropped without a word). Windows Notepad and WPS often save as GBK
 * (GB2312, GB18030) or as “Unicode” (UTF-16); those are recognised, so the author is told what the
 * file is and how to save it again, instead of a list of problems caused by unreadable text.
 */

/** What an author does about any encoding problem: the words on the menus they use. */
export const SAVE_AS_UTF8 = '请用记事本或 WPS 打开它，“另存为”，编码选 UTF-8，保存后再构建。';

/** The text of a file, or why it cannot be read (in words for authors, with the line when one is to blame). */
export type Decoded = { ok: true; text: string } | { ok: false; line?: number; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gbk = new TextDecoder('gbk', { fatal: true });

/** The line (1-based) of byte `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** UTF-16 without a byte-order mark: ASCII characters (field names, ---, digits) leave a NUL beside them. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 2000);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? even++ : odd++);
  return sample.length >= 4 && Math.max(even, odd) >= sample.length / 8;
}

/** Where the bytes stop being UTF-8: the first byte of the first invalid sequence. */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return bytes.length;
}

/**
 * Decode a content file. GBK is told from damaged UTF-8 by how much of the text is valid UTF-8: a
 * Chinese text saved as GBK has almost no valid multi-byte UTF-8 in it, while a UTF-8 file with one
 * bad character (pasted from somewhere) has plenty, and then that character's line is given.
 */
export function decodeContentFile(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom16 || looksLikeUtf16(bytes)) {
    return { ok: false, message: `这个文件是 UTF-16 编码（记事本里叫“Unicode”），网站只认 UTF-8 编码。${SAVE_AS_UTF8}` };
  }
  try {
    const text = utf8.decode(bytes);
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      return { ok: false, line: text.slice(0, nul).split('\n').length, message: '这一行有看不见的空字符（NUL），可能是从别的软件里复制来的。请删掉这一行重新输入。' };
    }
    return { ok: true, text };
  } catch {
    // Not UTF-8: GBK, or UTF-8 with a damaged character.
  }
  const loose = new TextDecoder('utf-8').decode(bytes);
  const damaged = (loose.match(/\uFFFD/g) ?? []).length;
  const valid = (loose.match(/[^\u0000-\u007f\uFFFD]/g) ?? []).length;
  let isGbk = false;
  try {
    gbk.decode(bytes);
    isGbk = damaged >= valid;
  } catch {
    isGbk = false;
  }
  if (isGbk) {
    return { ok: false, message: `这个文件是 GBK 编码（记事本里叫“ANSI”，也叫 GB2312、GB18030），网站只认 UTF-8 编码，否则会显示成乱码。${SAVE_AS_UTF8}` };
  }
  return {
    ok: false,
    line: lineAt(bytes, firstInvalid(bytes)),
    message: `这一行有无法识别的字符：文件不是 UTF-8 编码，或者这里粘贴进了损坏的文字。请重新输入这一行；如果整个文件都是乱码，${SAVE_AS_UTF8}`,
  };
}
