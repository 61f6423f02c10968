// Print every power item of a running site to A4 PDF and count the pages, to check that an
// item fits one page where its length allows:  node scripts/print-pages.mjs http://127.0.0.1:4321
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './browser.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4321';
const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
const items = [...sitemap.matchAll(/<loc>[^<]*(\/powers\/[a-z]{2}-\d{2}\/)<\/loc>/g)].map((m) => m[1]);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage();
const counts = {};
for (const path of items) {
  await page.goto(base + path);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  counts[pages] = (counts[pages] ?? 0) + 1;
}
await browser.close();
console.log(
  `${items.length} items printed: ${Object.entries(counts)
    .map(([p, n]) => `${n} on ${p} page(s)`)
    .join(', ')}`,
);
