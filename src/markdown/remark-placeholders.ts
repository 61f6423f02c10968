/** Replaces 〔学校名称〕 and the other placeholders in document text with the site settings. */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Settings } from '../schemas/settings.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';

/** The remark plugin; `settings` come from content/settings.yaml. */
export default function remarkPlaceholders(settings: Settings) {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text) => {
      node.value = fillPlaceholders(node.value, settings);
    });
  };
}
