import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** Pages of the site written in MDX (content/pages/*.mdx): the home page's welcome, the introductions of the lists. */
export const pageSchema = z
  .object({
    /** The page's heading. */
    title: textSchema,
    /** One sentence on the page, for search engines and shared links. */
    summary: textSchema,
  })
  .strict();

export type PageData = z.infer<typeof pageSchema>;

/** The pages the site has (content/pages/<id>.mdx), each with the page its text opens. */
export const sitePageTitles = { home: '首页', powers: '小微权力清单', rules: '议事规则' } as const;
/** The file names content/pages/ may hold, without .mdx. */
export const sitePageIds = Object.keys(sitePageTitles) as Array<keyof typeof sitePageTitles>;
