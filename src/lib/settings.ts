/** The address each edition is published at. */
import type { Settings } from '../schemas/settings.ts';
import type { Edition } from './editions.ts';

/** The address `edition` is published at, for canonical links and the sitemap: the staff and preview editions live on their own host. */
export function editionUrl(settings: Pick<Settings, 'siteUrl' | 'staffUrl'>, edition: Edition): string {
  return edition === 'public' ? settings.siteUrl : settings.staffUrl;
}
