/** Load and check content/settings.yaml (used by the Astro config and the pages). */
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { settingsSchema, type Settings } from '../schemas/settings.ts';
import type { Edition } from './editions.ts';

/** The settings at `path`; throws with the checker's wording when they are wrong. */
export function loadSettings(path: string): Settings {
  return settingsSchema.parse(yaml.load(readFileSync(path, 'utf8'), { schema: yaml.CORE_SCHEMA }));
}

/** The address `edition` is published at, for canonical links and the sitemap: the staff and preview editions live on their own host. */
export function editionUrl(settings: Pick<Settings, 'siteUrl' | 'staffUrl'>, edition: Edition): string {
  return edition === 'public' ? settings.siteUrl : settings.staffUrl;
}
