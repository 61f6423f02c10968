/**
 * Makes every telephone number in MDX text a tel: link (class="tel": it never breaks across lines), in
 * documents, power items' text and the site's pages alike. Runs after the placeholders (〔学生发展部电话〕
 * becomes a number) and the cross-references, whose links it leaves alone. What counts as a number is
 * decided in one place, src/lib/phones.ts.
 */
import { defineMdastPlugin } from 'satteri';
import type { Link, Text } from 'mdast';
import { splitPhones } from '../lib/phones.ts';

/** The Sätteri mdast plugin. */
export function phonesPlugin() {
  return defineMdastPlugin({
    name: 'school-phones',
    text(node, ctx) {
      if (!/\d{5}/.test(node.value.replace(/[\s\-（）()转]/g, ''))) return undefined;
      // Text inside a link (a cross-reference, an address) stays as it is.
      for (let up = ctx.parent(node); up !== undefined && up.type !== 'root'; up = ctx.parent(up as never)) {
        if (up.type === 'link') return undefined;
      }
      const parts = splitPhones(node.value);
      if (!parts.some((p) => p.href)) return undefined;
      ctx.replaceNode(
        node,
        parts.map((p): Text | Link =>
          p.href
            ? { type: 'link', url: p.href, children: [{ type: 'text', value: p.text }], data: { hProperties: { className: ['tel'] } } }
            : { type: 'text', value: p.text },
        ),
      );
      return undefined;
    },
  });
}
