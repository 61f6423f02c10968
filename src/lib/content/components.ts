/**
 * The components authors may write in MDX (content/README.md explains them in Chinese), and the
 * checks on each use. The components themselves are in src/components/content/.
 */
import type { ComponentUse } from './mdx.ts';

/** What a component takes. */
export interface ComponentSpec {
  /** What it shows, for messages. */
  label: string;
  /** Props that must be given. */
  required: readonly string[];
  /** Props that may be given. */
  optional: readonly string[];
  /** Whether it wraps text (<Note>…</Note>) or stands alone (<PowerFlow … />). */
  children: boolean;
  /** How it is written, for messages. */
  example: string;
}

/** Every component an author may use, by name. */
export const componentSpecs = {
  Note: { label: '提示框', required: [], optional: ['title'], children: true, example: '<Note>……</Note>' },
  PowerFlow: { label: '小微权力流程图', required: ['code'], optional: [], children: false, example: '<PowerFlow code="XS-03" />' },
  Matters: {
    label: '决策事项表',
    required: [],
    optional: ['body', 'category'],
    children: false,
    example: '<Matters body="principal-meeting" /> 或 <Matters category="重大决策" />',
  },
  Attachment: {
    label: '附件',
    required: ['file', 'title'],
    optional: [],
    children: false,
    example: '<Attachment file="financial-hardship-application.docx" title="家庭经济困难学生认定申请表" />',
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof componentSpecs;

/** Chinese names of props, for messages. */
const propLabels: Record<string, string> = { code: '编码', body: '机构', category: '事项类别', file: '文件名', title: '标题' };

const list = Object.keys(componentSpecs)
  .map((n) => `<${n}>`)
  .join('、');

/**
 * Problems in the shape of one use: an unknown component, a missing or unknown prop, a prop not
 * written as name="text", text inside a component that takes none. References (which power item,
 * which file) are checked by the content checker, which knows the content.
 */
export function componentShapeProblems(use: ComponentUse): string[] {
  const spec = (componentSpecs as Record<string, ComponentSpec>)[use.name];
  if (!spec) {
    const what = /^[a-z]/.test(use.name) ? `网页标记 <${use.name}>` : `组件 <${use.name}>`;
    return [`不认识${what}。正文里只能用这几个组件：${list}（写法见 content/README.md）。要写“<”本身，请改用全角“＜”。`];
  }
  const out: string[] = [];
  for (const name of use.otherProps) {
    out.push(`<${use.name}> 的“${name}”要写成 ${name}="……" 的样子（英文双引号，里面直接写文字）。例如：${spec.example}`);
  }
  for (const name of spec.required) {
    if (!(name in use.props) && !use.otherProps.includes(name)) {
      out.push(`<${use.name}> 缺少“${name}”（${propLabels[name] ?? name}）。例如：${spec.example}`);
    }
  }
  for (const name of Object.keys(use.props)) {
    if (!spec.required.includes(name as never) && !spec.optional.includes(name as never)) {
      const allowed = [...spec.required, ...spec.optional];
      out.push(
        `<${use.name}> 没有“${name}”这一项${allowed.length ? `，可以写的是：${allowed.map((n) => `${n}（${propLabels[n] ?? n}）`).join('、')}` : ''}。例如：${spec.example}`,
      );
    }
    if (use.props[name]!.trim() === '') out.push(`<${use.name}> 的“${name}”是空的。例如：${spec.example}`);
  }
  if (use.name === 'Matters' && ('body' in use.props) === ('category' in use.props)) {
    out.push(`<Matters> 要写 body（机构）或 category（事项类别）中的一项，只写一项。例如：${spec.example}`);
  }
  if (!spec.children && use.hasChildren) out.push(`<${use.name}> 里不能写文字，请写成自闭合的样子：${spec.example}`);
  if (spec.children && !use.hasChildren) out.push(`<${use.name}> 里没有内容。请在开始和结束标记之间写上要提示的文字：${spec.example}`);
  return out;
}
