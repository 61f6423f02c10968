import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/** The kinds of governance body. */
export const bodyKinds = ['party', 'administrative', 'democratic', 'supervisory', 'mass', 'temporary', 'external'] as const;

/** A governance body (content/org/bodies.yaml): a meeting, committee or organisation. */
export const bodySchema = z
  .object({
    /** Stable id, referenced by documents, power steps and matters. */
    id: idSchema,
    /** Full name; may contain placeholders such as 〔学校名称〕. */
    name: textSchema,
    /** Short name used in tables and charts. */
    shortName: textSchema,
    /** What kind of body it is. */
    kind: z.enum(bodyKinds),
    /** The name of its meeting, where that differs from the body's name. */
    meetingName: textSchema.optional(),
    /** The role that convenes and chairs it. */
    convenor: idSchema.optional(),
    /** Quorum rule, in words. */
    quorum: textSchema.optional(),
    /** Voting rule, in words. */
    votingRule: textSchema.optional(),
    /** The document holding its rules of procedure. */
    rules: idSchema.optional(),
    /** The department whose meeting it is (党组织会议 → 党支部); the organisation chart draws them as one box. */
    department: idSchema.optional(),
    /** The school leader in charge of it (分管领导), a role id. */
    overseenBy: idSchema.optional(),
    /** The bodies or departments it supervises (监督), shown as dashed arrows on the organisation chart. */
    supervises: z.array(idSchema).optional(),
    /** The body it is the working body of (工会 → 教代会). */
    workingBodyOf: idSchema.optional(),
    /** One sentence on its place and function. */
    description: textSchema,
  })
  .strict();

/** A department (content/org/departments.yaml). */
export const departmentSchema = z
  .object({
    /** Stable id. */
    id: idSchema,
    /** Name, e.g. 后勤保障部. */
    name: textSchema,
    /** Two capital letters that start the codes of its power items, e.g. HQ. */
    code: z.string().regex(/^[A-Z]{2}$/, { message: 'department.code' }),
    /** The role that oversees it. */
    overseenBy: idSchema,
    /** What it is responsible for. */
    description: textSchema,
  })
  .strict();

/** A role (post) in the school (content/org/roles.yaml); never a person. */
export const roleSchema = z
  .object({
    /** Stable id. */
    id: idSchema,
    /** Name of the post, e.g. 会计. */
    name: textSchema,
    /** The department the post belongs to; absent for people outside the school. */
    department: idSchema.optional(),
    /** True for people outside the school (parents, other schools). */
    external: z.boolean().optional(),
    /** A note shown with the role. */
    note: textSchema.optional(),
    /** The post or body it answers to (上级), for the organisation chart: a role or body id. */
    reportsTo: idSchema.optional(),
    /** Another post the same person holds (书记兼任校长): a role id; the chart draws both as one box. */
    alsoHolds: idSchema.optional(),
  })
  .strict();

export type Body = z.infer<typeof bodySchema>;
export type Department = z.infer<typeof departmentSchema>;
export type Role = z.infer<typeof roleSchema>;
