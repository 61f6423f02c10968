/**
 * The Markdown (MDX) plugins, in the order they run, for Astro's Sätteri processor. Each takes what it
 * needs from the checked content (src/lib/content/pipeline.ts) at the time a file is compiled, so the
 * dev server sees an edit as soon as it is saved.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginList } from 'satteri';
import { registryOf, siteContent } from '../lib/content/pipeline.ts';
import type { Edition } from '../lib/editions.ts';
import { placeholdersPlugin } from './placeholders.ts';
import { articleAnchorsPlugin } from './article-anchors.ts';
import { crossReferencesPlugin } from './cross-references.ts';
import { phonesPlugin } from './phones.ts';

/** The checked document compiled from `file`, if it is a document. */
function documentAt(file: URL | undefined) {
  return file ? siteContent().documentAt(fileURLToPath(file)) : undefined;
}

/** The plugins for `edition`. */
export function markdownPlugins(edition: Edition): MdastPluginList {
  return [
    placeholdersPlugin(() => siteContent().settings),
    articleAnchorsPlugin((file) => documentAt(file)?.structure),
    crossReferencesPlugin((file) => {
      const doc = documentAt(file);
      return doc && { selfId: doc.id, registry: registryOf(siteContent(), edition) };
    }),
    phonesPlugin(),
  ];
}
