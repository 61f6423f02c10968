import { z } from 'astro/zod';
import { audienceSchema, dateSchema, idSchema, textSchema } from './common.ts';
import { basisSchema } from './reference.ts';

/** Power categories used by the list. */
export const powerCategories = ['服务类', '审核类', '内控类'] as const;
/** Risk grades, from high to low: Ⅰ high, Ⅱ medium, Ⅲ low. */
export const riskGrades = ['Ⅰ', 'Ⅱ', 'Ⅲ'] as const;
export type RiskGrade = (typeof riskGrades)[number];

/** A labelled branch out of a step (e.g. by amount band). */
export const branchSchema = z
  .object({
    /** The condition, e.g. 估算金额1万元以下. */
    when: textSchema,
    /** The id of the step it goes to. */
    to: idSchema,
  })
  .strict();

/** One step of a power's process. */
export const stepSchema = z
  .object({
    /** Step id, unique within the item. */
    id: idSchema,
    /** Who acts: a role id or a body id (for a meeting). */
    actor: idSchema,
    /** What is done. */
    action: textSchema,
    /** Time limit for the step, e.g. 2个工作日. */
    timeLimit: textSchema,
    /** Branches out of this step; without them the next step follows. */
    branches: z.array(branchSchema).min(2, { message: 'branches.min' }).optional(),
    /** The step that follows when it is not the next one in the list. */
    next: idSchema.optional(),
  })
  .strict();

/** A risk point and its control. */
export const riskSchema = z
  .object({
    /** Where integrity is at risk. */
    point: textSchema,
    /** Ⅰ, Ⅱ or Ⅲ. */
    grade: z.enum(riskGrades),
    /** How the risk is controlled. */
    control: textSchema,
  })
  .strict();

/** What can happen to a power item that readers are told about on the site's list of changes. */
export const powerChangeActions = ['新增', '修改'] as const;

/** A dated change of a power item: when it was added to the list or changed, and what changed. */
export const powerChangeSchema = z
  .object({
    /** When the change took effect. */
    date: dateSchema,
    /** 新增 (added to the list) or 修改 (changed). */
    action: z.enum(powerChangeActions),
    /** What changed, in a sentence. */
    note: textSchema.optional(),
  })
  .strict();

/** A small-and-micro power item (content/powers/*.yaml). */
export const powerSchema = z
  .object({
    /** Code: department code, hyphen, two digits (HQ-03); the file name is its lower-case form. */
    code: z.string().regex(/^[A-Z]{2}-\d{2}$/, { message: 'power.code' }),
    /** Name of the power. */
    name: textSchema,
    /** 服务类, 审核类 or 内控类. */
    category: z.enum(powerCategories),
    /** The department that exercises it. */
    department: idSchema,
    /** The responsible role. */
    role: idSchema,
    /** Who may read it. */
    audience: audienceSchema,
    /** in-force, or draft (preview only). */
    status: z.enum(['in-force', 'draft']),
    /** One sentence on what it is for. */
    summary: textSchema,
    /** Overall time limit. */
    timeLimit: textSchema,
    /** Its basis: our articles or outside rules. */
    basis: z.array(basisSchema).min(1, { message: 'basis.min' }),
    /** The process, in order. */
    steps: z.array(stepSchema).min(2, { message: 'steps.min' }),
    /** Integrity risks and their controls. */
    risks: z.array(riskSchema).min(1, { message: 'risks.min' }),
    /** How it is supervised. */
    supervision: textSchema,
    /** Where to turn if one disagrees. */
    relief: textSchema,
    /** How it is made public. */
    disclosure: textSchema,
    /** When it was added to the list or changed, oldest first (optional: items without it have no date on the list of changes). */
    changes: z.array(powerChangeSchema).optional(),
  })
  .strict();

export type PowerData = z.infer<typeof powerSchema>;
export type Step = z.infer<typeof stepSchema>;
