/** The Markdown plugins, in the order they run. */
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import type { Settings } from '../schemas/settings.ts';
import remarkPlaceholders from './remark-placeholders.ts';
import remarkArticleAnchors from './remark-article-anchors.ts';
import remarkCrossReferences from './remark-cross-references.ts';
import type { LinkRegistry } from '../lib/cross-refs.ts';

/** remark plugins for document bodies; `links` (citations, backlinks, glossary) comes from src/lib/content/registry.ts. */
export function remarkPlugins(settings: Settings, links: LinkRegistry): RemarkPlugins {
  return [[remarkPlaceholders, settings], remarkArticleAnchors, [remarkCrossReferences, links]];
}
