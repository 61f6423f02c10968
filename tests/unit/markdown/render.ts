/** Renders Markdown through Astro's own Sätteri processor with the site's plugins, as the build does. */
import { satteri } from '@astrojs/markdown-satteri';
import type { MdastPluginList } from 'satteri';

/** HTML of `markdown` rendered by the processor with `plugins`, as if it were the file at `fileURL`. */
export async function renderWith(plugins: MdastPluginList, markdown: string, fileURL = new URL('file:///content/documents/x.mdx')) {
  const renderer = await satteri({ mdastPlugins: plugins, features: { smartPunctuation: false } }).createRenderer({
    syntaxHighlight: false,
  });
  const { code } = await renderer.render(markdown, { fileURL });
  return code;
}
