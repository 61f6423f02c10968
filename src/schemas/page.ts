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
