/**
 * The content pipeline's place in Astro. When Astro starts (build or dev server, however it was
 * started: npm scripts, a bare `npx astro build`, the tests), it reads and checks content/ once
 * (src/lib/content/pipeline.ts) and stops with the authors' report, in Chinese, through Astro's own
 * error when anything is wrong. It sets the Markdown processor (Sätteri, with the plugins in
 * src/markdown/) for the MDX documents. In the dev server, a change under content/ is checked again:
 * a mistake shows the same report in the browser's error overlay, and its correction reloads the page.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { contentRoot, invalidateSiteContent, loadSiteContent } from '../lib/content/pipeline.ts';
import { formatProblems, REPORT_HINT, type Problem } from '../lib/content/messages.ts';
import type { Edition } from '../lib/editions.ts';
import { markdownPlugins } from '../markdown/index.ts';

/** The report as Astro shows it. */
function contentError(problems: Problem[]): AstroError {
  const report = formatProblems(problems);
  const error = new AstroError(report, REPORT_HINT);
  // As in ContentError (lib/content/pipeline.ts): no stack, and a toString that keeps Astro from
  // replacing the hint.
  error.stack = '';
  error.toString = () => `${error.name}: ${report.split('\n')[0]}`;
  return error;
}

/** The integration, for `edition`. */
export default function contentIntegration(edition: Edition): AstroIntegration {
  let root = contentRoot();
  return {
    name: 'school-content',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = contentRoot(fileURLToPath(config.root));
        const result = loadSiteContent(root);
        if (!result.ok) throw contentError(result.problems);
        updateConfig({
          // The address in content/settings.yaml, for the sitemap and canonical links.
          site: result.site.settings.siteUrl,
          markdown: {
            // Sätteri parses and compiles in Rust: the checker reads bodies with the same parser (lib/content/mdx.ts).
            processor: satteri({ mdastPlugins: markdownPlugins(edition), features: { smartPunctuation: false } }),
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(root);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(root)) return;
          invalidateSiteContent(root);
          const result = loadSiteContent(root);
          if (result.ok) {
            logger.info('内容检查通过。');
            server.ws.send({ type: 'full-reload' });
            return;
          }
          const report = formatProblems(result.problems);
          logger.error(report);
          server.ws.send({ type: 'error', err: { message: report, stack: '', plugin: 'school-content' } });
        });
      },
    },
  };
}
