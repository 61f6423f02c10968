/** The Markdown plugins, in the order they run. */
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import type { Settings } from '../schemas/settings.ts';
import remarkPlaceholders from './remark-placeholders.ts';
import remarkArticleAnchors from './remark-article-anchors.ts';

/** remark plugins for document bodies. */
export function remarkPlugins(settings: Settings): RemarkPlugins {
  return [[remarkPlaceholders, settings], remarkArticleAnchors];
}
