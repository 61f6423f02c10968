/**
 * The link checker, over a built edition's files (no browser): every internal href must name a built
 * file and every #fragment an id on it; every citation written in the content must be rendered as a
 * link to its target. Used on the fixture site (links.spec.ts) and on the real content (corpus/links.spec.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isPublished, type Edition } from '../../src/lib/editions.ts';
import { citationHref } from '../../src/lib/cross-refs.ts';
import { registryOf, type SiteContent } from '../../src/lib/content/pipeline.ts';
import { citationsInData, citationsInDocument } from '../../src/lib/references.ts';
import { documentPageHrefs, powerHref, versionHref } from '../../src/lib/links.ts';

/** Every HTML file of a built edition, but the search index's. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The built file a site path is served from, or undefined. */
export function fileFor(root: string, pathname: string): string | undefined {
  const path = join(root, decodeURIComponent(pathname));
  const candidates = pathname.endsWith('/') ? [join(path, 'index.html')] : [path, join(path, 'index.html'), `${path}.html`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

/** The schemes a link may use (the rule authors follow too: src/lib/content/urls.ts). */
const LINK_SCHEMES = ['https', 'http', 'mailto', 'tel'];

/** An href or src as the browser reads it: tabs and line breaks dropped, ends trimmed, backslashes as slashes. */
const asBrowserReads = (url: string) =>
  url
    .replace(/[\t\n\r]/g, '')
    .trim()
    .replace(/\\/g, '/');

/** HTML character references in an attribute value, decoded (enough for the scheme of a URL). */
const decodeAttribute = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Every broken link of the edition built in `root`, as "page: href → what is wrong": an href whose
 * scheme is not https, http, mailto or tel, or that leaves for another host without one (//host);
 * an embedded file (src, srcset, poster, data, a stylesheet or icon <link>) that is not the site's
 * own; an internal href that names no built file, or a #fragment that is no id on it.
 */
export function brokenLinks(root: string): { checked: number; broken: string[] } {
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles(root)) {
    const page =
      '/' +
      relative(root, file)
        .replace(/index\.html$/, '')
        .replace(/\\/g, '/');
    const html = readFileSync(file, 'utf8');
    // Files the page embeds: only the site's own, and they must exist.
    for (const [tag, attribute, raw] of embedded(html)) {
      for (const candidate of attribute === 'srcset' ? raw.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [raw]) {
        const url = asBrowserReads(decodeAttribute(candidate));
        checked += 1;
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
          broken.push(`${page}: <${tag} ${attribute}="${candidate}"> → not a file of this site`);
        } else if (!fileFor(root, new URL(url, `http://site${page}`).pathname)) {
          broken.push(`${page}: <${tag} ${attribute}="${candidate}"> → no file ${new URL(url, `http://site${page}`).pathname}`);
        }
      }
    }
    for (const [, raw] of html
      .matchAll(/\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)
      .map((m) => [m[0], m[1] ?? m[2] ?? m[3] ?? ''] as const)) {
      const href = asBrowserReads(decodeAttribute(raw));
      checked += 1;
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
      if (scheme !== undefined) {
        if (!LINK_SCHEMES.includes(scheme))
          broken.push(`${page}: ${raw} → the scheme "${scheme}:" is not allowed (only ${LINK_SCHEMES.join(', ')})`);
        continue;
      }
      if (href.startsWith('//')) {
        broken.push(`${page}: ${raw} → leaves the site without a scheme`);
        continue;
      }
      const url = new URL(href, `http://site${page}`);
      const target = fileFor(root, url.pathname);
      if (!target) {
        broken.push(`${page}: ${href} → no page ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsOf(target).has(fragment)) broken.push(`${page}: ${href} → no id "${fragment}" on ${url.pathname}`);
    }
  }
  return { checked, broken };
}

/** Every [tag, attribute, value] by which a page embeds a file: src, srcset, poster, data, and stylesheet or icon links. */
function embedded(html: string): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const [tag, name, attributes] of html
    .matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)
    .map((m) => [m[0], m[1]!.toLowerCase(), m[2]!] as const)) {
    void tag;
    for (const m of attributes.matchAll(/\s(src|srcset|poster|data|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      const attribute = m[1]!.toLowerCase();
      const value = m[2] ?? m[3] ?? m[4] ?? '';
      // An <a href> is a link (checked above); a <link href> embeds a file when it is a stylesheet, an icon or a preload.
      if (
        attribute === 'href' &&
        !(name === 'link' && /\srel\s*=\s*"?[^">]*\b(stylesheet|icon|preload|modulepreload|manifest)\b/i.test(attributes))
      )
        continue;
      if (attribute === 'data' && name !== 'object') continue;
      out.push([name, attribute, value]);
    }
  }
  return out;
}

/** Every citation in `site`'s content that the edition built in `root` does not render as a link to its target. */
export function unlinkedCitations(site: SiteContent, edition: Edition, root: string): { count: number; missing: string[] } {
  const registry = registryOf(site, edition);
  const missing: string[] = [];
  let count = 0;
  const expectLink = (pagePaths: string[], text: string, href: string) => {
    count += 1;
    // A long document's citations are on its chapter pages (and the whole-text page); any of them will do.
    const html = pagePaths.map((p) => readFileSync(fileFor(root, p)!, 'utf8')).join('\n');
    if (!html.includes(`href="${href}">${text}</a>`) && !html.includes(`href="${href}" class="term">${text}</a>`)) {
      missing.push(`${pagePaths[0]}: “${text}” should link to ${href}`);
    }
  };
  for (const doc of site.content.documents.filter((d) => isPublished(d.data, edition))) {
    for (const cite of citationsInDocument(doc.blocks, doc.structure.roles, registry.titles)) {
      const href = citationHref(registry, cite, doc.id);
      if (href) expectLink(documentPageHrefs(site.plans, doc.id), cite.text, href);
    }
  }
  // Earlier texts: their own citations within them, others to the current texts.
  const docById = new Map(site.content.documents.map((d) => [d.id, d]));
  for (const v of site.content.versions.filter((v) => isPublished(v.data, edition) && isPublished(docById.get(v.docId)!.data, edition))) {
    for (const cite of citationsInDocument(v.blocks, v.structure.roles, registry.titles)) {
      const href = citationHref(registry, cite, v.id);
      if (href) expectLink([versionHref(v.docId, v.date)], cite.text, href);
    }
  }
  for (const power of site.content.powers.filter((p) => isPublished(p.data, edition))) {
    for (const cite of citationsInData(power.data, registry.titles)) {
      const href = citationHref(registry, cite);
      if (href) expectLink([powerHref(power.id)], cite.text, href);
    }
  }
  return { count, missing };
}
