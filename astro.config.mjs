// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { loadSettings } from './src/lib/settings.ts';
import { parseEdition } from './src/lib/editions.ts';
import { remarkPlugins } from './src/markdown/index.ts';
import { loadRegistry } from './src/lib/content/registry.ts';
import pagefind from './src/integrations/pagefind.ts';
import rootOnly from './src/integrations/root-only.ts';

const settings = loadSettings('./content/settings.yaml');
const edition = parseEdition(process.env.SITE_EDITION);
// Citations, backlinks and glossary terms, from the checked content, once per build.
const links = loadRegistry('./content', edition, settings);

export default defineConfig({
  site: settings.siteUrl,
  // scripts/build.mjs builds into a staging folder and publishes it only when everything succeeded.
  outDir: process.env.SITE_OUT_DIR ?? `./dist/${edition}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [rootOnly(), mdx(), pagefind()],
  markdown: {
    // unified (remark/rehype) rather than Sätteri: our article plugin works on mdast and is
    // shared with the content checker through mdast-util-from-markdown.
    processor: unified({ remarkPlugins: remarkPlugins(settings, links), smartypants: false }),
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro's MDX output carries a "use astro:head-inject" directive that the bundler warns
        // about once per document; harmless, known upstream: https://github.com/withastro/astro/issues/18087
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
