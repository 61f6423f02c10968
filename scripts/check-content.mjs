// Check everything under content/ and report problems in plain Chinese.
// Exit code 1 when there is anything to fix. Used by `npm run check:content` and by the build.
import { fileURLToPath } from 'node:url';
import { readContent } from '../src/lib/content/read.ts';
import { checkContent } from '../src/lib/content/validate.ts';
import { formatProblems } from '../src/lib/content/messages.ts';

const contentDir = process.argv[2] ?? fileURLToPath(new URL('../content', import.meta.url));
const result = checkContent(readContent(contentDir));
if (result.problems.length > 0) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
const articles = result.documents.reduce((n, d) => n + d.structure.articles.length, 0);
console.log(
  `内容检查通过：文件 ${result.documents.length} 份（共 ${articles} 条），小微权力 ${result.powers.length} 项，` +
    `决策事项 ${result.matters.length} 项，名词解释 ${result.glossary.length} 个，机构 ${result.bodies.length} 个，部门 ${result.departments.length} 个，岗位 ${result.roles.length} 个。`,
);
