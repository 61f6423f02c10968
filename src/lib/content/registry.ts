/**
 * The link registry of the content folder, for one edition: read and checked once per process.
 * astro.config.mjs hands it to the Markdown plugins; src/data/site.ts hands it to the pages.
 */
import { readContent } from './read.ts';
import { checkContent } from './validate.ts';
import { buildRegistry, type LinkRegistry } from '../cross-refs.ts';
import type { Edition } from '../editions.ts';
import { fillPlaceholders } from '../placeholders.ts';
import type { Settings } from '../../schemas/settings.ts';

const cache = new Map<string, LinkRegistry>();

/** The registry of `contentDir` for `edition`. The build has already stopped on any content problem. */
export function loadRegistry(contentDir: string, edition: Edition, settings: Settings): LinkRegistry {
  const key = `${contentDir}\u0000${edition}`;
  let registry = cache.get(key);
  if (!registry) {
    registry = buildRegistry(checkContent(readContent(contentDir)), edition, (s) => fillPlaceholders(s, settings));
    cache.set(key, registry);
  }
  return registry;
}
