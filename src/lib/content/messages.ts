/**
 * Author-facing messages, in plain Chinese: which file, which field, what is wrong,
 * and what to do. Schema issues (zod) and cross-checks both end up here.
 */
import type { core } from 'astro/zod';
import { fieldLabels } from '../../schemas/labels.ts';

/** One thing an author must fix. */
export interface Problem {
  /** content/... path. */
  file: string;
  /** Dotted field path (steps.2.actor), when the problem is in one field. */
  field?: string;
  /** Line in the file, when known. */
  line?: number;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
}

/** steps.2.actor → 办理流程第3项的承办岗位或会议 */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `第${part + 1}项`;
    else out += (out ? '的' : '') + ((fieldLabels as Record<string, string | undefined>)[String(part)] ?? String(part));
  }
  return out || '文件内容';
}

/** “施行日期”（effective） */
export function quoteField(path: ReadonlyArray<PropertyKey>): string {
  const dotted = path.map(String).join('.');
  return dotted ? `“${fieldName(path)}”（${dotted}）` : '文件内容';
}

/** A value as an author would recognise it. */
export function show(value: unknown): string {
  if (value === undefined) return '（空）';
  if (typeof value === 'string') return `“${value}”`;
  return `“${JSON.stringify(value)}”`;
}

const TYPE_NAMES: Record<string, string> = {
  string: '一段文字',
  number: '一个数字',
  boolean: 'true 或 false',
  array: '一个列表（每项另起一行，以“- ”开头）',
  object: '若干项“名称: 内容”',
  date: '日期',
};

const CUSTOM: Record<string, (f: string, v: unknown) => string> = {
  'date.format': (f, v) => `${f}填的是${show(v)}，不是有效的日期。请按“年-月-日”填写，例如 2023-11-01。`,
  'id.format': (f, v) => `${f}填的是${show(v)}。id 只能用英文小写字母、数字和连字符，例如 rules-party-committee。`,
  'article.format': (f, v) => `${f}填的是${show(v)}。条文请写成“第十二条”这样的形式，用中文数字。`,
  'power.code': (f, v) => `${f}填的是${show(v)}。编码由部门代码、连字符和两位序号组成，例如 HQ-03。`,
  'department.code': (f, v) => `${f}填的是${show(v)}。部门代码是两个大写英文字母，例如 HQ。`,
  'postcode.format': (f, v) => `${f}填的是${show(v)}。邮政编码是六位数字，请加上英文引号，例如 "325000"。`,
  'url.format': (f, v) => `${f}填的是${show(v)}。请填写完整网址，以 https:// 开头，末尾不要加“/”，例如 https://www.example.edu.cn。`,
  'email.format': (f, v) => `${f}填的是${show(v)}，不是有效的电子邮箱地址。`,
  'text.empty': (f) => `${f}不能为空。请填写内容。`,
  'basis.shape': (f) => `${f}写法不对。本校文件的条文写成“doc: 文件id”加“article: 第几条”两行；外部法规写成“law: 《法规名称》”。`,
  'basis.min': (f) => `${f}至少要写一条。`,
  'words.separator': (f, v) => `${f}填的是${show(v)}。词语里不能有“|”或“;”，请去掉。`,
  'words.min': (f) => `${f}至少要写两个意思相同的词，例如 [补贴, 补助]。`,
  'steps.min': (f) => `${f}至少要有两步。`,
  'risks.min': (f) => `${f}至少要写一个。`,
  'roles.min': (f) => `${f}至少要写两方（例如谁决定、谁执行）。`,
  'branches.min': (f) => `${f}至少要有两个去向；只有一个去向时请删掉“分支”，改用“下一步”（next）。`,
};

/** Turn one zod issue into a Chinese message for `file`. */
export function issueToProblem(file: string, issue: core.$ZodIssue): Problem {
  const path = issue.path;
  const f = quoteField(path);
  const input = (issue as { input?: unknown }).input;
  const custom = CUSTOM[issue.message];
  const field = path.map(String).join('.') || undefined;
  if (custom) return { file, field, message: custom(f, input) };
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { file, field, message: `缺少${f}。这一项必须填写，写法见 content/README.md。` };
      return { file, field, message: `${f}应当是${TYPE_NAMES[issue.expected] ?? issue.expected}，现在填的是${show(input)}。` };
    case 'invalid_value':
      return {
        file,
        field,
        message: `${f}只能填写：${issue.values.map(String).join('、')}。现在填的是${show(input)}，请从中选一个。`,
      };
    case 'unrecognized_keys':
      return {
        file,
        field,
        message: `有不认识的项目：${issue.keys.map((k) => `“${k}”`).join('、')}。请检查拼写，或删掉它；可以填写的项目见 content/README.md。`,
      };
    case 'too_small':
      return { file, field, message: `${f}不能为空。` };
    default:
      return { file, field, message: `${f}有误：${issue.message}` };
  }
}

/** What the author reads under the report. */
export const REPORT_HINT = '改好后保存文件，再重新构建（npm run build），或先运行 npm run check:content 检查。写法见 content/README.md。';

/** The whole report, grouped by file, for the terminal. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [`内容检查发现 ${problems.length} 处问题，网站没有生成。请逐条修改后再构建：`, ''];
  for (const [file, list] of byFile) {
    lines.push(file);
    for (const p of list) lines.push(`  - ${p.line ? `第${p.line}行：` : ''}${p.message}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Edit distance, to suggest the id or file name the author probably meant. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** “意思是 xxx 吗？” when one known id is close to `value`. */
export function suggest(value: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(value, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(value.length / 3)) ? `是不是想写“${best}”？` : '';
}
