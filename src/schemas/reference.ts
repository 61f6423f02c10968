import { z } from 'astro/zod';
import { NUMERAL } from '../lib/numerals.ts';
import { idSchema, textSchema } from './common.ts';

/** An article written the Chinese way: 第十二条. */
export const articleNumberSchema = z.string().regex(new RegExp(`^第${NUMERAL}+条$`), { message: 'article.format' });

/** A citation of an article of one of our own documents. */
export const articleRefSchema = z
  .object({
    /** The cited document's id. */
    doc: idSchema,
    /** The cited article, e.g. 第十二条. */
    article: articleNumberSchema,
  })
  .strict();

/** A citation of a national or local rule, by name. */
export const lawRefSchema = z
  .object({
    /** The rule's name, in 《》, optionally with an article. */
    law: textSchema,
  })
  .strict();

/** A basis: one of our articles, or an outside rule. */
export const basisSchema = z.union([articleRefSchema, lawRefSchema], { message: 'basis.shape' });

export type ArticleRef = z.infer<typeof articleRefSchema>;
export type Basis = z.infer<typeof basisSchema>;
