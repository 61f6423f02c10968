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

/** Every broken internal link of the edition built in `root`, as "page: href → what is missing". */
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
    for (const [, raw] of html.matchAll(/\shref="([^"]*)"/g)) {
      const href = raw!.replace(/&amp;/g, '&');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // https:, tel:, mailto:
      checked += 1;
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
