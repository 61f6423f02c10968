/** The Markdown plugins, in the order they run. */
import type { Settings } from '../schemas/settings.ts';
import remarkPlaceholders from './remark-placeholders.ts';
import remarkArticleAnchors from './remark-article-anchors.ts';

/** remark plugins for document bodies. */
export function remarkPlugins(settings: Settings) {
  return [[remarkPlaceholders, settings], remarkArticleAnchors] as const;
}
