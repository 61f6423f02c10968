// Measure the flow charts: SVG size per item (median, largest) and the time to lay out and draw
// all of them, over the real content. `npm run bench:flow`
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readContent } from '../src/lib/content/read.ts';
import { checkContent } from '../src/lib/content/validate.ts';
import { flowFromPower, layoutFlow, renderFlowSvg } from '../src/lib/flow/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const content = checkContent(readContent(join(root, 'content')));
const names = new Map([...content.roles, ...content.bodies].map((x) => [x.id, 'shortName' in x ? x.shortName : x.name]));
const bodies = new Set(content.bodies.map((b) => b.id));

const started = performance.now();
const sizes = content.powers.map((p) => {
  const svg = renderFlowSvg(
    layoutFlow(
      flowFromPower(
        p.data.steps,
        (id) => names.get(id) ?? id,
        (id) => bodies.has(id),
      ),
    ),
    {
      title: p.data.name,
      desc: '',
      idPrefix: `flow-${p.id}`,
    },
  );
  return { code: p.data.code, bytes: Buffer.byteLength(svg), gzip: gzipSync(svg).length };
});
const ms = performance.now() - started;
const sorted = [...sizes].sort((a, b) => a.bytes - b.bytes);
const median = sorted[Math.floor(sorted.length / 2)];
const largest = sorted.at(-1);
console.log(`charts: ${sizes.length}, all laid out and drawn in ${ms.toFixed(0)} ms`);
console.log(`median: ${median.code} ${median.bytes} B (${median.gzip} B gzipped)`);
console.log(`largest: ${largest.code} ${largest.bytes} B (${largest.gzip} B gzipped)`);
