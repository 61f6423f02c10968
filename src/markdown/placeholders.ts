/** Replaces 〔学校名称〕 and the other placeholders in the text with the site settings (src/lib/placeholders.ts). */
import { defineMdastPlugin } from 'satteri';
import type { Settings } from '../schemas/settings.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';

/** The Sätteri mdast plugin. */
export function placeholdersPlugin(settings: () => Settings) {
  return defineMdastPlugin({
    name: 'school-placeholders',
    text(node) {
      if (!node.value.includes('〔')) return undefined;
      const value = fillPlaceholders(node.value, settings());
      return value === node.value ? undefined : { type: 'text', value };
    },
  });
}
