import { z } from 'astro/zod';
import { audienceSchema, idSchema, textSchema } from './common.ts';
import { articleRefSchema } from './reference.ts';

/** Categories of matters; the first four are “三重一大”. */
export const matterCategories = ['重大决策', '重要人事任免', '重大项目安排', '大额度资金运作', '日常管理', '民主管理'] as const;
/** The part a body plays in a matter; 讨论通过 is the staff congress's own word for adopting (《学校教职工代表大会规定》). */
export const matterRoles = ['提出', '研究', '决定', '审议通过', '讨论通过', '提出意见', '执行', '监督'] as const;
/** The parts that decide a matter. */
export const decidingRoles: readonly (typeof matterRoles)[number][] = ['决定', '审议通过', '讨论通过'];

/** A matter for the decision matrix (content/org/matters.yaml). */
export const matterSchema = z
  .object({
    /** Stable id. */
    id: idSchema,
    /** Name of the matter. */
    name: textSchema,
    /** Its category. */
    category: z.enum(matterCategories),
    /** Who may read it. */
    audience: audienceSchema,
    /** Who does what, each with the article that says so. */
    roles: z
      .array(
        z
          .object({
            /** A body, department or role id. */
            by: idSchema,
            /** The part it plays. */
            role: z.enum(matterRoles),
            /** The article that says so. */
            basis: articleRefSchema,
          })
          .strict(),
      )
      .min(2, { message: 'roles.min' }),
  })
  .strict();

export type MatterData = z.infer<typeof matterSchema>;
