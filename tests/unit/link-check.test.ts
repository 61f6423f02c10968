/** The link checker the browser tests run over each built edition (tests/e2e/link-check.ts), on a tiny built site. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { brokenLinks } from '../e2e/link-check.ts';

const root = mkdtempSync(join(tmpdir(), 'dist-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('accepts the site’s own pages and files, web pages, e-mail and telephone links', () => {
  mkdirSync(join(root, 'ok'));
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
  writeFileSync(
    join(root, 'ok/index.html'),
    '<link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://school.example.cn/ok/"><h1 id="top">x</h1>' +
      '<a href="/ok/#top">a</a><a href="#top">b</a><a href="https://www.example.cn/">c</a><a href="http://old.example.cn">d</a>' +
      '<a href="mailto:office@school.example.cn">e</a><a href="tel:0000-1111">f</a><img src="/favicon.svg" alt="">',
  );
  expect(brokenLinks(root).broken).toEqual([]);
});

it('fails on any other scheme, however it is written, on a link leaving without one, and on a file from elsewhere', () => {
  writeFileSync(
    join(root, 'index.html'),
    '<a href="javascript:alert(1)">1</a><a href="JaVaScRiPt:alert(1)">2</a><a href="java&#x09;script:alert(1)">3</a>' +
      '<a href=" data:text/html,x">4</a><a href="vbscript:x">5</a><a href="file:///etc/passwd">6</a><a href="//evil.example/">7</a>' +
      '<img src="https://tracker.example/p.png"><img src="data:image/png;base64,AA"><script src="//cdn.example/x.js"></script><img src="/missing.png">',
  );
  expect(brokenLinks(root).broken).toMatchInlineSnapshot(`
    [
      "/: <img src="https://tracker.example/p.png"> → not a file of this site",
      "/: <img src="data:image/png;base64,AA"> → not a file of this site",
      "/: <script src="//cdn.example/x.js"> → not a file of this site",
      "/: <img src="/missing.png"> → no file /missing.png",
      "/: javascript:alert(1) → the scheme "javascript:" is not allowed (only https, http, mailto, tel)",
      "/: JaVaScRiPt:alert(1) → the scheme "javascript:" is not allowed (only https, http, mailto, tel)",
      "/: java&#x09;script:alert(1) → the scheme "javascript:" is not allowed (only https, http, mailto, tel)",
      "/:  data:text/html,x → the scheme "data:" is not allowed (only https, http, mailto, tel)",
      "/: vbscript:x → the scheme "vbscript:" is not allowed (only https, http, mailto, tel)",
      "/: file:///etc/passwd → the scheme "file:" is not allowed (only https, http, mailto, tel)",
      "/: //evil.example/ → leaves the site without a scheme",
    ]
  `);
});
