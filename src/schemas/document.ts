import { z } from 'astro/zod';
import { audienceSchema, dateSchema, idSchema, textSchema } from './common.ts';

/** Document kinds, in the order lists show them: 章程, 服务指南 (plain guides for parents: how to enrol, what subsidies exist), 议事规则, 制度, 方案. */
export const documentKinds = ['charter', 'guide', 'rules', 'system', 'plan'] as const;
/** Authored statuses; 尚未生效 is derived from the effective date. */
export const documentStatuses = ['in-force', 'revised', 'repealed', 'draft'] as const;
/** Steps recorded in a document's history. */
export const historyActions = [
  '制定',
  '起草',
  '征求意见',
  '讨论',
  '公示',
  '审议通过',
  '核准',
  '备案',
  '公布',
  '修订',
  '修正',
  '废止',
] as const;

/** One step in the making or changing of a document. */
export const historyEntrySchema = z
  .object({
    /** When it happened. */
    date: dateSchema,
    /** The body that acted (bodies.yaml id). */
    body: idSchema,
    /** What was done. */
    action: z.enum(historyActions),
    /** What changed, in a sentence. */
    note: textSchema.optional(),
  })
  .strict();

/** The frontmatter of a document (content/documents/*.mdx). */
export const documentSchema = z
  .object({
    /** Title, without the school's name. */
    title: textSchema,
    /** Short title used in citations and navigation. */
    shortTitle: textSchema,
    /** Kind of document. */
    kind: z.enum(documentKinds),
    /** Document number (文号), where there is one. */
    docNumber: textSchema.optional(),
    /** The body that adopted it (bodies.yaml id). */
    adoptedBy: idSchema,
    /** Date of adoption. */
    adopted: dateSchema,
    /** Date of publication (公布日期). */
    published: dateSchema,
    /** Date it takes effect (施行日期). */
    effective: dateSchema,
    /** Status as authored. */
    status: z.enum(documentStatuses),
    /** Who may read it. */
    audience: audienceSchema,
    /** The document that replaced it (required when revised or repealed). */
    replacedBy: idSchema.optional(),
    /** Plain-language summary for parents. */
    summary: textSchema,
    /** How it was made and changed, oldest first. */
    history: z.array(historyEntrySchema).default([]),
    /** Related documents (ids). */
    related: z.array(idSchema).default([]),
  })
  .strict();

/**
 * The frontmatter of an earlier text of a document (content/documents/versions/<id>/<effective>.mdx):
 * the document's own fields as they stood for that text, copied with it, status revised.
 */
export const versionSchema = documentSchema
  .extend({
    /** The id this text was once published under as a document of its own, whose address must keep working. */
    formerId: idSchema.optional(),
  })
  .strict();

export type DocumentData = z.infer<typeof documentSchema>;
export type VersionData = z.infer<typeof versionSchema>;
export type DocumentKind = (typeof documentKinds)[number];
export type DocumentStatus = (typeof documentStatuses)[number];
