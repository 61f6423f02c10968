/**
 * Refuses to build the site under a path prefix. Every link, asset, citation and the search
 * index assume that an edition is served at the root of its own host, so an edition built with
 * Astro's `base` (or SITE_BASE) would lead its readers out of it. The staff edition gets a host
 * name or port of its own instead (README, "Deploying").
 */
import type { AstroIntegration } from 'astro';

/** Why a build with this `base` (Astro's) or SITE_BASE cannot go ahead, or undefined when it can. */
export function prefixProblem(base: string | undefined, siteBase: string | undefined): string | undefined {
  const asked = [base, siteBase].map((b) => (b ?? '').trim()).find((b) => b !== '' && b !== '/');
  if (asked === undefined) return undefined;
  return [
    `This site can only be built for the root of a host name, not under the path prefix "${asked}"`,
    '(Astro "base" or SITE_BASE). Give the staff edition a host name or port of its own, such as',
    'staff.school.example or http://10.0.0.5:8080, and set staffUrl in content/settings.yaml: see',
    'README.md, "Deploying".',
    `本网站只能放在域名（或端口）的根目录下，不能放在“${asked}”这样的子目录里。内部版请使用自己的域名或端口，见 README.md。`,
  ].join('\n');
}

/** The integration: checks the final config before anything is built. */
export default function rootOnly(): AstroIntegration {
  return {
    name: 'school-root-only',
    hooks: {
      'astro:config:done': ({ config }) => {
        const problem = prefixProblem(config.base, process.env.SITE_BASE);
        if (problem) throw new Error(problem);
      },
    },
  };
}
