// Draw every power item's flow chart into /tmp/flow-preview/<code>.svg, with an index.html that
// shows them all at phone width (360 px) under the site's own CSS, for a person to look at:
//   node scripts/flow-preview.mjs [out-dir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../src/lib/content/read.ts';
import { checkContent } from '../src/lib/content/validate.ts';
import { fillPlaceholders } from '../src/lib/placeholders.ts';
import { flowFromPower, layoutFlow, renderFlowSvg } from '../src/lib/flow/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? '/tmp/flow-preview';
const content = checkContent(readContent(join(root, 'content')));
const names = new Map([...content.roles, ...content.bodies].map((x) => [x.id, 'shortName' in x ? x.shortName : x.name]));
const bodies = new Set(content.bodies.map((b) => b.id));

mkdirSync(out, { recursive: true });
const figures = content.powers.map((p) => {
  const steps = p.data.steps.map((s) => ({ ...s, action: content.settings ? fillPlaceholders(s.action, content.settings) : s.action }));
  const layout = layoutFlow(
    flowFromPower(
      steps,
      (id) => names.get(id) ?? id,
      (id) => bodies.has(id),
    ),
  );
  const svg = renderFlowSvg(layout, { title: `${p.data.name}流程图`, desc: `共${steps.length}个步骤`, idPrefix: `flow-${p.id}` });
  writeFileSync(join(out, `${p.id}.svg`), svg);
  return `<h2>${p.data.code} ${p.data.name}（${Buffer.byteLength(svg)} B）</h2>\n<figure class="flow">${svg}</figure>`;
});
const css = ['tokens.css', 'components.css'].map((f) => readFileSync(join(root, 'src/styles', f), 'utf8')).join('\n');
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>流程图预览</title><style>${css}
body { margin: 0 auto; max-width: 340px; padding: 0 10px; font-family: var(--font-body); color: var(--c-text); background: var(--c-bg); }
h2 { font-size: 15px; margin: 24px 0 4px; } figure { margin: 0; }</style></head><body>
${figures.join('\n')}
</body></html>\n`,
);
console.log(`${figures.length} charts in ${out}/index.html`);
