/** The Content-Security-Policy worked out from built pages (scripts/csp.mjs). */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicy, inlineHashes } from '../../../scripts/csp.mjs';

describe('scripts/csp.mjs', () => {
  it('hashes inline scripts, inline styles and style attributes, and nothing loaded from a file', () => {
    const found = inlineHashes(
      '<script type="module" src="/_astro/a.js"></script><script>a()</script><script type="application/ld+json">{}</script>' +
        '<style>p{color:red}</style><svg style="max-width:340px"></svg><p style="a&amp;b">x</p>',
    );
    // Hashes as a browser computes them (echo -n 'a()' | openssl dgst -sha256 -binary | base64).
    expect([...found.scripts]).toEqual(["'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='"]);
    expect([...found.styles]).toEqual(["'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='"]);
    expect([...found.attributes]).toEqual([
      "'sha256-dcWSSSBBLD/slaCjmy+p1vJbx1wBOti838FnwPIyzUA='",
      "'sha256-TgEjhdfK+EF/ip3Lpzr3Lb0GPjznzXZoEeBmgBGMh4I='",
    ]);
  });

  it('refuses what no hash should allow: event-handler attributes and javascript: links', () => {
    expect(() => inlineHashes('<button onclick="go()">x</button>', 'a.html')).toThrow(/a.html: inline event handler onclick=/);
    expect(() => inlineHashes('<a href="javascript:go()">x</a>', 'b.html')).toThrow(/b.html: javascript: URL/);
  });

  it('writes one policy for all the pages of the editions given: the site itself and those hashes only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-test-'));
    try {
      mkdirSync(join(dir, 'public', 'search'), { recursive: true });
      mkdirSync(join(dir, 'staff'), { recursive: true });
      writeFileSync(join(dir, 'public', 'search', 'index.html'), '<script>a()</script>');
      writeFileSync(join(dir, 'staff', 'index.html'), '<svg style="max-width:340px"></svg>');
      expect(contentSecurityPolicy([join(dir, 'public'), join(dir, 'staff')])).toBe(
        "default-src 'self'; " +
          "script-src 'self' 'wasm-unsafe-eval' 'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='; " +
          "style-src 'self' 'unsafe-hashes' 'sha256-dcWSSSBBLD/slaCjmy+p1vJbx1wBOti838FnwPIyzUA='; " +
          "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
