// @ts-check
// The site: content/ is read and checked by the content integration (src/integrations/content.ts), which
// also sets the site's address and the Markdown processor; Astro renders it with @astrojs/mdx, and
// Pagefind indexes what the build wrote.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { parseEdition } from './src/lib/editions.ts';
import content from './src/integrations/content.ts';
import pagefind from './src/integrations/pagefind.ts';
import rootOnly from './src/integrations/root-only.ts';

const edition = parseEdition(process.env.SITE_EDITION);

export default defineConfig({
  // scripts/build.mjs builds into a staging folder and publishes it only when everything succeeded.
  outDir: process.env.SITE_OUT_DIR ?? `./dist/${edition}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [rootOnly(), content(edition), mdx({ optimize: true }), pagefind()],
  devToolbar: { enabled: false },
});
