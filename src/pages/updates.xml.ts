/** The Atom feed of this edition's changes: the entries of /updates/, with the same ids and dates. */
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { atomFeed } from '../lib/atom.ts';
import { pageHref, updatesFeedHref } from '../lib/links.ts';
import { formatDate } from '../lib/dates.ts';
import { t, tr } from '../strings.ts';

export const GET: APIRoute = () => {
  const site = getSite();
  const url = (path: string) => new URL(path, site.settings.siteUrl).href;
  const xml = atomFeed({
    self: url(updatesFeedHref),
    page: url(pageHref.updates),
    title: tr('updates.feedTitle', { school: site.settings.schoolName }),
    author: site.settings.schoolName,
    updated: site.updates[0]?.date ?? site.contentDate,
    entries: site.updates.map((u) => ({
      id: url(`${pageHref.updates}#${u.id}`),
      title: `${u.action}：${u.title}`,
      link: url(u.href),
      date: u.date,
      summary: [
        u.effective && tr('updates.effective', { date: formatDate(u.effective) }),
        u.note,
        u.compareHref && `${t['updates.compare']}：${url(u.compareHref)}`,
      ]
        .filter(Boolean)
        .join('。'),
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
