/** robots.txt: the public edition points at its sitemap; other editions ask not to be indexed. */
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';

export const GET: APIRoute = async () => {
  const site = getSite();
  const body =
    site.edition === 'public'
      ? `User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', site.settings.siteUrl).href}\n`
      : 'User-agent: *\nDisallow: /\n';
  return new Response(body);
};
