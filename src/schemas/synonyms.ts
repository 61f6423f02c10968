import { z } from 'astro/zod';
import { textSchema } from './common.ts';
import { SYNONYM_SEPARATORS } from '../lib/search-text.ts';

/**
 * A group of words that mean the same to a reader of the site (content/synonyms.yaml): searching
 * for one of them also finds the pages that have another, listed after those that have the word as
 * typed. A glossary term and its aliases count as such a group without being written here.
 */
export const synonymGroupSchema = z
  .object({
    /** The words, e.g. [补贴, 补助, 资助]; without | or ; (the search page lists them with those). */
    words: z.array(textSchema.refine((w) => !SYNONYM_SEPARATORS.test(w), { message: 'words.separator' })).min(2, { message: 'words.min' }),
  })
  .strict();

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
