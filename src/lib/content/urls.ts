/**
 * The safe-content rule for every address written in content/: a link may go to the site's own pages
 * (a path such as /powers/xs-01/, or #an-anchor), to a web page (https:, http:), to an e-mail address
 * (mailto:) or a telephone number (tel:); an image, or anything else the page embeds, only to a file
 * of the site itself. Anything else (javascript:, data:, vbscript:, file:, //other-host, an image from
 * another host) stops the build. Addresses are read as a browser reads them: tabs and line breaks
 * inside are dropped, a backslash counts as a slash, upper and lower case are the same, and character
 * references (&#x09;) have been decoded by the Markdown parser already.
 */

/** The schemes a link may use. */
export const LINK_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

/** A link (<a href>) or an embedded file (an image: <img src>). */
export type UrlUse = 'link' | 'image';

/** What an address is, once read as a browser reads it. */
export type UrlKind =
  | { kind: 'empty' }
  | { kind: 'fragment'; fragment: string }
  | { kind: 'path'; path: string; fragment?: string }
  | { kind: 'relative' }
  | { kind: 'other-host'; host: string }
  | { kind: 'scheme'; scheme: string };

/** The address as the browser's URL parser sees it. */
export function normaliseUrl(url: string): string {
  return url
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/\\/g, '/');
}

/** Classify an address (see UrlKind). */
export function classifyUrl(url: string): UrlKind {
  const u = normaliseUrl(url);
  if (u === '') return { kind: 'empty' };
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(u);
  if (scheme) return { kind: 'scheme', scheme: scheme[1]!.toLowerCase() };
  if (u.startsWith('//')) return { kind: 'other-host', host: /^\/\/([^/?#]*)/.exec(u)![1]! };
  if (u.startsWith('#')) return { kind: 'fragment', fragment: u.slice(1) };
  if (u.startsWith('/')) {
    const hash = u.indexOf('#');
    const beforeHash = hash >= 0 ? u.slice(0, hash) : u;
    const path = beforeHash.replace(/\?.*$/, '');
    return { kind: 'path', path, ...(hash >= 0 && { fragment: u.slice(hash + 1) }) };
  }
  return { kind: 'relative' };
}

/**
 * Why an address may not be written here, in words for authors, or undefined when it is allowed by
 * the rule (a path on the site is allowed here; whether its page exists is checked by the caller).
 */
export function unsafeUrlMessage(url: string, use: UrlUse): string | undefined {
  const what = use === 'image' ? '图片' : '链接';
  // Shown without the characters the author cannot see, and saying they are there.
  const visible = url.replace(/[\u0000-\u0020]/g, (ch) => (ch === ' ' ? ' ' : '')).trim();
  const shown = visible.length > 60 ? `${visible.slice(0, 57)}…` : visible;
  const quoted = `${what}“${shown}”${visible !== url.trim() ? '（地址里夹着看不见的字符）' : ''}`;
  const c = classifyUrl(url);
  switch (c.kind) {
    case 'empty':
      return `${what}的地址是空的。请在括号里写上地址，例如 [学校章程](/documents/charter/)，或者删掉这个${what}。`;
    case 'fragment':
    case 'path':
    case 'relative':
      return undefined;
    case 'other-host':
      return use === 'image'
        ? `${quoted}来自别的网站，不能用：网页上只能用本网站自己的图片。表格和文件请放进 content/attachments/，用 <Attachment> 附上。`
        : `${quoted}以“//”开头，会打开别的网站。站内页面请写以“/”开头的地址（如 /powers/xs-01/），外部网页请写完整地址（https://${c.host}/……）。`;
    case 'scheme':
      if (use === 'link' && (LINK_SCHEMES as readonly string[]).includes(c.scheme)) return undefined;
      if (use === 'image' && (c.scheme === 'https' || c.scheme === 'http')) {
        return `${quoted}来自别的网站，不能用：打开网页时会从那个网站下载，读者的访问会被它知道。网页上只能用本网站自己的图片；表格和文件请放进 content/attachments/，用 <Attachment> 附上。`;
      }
      if (use === 'image') return `${quoted}不能用：网页上只能用本网站自己的图片。`;
      return `${quoted}不能用：以“${c.scheme}:”开头的地址不是网页，点开会运行程序或打开读者电脑上的文件，不安全。链接只能写本站地址（如 /powers/xs-01/）、https:// 开头的网页、mailto: 邮箱或 tel: 电话。`;
  }
}
