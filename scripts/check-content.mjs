// `npm run check:content [-- folder]`: check everything under content/ (or the folder given) and report
// problems in plain Chinese, exactly as the build does (src/lib/content/pipeline.ts). Exit code 1 when
// there is anything to fix.
import { resolve } from 'node:path';
import { contentRoot, loadSiteContent } from '../src/lib/content/pipeline.ts';
import { formatProblems } from '../src/lib/content/messages.ts';

const result = loadSiteContent(process.argv[2] ? resolve(process.argv[2]) : contentRoot());
if (!result.ok) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
const c = result.site.content;
const articles = c.documents.reduce((n, d) => n + d.structure.articles.length, 0);
console.log(
  `内容检查通过：文件 ${c.documents.length} 份（共 ${articles} 条）${c.versions.length ? `及旧版本 ${c.versions.length} 份` : ''}，小微权力 ${c.powers.length} 项，` +
    `决策事项 ${c.matters.length} 项，名词解释 ${c.glossary.length} 个，机构 ${c.bodies.length} 个，部门 ${c.departments.length} 个，岗位 ${c.roles.length} 个，附件 ${c.attachments.length} 个。`,
);
