/** The sitemap of this edition: only pages this build publishes, at the edition's own address. */
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { documentPageHrefs, pageHref } from '../lib/links.ts';
import { editionUrl } from '../lib/settings.ts';

export const GET: APIRoute = async () => {
  const site = getSite();
  const paths = [
    ...Object.values(pageHref).filter((p) => p !== pageHref.search),
    ...site.documents.flatMap((d) => documentPageHrefs(site.plans, d.id)),
    ...site.versions.map((v) => v.url),
    ...site.pairs.map((p) => p.url),
    ...site.powers.map((p) => p.url),
  ];
  const base = editionUrl(site.settings, site.edition);
  const urls = paths.map((p) => `  <url><loc>${new URL(p, base).href}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
