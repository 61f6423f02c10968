/**
 * Every kind of author mistake the build must stop on, each as a one-line change to the
 * small good fixture in tests/fixtures/content, with the message the author will read.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/read.ts';
import { checkContent } from '../../../src/lib/content/validate.ts';
import { formatProblems } from '../../../src/lib/content/messages.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { good, messagesAfter, messagesWith } from './content-fixture.ts';

describe('content checker', () => {
  it('passes the good fixture', () => {
    const result = checkContent(readContent(good));
    expect(result.problems).toEqual([]);
    expect(result.documents.map((d) => d.id)).toEqual(['guide', 'meeting-rules']);
  });

  it('names a missing field', () => {
    expect(messagesAfter('documents/guide.mdx', 'title: 家长须知\n', '')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx 缺少“标题”（title）。这一项必须填写，写法见 content/README.md。",
      ]
    `);
  });

  it('names a wrongly typed field', () => {
    expect(messagesAfter('documents/meeting-rules.mdx', 'related: [guide]', 'related: guide')).toMatchInlineSnapshot(`
      [
        "content/documents/meeting-rules.mdx:12 “相关文件”（related）应当是一个列表（每项另起一行，以“- ”开头），现在填的是“guide”。",
      ]
    `);
  });

  it('names a value outside the allowed list', () => {
    expect(messagesAfter('documents/guide.mdx', 'status: in-force', 'status: 有效')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:9 “状态”（status）只能填写：in-force、revised、repealed、draft。现在填的是“有效”，请从中选一个。",
      ]
    `);
  });

  it('rejects a date that does not exist', () => {
    expect(messagesAfter('documents/guide.mdx', 'effective: 2024-09-01', 'effective: 2024-02-30')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:8 “施行日期”（effective）填的是“2024-02-30”，不是有效的日期。请按“年-月-日”填写，例如 2023-11-01。",
      ]
    `);
  });

  it('rejects an effective date before the adoption date', () => {
    expect(messagesAfter('documents/guide.mdx', 'effective: 2024-09-01', 'effective: 2024-05-01')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:8 施行日期（2024-05-01）早于通过日期（2024-06-01）。施行日期不能早于通过日期，请核对这两个日期。",
      ]
    `);
  });

  it('rejects an unknown role, with a suggestion', () => {
    expect(messagesAfter('powers/hq-01.mdx', 'role: logistics-head', 'role: logistic-head')).toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:6 “岗位”（role）填的是“logistic-head”，但岗位里没有这个 id。是不是想写“logistics-head”？请改成 content/org/roles.yaml 里已有的 id。",
      ]
    `);
  });

  it('rejects an unknown department', () => {
    expect(messagesAfter('org/roles.yaml', 'department: logistics\n- id: logistics-head', 'department: finance\n- id: logistics-head'))
      .toMatchInlineSnapshot(`
        [
          "content/org/roles.yaml:5 “第2项的部门”（1.department）填的是“finance”，但部门里没有这个 id。请改成 content/org/departments.yaml 里已有的 id。",
        ]
      `);
  });

  it('rejects an unknown document id', () => {
    expect(messagesAfter('documents/meeting-rules.mdx', 'related: [guide]', 'related: [guides]')).toMatchInlineSnapshot(`
      [
        "content/documents/meeting-rules.mdx:12 “相关文件第1项”（related.0）填的是“guides”，但文件里没有这个 id。是不是想写“guide”？请改成 content/documents/ 里已有的 id。",
      ]
    `);
  });

  it('rejects an article number out of sequence, with the line', () => {
    expect(messagesAfter('documents/guide.mdx', '第二条　〔学校名称〕', '第四条　〔学校名称〕')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:23 条文编号“第四条”不连续。这里应当是“第二条”：条文从第一条起全文连续编号，请改正，并检查引用这一条的地方。",
      ]
    `);
  });

  it('rejects a repeated article number', () => {
    expect(messagesAfter('documents/meeting-rules.mdx', '第二条　重大项目', '第一条　重大项目')).toMatchInlineSnapshot(`
      [
        "content/documents/meeting-rules.mdx:17 条文编号“第一条”重复了。这里应当是“第二条”：条文从第一条起全文连续编号，请改正，并检查引用这一条的地方。",
      ]
    `);
  });

  it('rejects a reference to an article that does not exist', () => {
    expect(messagesAfter('powers/hq-01.mdx', 'article: 第二条', 'article: 第九条')).toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:13 “依据第1项的条文”（basis.0.article）引用了《会议议事规则》第九条，但这份文件只有2条。请核对条文编号。",
      ]
    `);
  });

  it('rejects a duplicate id', () => {
    expect(messagesAfter('org/roles.yaml', '- id: principal\n', '- id: party-secretary\n')).toMatchInlineSnapshot(`
      [
        "content/org/roles.yaml:3 id“party-secretary”重复了：本文件前面已经用过。每个 id 只能用一次，请换一个。",
        "content/org/bodies.yaml:12 “第2项的召集人”（1.convenor）填的是“principal”，但岗位里没有这个 id。请改成 content/org/roles.yaml 里已有的 id。",
        "content/org/departments.yaml:4 “第1项的分管领导”（0.overseenBy）填的是“principal”，但岗位里没有这个 id。请改成 content/org/roles.yaml 里已有的 id。",
        "content/powers/hq-01.mdx:26 “办理流程第2项的承办岗位或会议”（steps.1.actor）填的是“principal”，但岗位和机构里没有这个 id。请改成 content/org/roles.yaml 或 bodies.yaml 里已有的 id。",
      ]
    `);
  });

  it('rejects a public document that points at a staff-only one', () => {
    expect(messagesAfter('documents/guide.mdx', 'related: []', 'related: [meeting-rules]')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:16 “相关文件第1项”（related.0）指向《会议议事规则》，它仅限校内，而这里的内容会在公开网站上发布，读者会看到一个打不开的链接。请改为引用公开的文件，或把这里的公开范围改为 staff。",
      ]
    `);
  });

  it('checks the organisation chart’s relations: who reports to whom, who holds two posts, who supervises what', () => {
    expect(
      messagesAfter(
        'org/roles.yaml',
        '- id: party-secretary\n  name: 党支部书记\n',
        '- id: party-secretary\n  name: 党支部书记\n  reportsTo: party-comittee\n  alsoHolds: party-secretary\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/org/roles.yaml:3 “第1项的上级”（0.reportsTo）填的是“party-comittee”，但岗位和机构里没有这个 id。是不是想写“party-committee”？请改成 content/org/roles.yaml 或 bodies.yaml 里已有的 id。",
        "content/org/roles.yaml:4 岗位“党支部书记”的兼任岗位不能是它自己。请填另一个岗位的 id，或删掉这一项。",
      ]
    `);
    expect(
      messagesAfter(
        'org/bodies.yaml',
        '  rules: meeting-rules\n',
        '  rules: meeting-rules\n  supervises: [party-committee, canteen]\n  overseenBy: logistics\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/org/bodies.yaml:8 “第1项的分管领导”（0.overseenBy）填的是“logistics”，但岗位里没有这个 id。请改成 content/org/roles.yaml 里已有的 id。",
        "content/org/bodies.yaml:7 机构“支委会”的监督对象不能是它自己。请删掉这一项。",
        "content/org/bodies.yaml:7 “第1项的监督对象第2项”（0.supervises.1）填的是“canteen”，但机构和部门里没有这个 id。请改成 content/org/bodies.yaml 或 departments.yaml 里已有的 id。",
      ]
    `);
  });

  it('rejects a branch to a step that does not exist', () => {
    expect(messagesAfter('powers/hq-01.mdx', 'to: meeting', 'to: meting')).toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:24 “办理流程第1项的分支第2项的转到的步骤”（steps.0.branches.1.to）填的是“meting”，但本项的办理流程里没有这个 id。是不是想写“meeting”？请改成 本项 steps 里已有的 id。",
      ]
    `);
  });

  it('rejects characters that break the page, and unknown placeholders', () => {
    expect(messagesAfter('documents/guide.mdx', '制定本须知。', '制定本须知{草稿}。〔校长姓名〕')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 花括号“{…}”在网页里有特殊用途，这里无法识别。正文里要写花括号，请改用全角的“｛｝”或中文括号“（）”。",
        "content/documents/guide.mdx:21 占位词“〔校长姓名〕”不认识。可以用的占位词有：〔学校名称〕、〔主管部门〕、〔学校地址〕、〔办公电话〕、〔监督电话〕、〔上级监督电话〕、〔短信手语视频号码〕、〔家委会邮箱〕、〔办公时间〕、〔后勤保障部电话〕、〔伙食费标准〕。",
      ]
    `);
  });

  it('rejects an unknown placeholder in a data field too', () => {
    expect(messagesAfter('powers/hq-01.mdx', 'supervision: 纪检委员监督', 'supervision: 纪检委员监督，电话〔纪检电话〕'))
      .toMatchInlineSnapshot(`
        [
          "content/powers/hq-01.mdx:42 占位词“〔纪检电话〕”不认识。可以用的占位词有：〔学校名称〕、〔主管部门〕、〔学校地址〕、〔办公电话〕、〔监督电话〕、〔上级监督电话〕、〔短信手语视频号码〕、〔家委会邮箱〕、〔办公时间〕、〔后勤保障部电话〕、〔伙食费标准〕。",
        ]
      `);
  });

  it('rejects an amount whose name cannot be a placeholder', () => {
    expect(messagesAfter('settings.yaml', '伙食费标准: 每生每天10元', '伙食费(午餐): 每生每天10元\n  监督电话: 见公示栏'))
      .toMatchInlineSnapshot(`
        [
          "content/settings.yaml:17 金额标准的名称“伙食费(午餐)”只能由汉字组成（如“伙食费标准”），否则正文里的占位词认不出来。",
          "content/settings.yaml:18 金额标准的名称“监督电话”和已有的占位词〔监督电话〕重名了。请换一个名称，例如在后面加“标准”。",
        ]
      `);
  });

  it('explains a YAML syntax error with its line', () => {
    expect(messagesAfter('powers/hq-01.mdx', 'name: 维修审批', 'name: 维修审批\n  oops: [')).toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:4 这一行的缩进比上一行多，但上一行已经写了内容。同一层的项目要对齐（前面的空格一样多）；如果这是上一项内容的一部分，请接在上一行后面。",
      ]
    `);
  });

  it('prints the report grouped by file, saying nothing was built', () => {
    const report = formatProblems([
      { file: 'content/a.mdx', line: 3, message: '甲。' },
      { file: 'content/a.mdx', message: '乙。' },
    ]);
    expect(report).toBe('内容检查发现 2 处问题，网站没有生成。请逐条修改后再构建：\n\ncontent/a.mdx\n  - 第3行：甲。\n  - 乙。\n');
  });
});

describe('citations in the text', () => {
  it('accepts citations of articles that exist, and leaves outside laws alone', () => {
    const messages = messagesAfter(
      'documents/guide.mdx',
      '制定本须知。',
      '根据《中华人民共和国教育法》第三十条和本须知第二条，制定本须知。',
    );
    expect(messages).toEqual([]);
  });

  it('rejects a citation of an article that does not exist, with the line and the text', () => {
    expect(messagesAfter('documents/meeting-rules.mdx', '《家长须知》第二条', '《家长须知》第九条')).toMatchInlineSnapshot(`
      [
        "content/documents/meeting-rules.mdx:17 正文引用了“《家长须知》第九条”，但《家长须知》只有3条，没有第九条。请核对引用的文件和条文编号。",
      ]
    `);
  });

  it('rejects a paragraph or item that does not exist', () => {
    expect(messagesAfter('documents/meeting-rules.mdx', '《家长须知》第二条', '《家长须知》第二条第二款')).toMatchInlineSnapshot(`
      [
        "content/documents/meeting-rules.mdx:17 正文引用了“《家长须知》第二条第二款”，但《家长须知》第二条只有1款，没有第二款。请核对引用的文件和条文编号。",
      ]
    `);
    expect(messagesAfter('documents/meeting-rules.mdx', '《家长须知》第二条', '《家长须知》第二条第（三）项')).toMatchInlineSnapshot(`
      [
        "content/documents/meeting-rules.mdx:17 正文引用了“《家长须知》第二条第（三）项”，但《家长须知》第二条没有分项。请核对引用的文件和条文编号。",
      ]
    `);
  });

  it('checks bare citations and 前款 against the document they are in', () => {
    expect(messagesAfter('documents/guide.mdx', '第三条　本须知', '第三条　按照第五条的规定，本须知')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:27 正文引用了“第五条”，但《家长须知》只有3条，没有第五条。请核对引用的文件和条文编号。",
      ]
    `);
  });

  it('rejects a numeral written wrongly', () => {
    expect(messagesAfter('documents/meeting-rules.mdx', '《家长须知》第二条', '《家长须知》第二二条')).toMatchInlineSnapshot(`
      [
        "content/documents/meeting-rules.mdx:17 正文引用了“《家长须知》第二二条”，但条、款、项的中文数字写法不对，请写成“第十二条”“第二款”“第（三）项”这样的形式。请核对引用的文件和条文编号。",
      ]
    `);
  });

  it('rejects a public document citing an article of a staff-only one, but allows naming it', () => {
    expect(messagesAfter('documents/guide.mdx', '制定本须知。', '根据《会议议事规则》第一条，制定本须知。')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 正文引用了“《会议议事规则》第一条”，但《会议议事规则》仅限校内，而这里的内容会在公开网站上发布，读者打不开。请删掉这处引用，或改为引用公开的文件。",
      ]
    `);
    expect(messagesAfter('documents/guide.mdx', '制定本须知。', '参照《会议议事规则》，制定本须知。')).toEqual([]);
  });

  it('checks citations in every text field of a power item, which must name the document', () => {
    expect(messagesAfter('powers/hq-01.mdx', 'action: 提出维修申请', 'action: 按照第二条提出维修申请')).toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:18 “办理流程第1项的事项”（steps.0.action）里引用了“第二条”，但没有写明是哪份文件的条文。请在条文前写上文件名称，例如“《学校章程》第十二条”。请核对引用的文件和条文编号。",
      ]
    `);
    expect(messagesAfter('powers/hq-01.mdx', 'action: 提出维修申请', 'action: 按照《议事规则》第三条提出维修申请')).toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:18 “办理流程第1项的事项”（steps.0.action）里引用了“《议事规则》第三条”，但《会议议事规则》只有2条，没有第三条。请核对引用的文件和条文编号。",
      ]
    `);
  });

  it('rejects two documents that could be cited by the same name', () => {
    expect(messagesAfter('documents/meeting-rules.mdx', 'shortTitle: 议事规则', 'shortTitle: 须知')).toMatchInlineSnapshot(`
      [
        "content/documents/meeting-rules.mdx:3 名称“须知”和 content/documents/guide.mdx 的名称相同，引用《须知》时分不清是哪份文件。请换一个简称。",
      ]
    `);
  });
});

describe('glossary', () => {
  it('reports a synonym written in two groups, or a group of one word, on its line', () => {
    expect(messagesAfter('synonyms.yaml', '[家长会议, 家长会]', '[家长会议, 补贴]')).toEqual([
      'content/synonyms.yaml:3 “补贴”已经写在第1组里了。一个词只能在一组里；如果两组意思相同，请把它们合成一组。',
    ]);
    expect(messagesAfter('synonyms.yaml', '[补助, 补贴]', '[补助, 补助]')).toEqual([
      'content/synonyms.yaml:2 “补助”在这一组里写了两次，请删掉一个。',
    ]);
    expect(messagesAfter('synonyms.yaml', '[补助, 补贴]', '[补助, "补贴;津贴"]')).toEqual([
      'content/synonyms.yaml:2 “第1项的近义词第2项”（0.words.1）填的是“补贴;津贴”。词语里不能有“|”或“;”，请去掉。',
    ]);
    expect(messagesAfter('synonyms.yaml', '[补助, 补贴]', '[补助]')).toEqual([
      'content/synonyms.yaml:2 “第1项的近义词”（0.words）至少要写两个意思相同的词，例如 [补贴, 补助]。',
    ]);
    expect(messagesWith((content) => writeFileSync(join(content, 'synonyms.yaml'), '补助: 补贴\n'))).toEqual([
      'content/synonyms.yaml:1 这个文件应当是近义词组的列表，每一项以“- words: [词语, 词语]”开头，写法见 content/README.md。',
    ]);
  });
  it('rejects a term explained twice and a basis that does not exist', () => {
    expect(messagesAfter('glossary.yaml', 'aliases: [校务会议]', 'aliases: [听障部]')).toMatchInlineSnapshot(`
      [
        "content/glossary.yaml:9 词语“听障部”在第1项已经解释过了。同一个词只能解释一次，请合并这两项。",
      ]
    `);
    expect(messagesAfter('glossary.yaml', 'article: 第二条', 'article: 第八条')).toMatchInlineSnapshot(`
      [
        "content/glossary.yaml:6 “第1项的依据的条文”（0.basis.article）引用了《家长须知》第八条，但这份文件只有3条。请核对条文编号。",
      ]
    `);
  });

  it('keeps the glossary public: no basis in a staff-only document', () => {
    expect(messagesAfter('glossary.yaml', 'doc: guide', 'doc: meeting-rules')).toMatchInlineSnapshot(`
      [
        "content/glossary.yaml:5 名词解释“听障部”的依据是《会议议事规则》，但它仅限校内。名词解释在公开网站上发布，依据只能引用公开的文件；没有合适的公开条文时，删掉依据即可。",
      ]
    `);
  });

  it('names a missing definition', () => {
    expect(messagesAfter('glossary.yaml', '  definition: 学校的行政议事决策机构。\n', '')).toMatchInlineSnapshot(`
      [
        "content/glossary.yaml:7 缺少“第2项的解释”（1.definition）。这一项必须填写，写法见 content/README.md。",
      ]
    `);
  });
});
