import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';
import { articleRefSchema } from './reference.ts';

/** A term of the glossary (content/glossary.yaml), explained for parents and new staff. */
export const glossaryTermSchema = z
  .object({
    /** Stable ASCII id; the term's anchor on /glossary/ is #term-<id>. */
    id: idSchema,
    /** The term as it is written in the documents, e.g. 三重一大. */
    term: textSchema,
    /** Other spellings that link to the same entry, e.g. 教代会 for 教职工代表大会. */
    aliases: z.array(textSchema).default([]),
    /** What it means, in plain Chinese a parent understands. */
    definition: textSchema,
    /** The article of our documents that says so, if there is one. */
    basis: articleRefSchema.optional(),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
