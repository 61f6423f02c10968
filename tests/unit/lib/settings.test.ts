/** Each edition's own address (src/lib/settings.ts) and the staff address as the checker takes it. */
import { describe, expect, it } from 'vitest';
import { editionUrl } from '../../../src/lib/settings.ts';
import { settingsSchema } from '../../../src/schemas/settings.ts';
import { issueToProblem } from '../../../src/lib/content/messages.ts';

const urls = { siteUrl: 'https://www.school.example', staffUrl: 'https://staff.school.example' };

/** The checker's messages for `staffUrl`, or [] when it is accepted. */
function staffUrlProblems(staffUrl: string): string[] {
  const result = settingsSchema.shape.staffUrl.safeParse(staffUrl);
  return result.success
    ? []
    : result.error.issues.map((i) => issueToProblem('content/settings.yaml', { ...i, path: ['staffUrl'] }).message);
}

describe('edition addresses', () => {
  it('gives the public edition the site address and the staff and preview editions the staff address', () => {
    expect(editionUrl(urls, 'public')).toBe('https://www.school.example');
    expect(editionUrl(urls, 'staff')).toBe('https://staff.school.example');
    expect(editionUrl(urls, 'preview')).toBe('https://staff.school.example');
  });

  it('takes a host name or a port as the staff address', () => {
    expect(staffUrlProblems('https://staff.school.example')).toEqual([]);
    expect(staffUrlProblems('http://10.0.0.5:8080')).toEqual([]);
  });

  it('refuses a folder of the public site as the staff address, saying why', () => {
    expect(staffUrlProblems('https://www.school.example/staff')).toEqual([
      '“内部版网站地址”（staffUrl）有误：内部版只能放在自己的域名、内网地址或端口上，不能放在某个目录下。请只填到域名或端口为止，例如 https://staff.example.edu.cn 或 http://10.0.0.5:8080（见 README.md 的 Deploying 一节）。',
    ]);
    expect(staffUrlProblems('staff.school.example')[0]).toContain('请填写完整网址，以 https:// 开头');
  });
});
