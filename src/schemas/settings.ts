import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** Site settings (content/settings.yaml): the one place for the school's name and contacts. */
export const settingsSchema = z
  .object({
    /** The address the site is published at, used for the sitemap (https://…, no trailing slash). */
    siteUrl: z.url({ protocol: /^https?$/, message: 'url.format' }).regex(/[^/]$/, { message: 'url.format' }),
    /**
     * The address of the staff edition (its canonical links and sitemap): its own host name or
     * port, never a folder of the public site, which the build cannot serve from (README, Deploying).
     */
    staffUrl: z
      .url({ protocol: /^https?$/, message: 'url.format' })
      .regex(/[^/]$/, { message: 'url.format' })
      .regex(/^[a-z]+:\/\/[^/?#]+$/i, {
        message:
          '内部版只能放在自己的域名、内网地址或端口上，不能放在某个目录下。请只填到域名或端口为止，例如 https://staff.example.edu.cn 或 http://10.0.0.5:8080（见 README.md 的 Deploying 一节）。',
      }),
    /** The school's full name, e.g. ××市特殊教育学校. */
    schoolName: textSchema,
    /** The school's supervising authority (主管部门, 举办者). */
    authority: textSchema,
    /** Postal address. */
    address: textSchema,
    /** Postal code, six digits. */
    postcode: z.string().regex(/^\d{6}$/, { message: 'postcode.format' }),
    /** The school office's telephone. */
    phone: textSchema,
    /** The school's supervision (complaints) telephone. */
    supervisionPhone: textSchema,
    /** The authority's supervision telephone. */
    authorityPhone: textSchema,
    /** Contact e-mail. */
    email: z.email({ message: 'email.format' }),
    /** Each department's telephone for parents and staff, keyed by the department's name (学生发展部: 0000-…). */
    departmentPhones: z.record(z.string(), textSchema).default({}),
    /** A mobile number for text messages and sign-language video calls (for deaf parents). */
    signVideoPhone: textSchema,
    /** The parents' committee's mailbox. */
    parentsCommitteeEmail: z.email({ message: 'email.format' }),
    /**
     * Amounts set locally and changed each year (伙食费, subsidy standards), keyed by the name
     * authors write as a placeholder (伙食费标准: 每生每天…元 is written 〔伙食费标准〕), the value in words.
     */
    amounts: z.record(z.string(), textSchema).default({}),
    /** Office hours, in words. */
    officeHours: textSchema,
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
