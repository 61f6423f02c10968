/**
 * The mistakes school staff make, tried one at a time on the good fixture (issue 16): each stops the
 * build with one message, at the line where the mistake is written, saying what to write instead;
 * nothing unsafe is published and nothing in content/ is ignored without a word.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesAfter, messagesWith } from './content-fixture.ts';

/** The guide's first article, line 21 of documents/guide.mdx: a sentence to put a link into. */
const GUIDE_LINE = '制定本须知。';
const inGuide = (text: string) => messagesAfter('documents/guide.mdx', GUIDE_LINE, `${GUIDE_LINE}${text}`);

/** Write `bytes` as a file of the copy. */
const write = (file: string, bytes: Uint8Array | string) => (content: string) => writeFileSync(join(content, file), bytes);
/** The file's text in another encoding. */
const encoded = (file: string, encoding: 'gbk' | 'utf16le' | 'utf16le-bom' | 'utf8-bom') => (content: string) => {
  const text = readFileSync(join(content, file), 'utf8');
  const bytes =
    encoding === 'gbk'
      ? gbk(text)
      : encoding === 'utf8-bom'
        ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
        : Buffer.concat([encoding === 'utf16le-bom' ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
  writeFileSync(join(content, file), bytes);
};

/** GBK bytes of a text, as Notepad would write them (the test knows the few characters it uses). */
function gbk(text: string): Uint8Array {
  // Node has a GBK decoder but no encoder: find each character's two bytes by decoding the GBK table.
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, [number, number]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

describe('safe content: links and images', () => {
  it('accepts the site’s own pages, web pages, e-mail and telephone links', () => {
    expect(
      inGuide(
        '见[本须知第二条](/documents/guide/#art-2)、[第三条](#art-3)、[文件](/documents/)、[教育局](https://www.example.gov.cn/)、' +
          '[旧网站](http://old.example.cn)、[邮箱](mailto:office@school.example.cn)、[电话](tel:0000-11111111)、https://www.example.cn 和[图标](/favicon.svg)。',
      ),
    ).toEqual([]);
  });

  it('tells a web address written without https:// to add it', () => {
    expect(inGuide('[市教育局网站](www.moe.gov.cn)、[平台](jyj.example.gov.cn/xxgk/)')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 链接“www.moe.gov.cn”开头少了“https://”，读者点开会找不到页面。其他网站的网页请写完整地址，例如 https://www.moe.gov.cn。",
        "content/documents/guide.mdx:21 链接“jyj.example.gov.cn/xxgk/”开头少了“https://”，读者点开会找不到页面。其他网站的网页请写完整地址，例如 https://jyj.example.gov.cn/xxgk/。",
      ]
    `);
  });

  it('rejects a javascript: link, with its line', () => {
    expect(inGuide('[党支部](javascript:alert(document.domain))')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 链接“javascript:alert(document.domain)”不能用：以“javascript:”开头的地址不是网页，点开会运行程序或打开读者电脑上的文件，不安全。链接只能写本站地址（如 /powers/xs-01/）、https:// 开头的网页、mailto: 邮箱或 tel: 电话。",
      ]
    `);
  });

  it('rejects schemes written in mixed case or hidden with a character reference', () => {
    expect(inGuide('[甲](JaVaScRiPt:alert(1))')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 链接“JaVaScRiPt:alert(1)”不能用：以“javascript:”开头的地址不是网页，点开会运行程序或打开读者电脑上的文件，不安全。链接只能写本站地址（如 /powers/xs-01/）、https:// 开头的网页、mailto: 邮箱或 tel: 电话。",
      ]
    `);
    expect(inGuide('[乙](java&#x09;script:alert(1))')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 链接“javascript:alert(1)”（地址里夹着看不见的字符）不能用：以“javascript:”开头的地址不是网页，点开会运行程序或打开读者电脑上的文件，不安全。链接只能写本站地址（如 /powers/xs-01/）、https:// 开头的网页、mailto: 邮箱或 tel: 电话。",
      ]
    `);
  });

  it('rejects data:, vbscript: and file: links', () => {
    expect(inGuide('[甲](data:text/html,hi) [乙](vbscript:msgbox) [丙](file:///C:/校内/名单.xls)')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 链接“data:text/html,hi”不能用：以“data:”开头的地址不是网页，点开会运行程序或打开读者电脑上的文件，不安全。链接只能写本站地址（如 /powers/xs-01/）、https:// 开头的网页、mailto: 邮箱或 tel: 电话。",
        "content/documents/guide.mdx:21 链接“vbscript:msgbox”不能用：以“vbscript:”开头的地址不是网页，点开会运行程序或打开读者电脑上的文件，不安全。链接只能写本站地址（如 /powers/xs-01/）、https:// 开头的网页、mailto: 邮箱或 tel: 电话。",
        "content/documents/guide.mdx:21 链接“file:///C:/校内/名单.xls”不能用：以“file:”开头的地址不是网页，点开会运行程序或打开读者电脑上的文件，不安全。链接只能写本站地址（如 /powers/xs-01/）、https:// 开头的网页、mailto: 邮箱或 tel: 电话。",
      ]
    `);
  });

  it('rejects an address that leaves the site without saying so (//host, or /\\host)', () => {
    expect(inGuide('[甲](//evil.example/) [乙](/\\evil.example/)')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 链接“//evil.example/”以“//”开头，会打开别的网站。站内页面请写以“/”开头的地址（如 /powers/xs-01/），外部网页请写完整地址（https://evil.example/……）。",
        "content/documents/guide.mdx:21 链接“/\\evil.example/”以“//”开头，会打开别的网站。站内页面请写以“/”开头的地址（如 /powers/xs-01/），外部网页请写完整地址（https://evil.example/……）。",
      ]
    `);
  });

  it('rejects an image from another host, and a data: image', () => {
    expect(inGuide('![](https://tracker.example/pixel.png)')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 图片“https://tracker.example/pixel.png”来自别的网站，不能用：打开网页时会从那个网站下载，读者的访问会被它知道。网页上只能用本网站自己的图片；表格和文件请放进 content/attachments/，用 <Attachment> 附上。",
      ]
    `);
    expect(inGuide('![图](data:image/png;base64,AAAA)')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 图片“data:image/png;base64,AAAA”不能用：网页上只能用本网站自己的图片。",
      ]
    `);
  });

  it('checks reference definitions, as links or as images', () => {
    expect(
      messagesAfter(
        'documents/guide.mdx',
        GUIDE_LINE,
        `${GUIDE_LINE}见[党支部][甲]和![][乙]。\n\n[甲]: javascript:alert(1)\n[乙]: https://tracker.example/a.png`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:23 链接“javascript:alert(1)”不能用：以“javascript:”开头的地址不是网页，点开会运行程序或打开读者电脑上的文件，不安全。链接只能写本站地址（如 /powers/xs-01/）、https:// 开头的网页、mailto: 邮箱或 tel: 电话。",
        "content/documents/guide.mdx:24 图片“https://tracker.example/a.png”来自别的网站，不能用：打开网页时会从那个网站下载，读者的访问会被它知道。网页上只能用本网站自己的图片；表格和文件请放进 content/attachments/，用 <Attachment> 附上。",
      ]
    `);
  });

  it('checks the bodies of power items and of the site’s pages', () => {
    expect(messagesAfter('powers/hq-01.mdx', /---\n$/, '---\n\n[申请表](javascript:void(0))\n')).toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:47 链接“javascript:void(0)”不能用：以“javascript:”开头的地址不是网页，点开会运行程序或打开读者电脑上的文件，不安全。链接只能写本站地址（如 /powers/xs-01/）、https:// 开头的网页、mailto: 邮箱或 tel: 电话。",
      ]
    `);
    expect(messagesAfter('pages/home.mdx', '可以在这里查阅', '可以在[这里](vbscript:x)查阅')).toMatchInlineSnapshot(`
      [
        "content/pages/home.mdx:7 链接“vbscript:x”不能用：以“vbscript:”开头的地址不是网页，点开会运行程序或打开读者电脑上的文件，不安全。链接只能写本站地址（如 /powers/xs-01/）、https:// 开头的网页、mailto: 邮箱或 tel: 电话。",
      ]
    `);
  });

  it('rejects a site address that is not a web page', () => {
    expect(messagesAfter('settings.yaml', 'siteUrl: https://school.example.cn', 'siteUrl: javascript:alert(1)')).toMatchInlineSnapshot(`
      [
        "content/settings.yaml:1 “网站地址”（siteUrl）填的是“javascript:alert(1)”。请填写完整网址，以 https:// 开头，末尾不要加“/”，例如 https://www.example.edu.cn。",
      ]
    `);
  });
});

describe('links to the site’s own pages', () => {
  it('rejects a document or power item that does not exist', () => {
    expect(inGuide('见[食堂制度](/documents/no-such/)和[维修](/powers/xx-99/)。')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 链接“/documents/no-such/”指向的文件不存在：content/documents/ 里没有 no-such.mdx。请核对地址。",
        "content/documents/guide.mdx:21 链接“/powers/xx-99/”指向的小微权力事项不存在：content/powers/ 里没有 xx-99.mdx。地址里写事项编码的小写，例如 /powers/xs-01/。",
      ]
    `);
  });

  it('rejects a page that does not exist, and an address without its closing slash', () => {
    expect(inGuide('见[名词](/glosary/)和[文件](/documents/guide)。')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 链接“/glosary/”指向的页面不存在。是不是想写“/glossary/”？",
        "content/documents/guide.mdx:21 链接“/documents/guide”末尾要加“/”：请写成 /documents/guide/。",
      ]
    `);
  });

  it('rejects an anchor that is not on the page', () => {
    expect(inGuide('见[这里](/documents/guide/#art-9)和[那里](#art-7)。')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 链接“/documents/guide/#art-9”里的“#art-9”在那个页面上找不到。请核对“#”后面的部分，或者删掉它只链接到页面。",
        "content/documents/guide.mdx:21 链接“#art-7”在这份文件里找不到。请核对“#”后面的部分。",
      ]
    `);
  });

  it('rejects a public text that links to a staff-only page', () => {
    expect(inGuide('见[议事规则](/documents/meeting-rules/)和[维修审批](/powers/hq-01/)。')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 链接指向《会议议事规则》，它仅限校内，而这里的内容会在公开网站上发布，读者会打不开。请删掉这个链接，或者改为链接公开的页面。",
        "content/documents/guide.mdx:21 链接指向“维修审批”，它仅限校内，而这里的内容会在公开网站上发布，读者会打不开。请删掉这个链接，或者改为链接公开的页面。",
      ]
    `);
  });

  it('sends a link to an attachment to <Attachment>', () => {
    expect(inGuide('见[申请表](/attachments/form.docx)。')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 链接“/attachments/form.docx”直接指向附件。附件请用组件附上：<Attachment file="form.docx" title="表格名称" />，这样它会随文件发布，并注明类型和大小。",
      ]
    `);
  });

  it('does not report again a link to a document that has a problem of its own', () => {
    expect(
      messagesWith((content) => {
        const guide = join(content, 'documents/guide.mdx');
        writeFileSync(guide, readFileSync(guide, 'utf8').replace('effective: 2024-09-01', 'effective: 2024-02-30'));
        const rules = join(content, 'documents/meeting-rules.mdx');
        writeFileSync(
          rules,
          readFileSync(rules, 'utf8').replace('党组织会议由书记召集。', '党组织会议由书记召集，见[家长须知](/documents/guide/#art-2)。'),
        );
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:8 “施行日期”（effective）填的是“2024-02-30”，不是有效的日期。请按“年-月-日”填写，例如 2023-11-01。",
      ]
    `);
  });

  it('checks a relative address where it lands', () => {
    expect(inGuide('见[维修审批](powers/hq-01/)。')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:21 链接“powers/hq-01/”在这一页上指向 /documents/guide/powers/hq-01/，那里没有页面。站内链接请写以“/”开头的完整地址，例如 /powers/xs-01/。",
      ]
    `);
  });
});

describe('encodings', () => {
  it('accepts a byte-order mark and Windows line endings without a word', () => {
    expect(messagesWith(encoded('documents/guide.mdx', 'utf8-bom'))).toEqual([]);
    expect(messagesWith(encoded('settings.yaml', 'utf8-bom'))).toEqual([]);
    expect(
      messagesWith((content) => {
        const path = join(content, 'documents/guide.mdx');
        writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
      }),
    ).toEqual([]);
  });

  it('recognises settings saved as GBK: one message, and none about the placeholders it holds', () => {
    expect(messagesWith(encoded('settings.yaml', 'gbk'))).toMatchInlineSnapshot(`
      [
        "content/settings.yaml 这个文件是 GBK 编码（记事本里叫“ANSI”，也叫 GB2312、GB18030），网站只认 UTF-8 编码，否则会显示成乱码。请用记事本或 WPS 打开它，“另存为”，编码选 UTF-8，保存后再构建。",
      ]
    `);
  });

  it('recognises a document saved as GBK: one message, and none in the files that cite it', () => {
    expect(messagesWith(encoded('documents/guide.mdx', 'gbk'))).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx 这个文件是 GBK 编码（记事本里叫“ANSI”，也叫 GB2312、GB18030），网站只认 UTF-8 编码，否则会显示成乱码。请用记事本或 WPS 打开它，“另存为”，编码选 UTF-8，保存后再构建。",
      ]
    `);
  });

  it('recognises UTF-16, with or without a byte-order mark', () => {
    expect(messagesWith(encoded('documents/meeting-rules.mdx', 'utf16le-bom'))).toMatchInlineSnapshot(`
      [
        "content/documents/meeting-rules.mdx 这个文件是 UTF-16 编码（记事本里叫“Unicode”），网站只认 UTF-8 编码。请用记事本或 WPS 打开它，“另存为”，编码选 UTF-8，保存后再构建。",
      ]
    `);
    expect(messagesWith(encoded('org/roles.yaml', 'utf16le'))).toMatchInlineSnapshot(`
      [
        "content/org/roles.yaml 这个文件是 UTF-16 编码（记事本里叫“Unicode”），网站只认 UTF-8 编码。请用记事本或 WPS 打开它，“另存为”，编码选 UTF-8，保存后再构建。",
      ]
    `);
  });

  it('points at a damaged character in a UTF-8 file', () => {
    expect(
      messagesWith((content) => {
        const path = join(content, 'documents/guide.mdx');
        const bytes = readFileSync(path);
        const at = bytes.indexOf(Buffer.from('听障部'));
        writeFileSync(path, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe5, 0x90]), bytes.subarray(at)]));
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:23 这一行有无法识别的字符：文件不是 UTF-8 编码，或者这里粘贴进了损坏的文字。请重新输入这一行；如果整个文件都是乱码，请用记事本或 WPS 打开它，“另存为”，编码选 UTF-8，保存后再构建。",
      ]
    `);
  });
});

describe('YAML written by hand', () => {
  it('finds a full-width colon after a field name', () => {
    expect(messagesAfter('documents/guide.mdx', 'title: 家长须知', 'title：家长须知')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:2 “title”后面的冒号是中文冒号“：”。项目名后面要用英文冒号，再空一格，例如：title: 家长须知",
      ]
    `);
    expect(messagesAfter('org/roles.yaml', '  name: 校长', '  name：校长')).toMatchInlineSnapshot(`
      [
        "content/org/roles.yaml:4 “name”后面的冒号是中文冒号“：”。项目名后面要用英文冒号，再空一格，例如：name: 校长",
      ]
    `);
  });

  it('finds a tab used to indent', () => {
    expect(messagesAfter('powers/hq-01.mdx', '    actor: principal\n', '\tactor: principal\n')).toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:26 这一行开头用了 Tab 键缩进，这里只能用空格。请删掉行首的 Tab，改用空格对齐（每一层两个空格）。",
      ]
    `);
  });

  it('finds a field written twice', () => {
    expect(messagesAfter('documents/guide.mdx', 'status: in-force\n', 'status: in-force\nstatus: draft\n')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:10 “status”写了两次（第9行已经写过）。同一项只能写一次，请删掉多余的一行，或把两处合并。",
      ]
    `);
  });

  it('finds a colon without the space after it', () => {
    expect(messagesAfter('settings.yaml', 'schoolName: 测试市特殊教育学校', 'schoolName:测试市特殊教育学校')).toMatchInlineSnapshot(`
      [
        "content/settings.yaml:3 “schoolName:”后面少了一个空格。英文冒号后面要空一格再写内容，例如：schoolName: 测试市特殊教育学校",
      ]
    `);
    expect(messagesAfter('documents/meeting-rules.mdx', 'related: [guide]', 'related:\n-guide')).toMatchInlineSnapshot(`
      [
        "content/documents/meeting-rules.mdx:13 列表的每一项以“- ”开头，短横线后面要空一格，例如：- guide",
      ]
    `);
  });

  it('finds a quote that is not closed', () => {
    expect(messagesAfter('documents/guide.mdx', 'summary: 家长需要知道的事。', 'summary: "家长需要知道的事。')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:11 引号没有配对：这一项的内容以引号开头，却没有结尾的引号。请在内容末尾补上同样的引号（英文引号），或者把开头的引号删掉。",
      ]
    `);
  });

  it('finds indentation out of line', () => {
    expect(messagesAfter('powers/hq-01.mdx', '    action: 审批\n', '   action: 审批\n')).toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:27 这一行的缩进和同一层的其他项目对不齐。同一层的项目前面的空格要一样多（一般每一层两个空格）。",
      ]
    `);
    expect(messagesAfter('org/bodies.yaml', '  shortName: 支委会', '    shortName: 支委会')).toMatchInlineSnapshot(`
      [
        "content/org/bodies.yaml:3 这一行的缩进比上一行多，但上一行已经写了内容。同一层的项目要对齐（前面的空格一样多）；如果这是上一项内容的一部分，请接在上一行后面。",
      ]
    `);
  });

  it('finds a colon and space inside a value', () => {
    expect(messagesAfter('documents/guide.mdx', 'summary: 家长需要知道的事。', 'summary: 注意: 家长需要知道的事。')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:11 这一项的内容里有“英文冒号加空格”，会被当成另一个项目。请把内容里的冒号改成中文冒号“：”，或者把整段内容用英文双引号括起来。",
      ]
    `);
  });

  it('finds a missing or unclosed frontmatter', () => {
    expect(messagesAfter('documents/guide.mdx', /^---\n/, '')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:1 文件开头缺少用两行 --- 包起来的文件信息。第一行要写 ---，然后是各个项目（title: ……），再写一行 ---，下面才是正文。",
      ]
    `);
  });

  it('gives each unknown field its own line', () => {
    expect(messagesAfter('documents/guide.mdx', 'kind: system\n', 'kind: system\nauthor: 办公室\n')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:5 有不认识的项目：“author”。请检查拼写，或删掉它；可以填写的项目见 content/README.md。",
      ]
    `);
  });
});

describe('article and chapter numbers: one message where the mistake is', () => {
  it('an article number in Arabic digits', () => {
    expect(messagesAfter('documents/guide.mdx', '第二条　〔学校名称〕', '第2条　〔学校名称〕')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:23 条文编号“第2条”用了阿拉伯数字。条文编号要用中文数字：这里应当写“第二条”，后面空一格（全角空格“　”）再写内容。",
      ]
    `);
  });

  it('a Chinese numeral written wrongly', () => {
    expect(messagesAfter('documents/meeting-rules.mdx', '第二条　重大项目', '第十十条　重大项目')).toMatchInlineSnapshot(`
      [
        "content/documents/meeting-rules.mdx:17 条文编号“第十十条”的中文数字写法不对。这里应当写“第二条”。",
      ]
    `);
  });

  it('no space after the article number', () => {
    expect(messagesAfter('documents/guide.mdx', '第二条　〔学校名称〕', '第二条〔学校名称〕')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:23 “第二条”后面要空一格（全角空格“　”）再写内容，否则不算新的一条。请写成“第二条　……”。",
      ]
    `);
  });

  it('a chapter number in Arabic digits', () => {
    expect(messagesAfter('documents/guide.mdx', '## 第一章　总则', '## 第1章　总则')).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:19 章的编号“第1章”用了阿拉伯数字。请写成“第一章”，后面空一格（全角空格“　”）再写章名。",
      ]
    `);
  });

  it('an emptied document body: one message in that file, none where it is cited', () => {
    expect(messagesAfter('documents/meeting-rules.mdx', /---\n\n[\s\S]*$/, '---\n')).toMatchInlineSnapshot(`
      [
        "content/documents/meeting-rules.mdx:13 这份文件没有正文。请在文件信息结尾的 --- 下面写上正文（写法见 content/README.md）；要停止使用一份文件，请把 status 改为 repealed，不要删掉正文。",
      ]
    `);
  });
});

describe('files the build would not read, and names that cannot be addresses', () => {
  const rename = (from: string, to: string) => (content: string) => {
    mkdirSync(join(content, to, '..'), { recursive: true });
    renameSync(join(content, from), join(content, to));
  };

  it('reports a document with the wrong extension, with the name to use', () => {
    expect(
      messagesWith((content) => {
        const text = readFileSync(join(content, 'documents/guide.mdx'), 'utf8');
        writeFileSync(
          join(content, 'documents/rules-canteen.md'),
          text.replace('家长须知', '食堂管理制度').replace('shortTitle: 须知', 'shortTitle: 食堂制度'),
        );
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/documents/rules-canteen.md 这个文件不会被读取，网站上不会有它。规章制度文件要保存为 .mdx 文件。请改名为 rules-canteen.mdx（内容的写法见 content/README.md）。",
      ]
    `);
    expect(messagesWith(rename('documents/guide.mdx', 'documents/guide.MDX'))).toMatchInlineSnapshot(`
      [
        "content/documents/guide.MDX 这个文件不会被读取，网站上不会有它。扩展名要用小写的 .mdx。请改名为 guide.mdx。",
      ]
    `);
    expect(messagesWith(rename('documents/guide.mdx', 'documents/guide.mdx.txt'))).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx.txt 这个文件不会被读取，网站上不会有它。文件名末尾多了“.txt”（Windows 可能隐藏了它）。请改名为 guide.mdx。",
      ]
    `);
  });

  it('reports a power item written as YAML', () => {
    expect(messagesWith(write('powers/hq-02.yaml', 'code: HQ-02\n'))).toMatchInlineSnapshot(`
      [
        "content/powers/hq-02.yaml 这个文件不会被读取，网站上不会有它。小微权力事项要写成 .mdx 文件：请改名为 hq-02.mdx，并在文件的第一行前面和最后一行后面各加一行 ---。",
      ]
    `);
  });

  it('reports a document in the wrong folder', () => {
    expect(messagesWith(write('rules-canteen.mdx', '---\ntitle: 食堂管理制度\n---\n'))).toMatchInlineSnapshot(`
      [
        "content/rules-canteen.mdx 这个文件不会被读取，网站上不会有它。规章制度文件要直接放在 content/documents/ 文件夹里：请把它移到 content/documents/rules-canteen.mdx。",
      ]
    `);
    expect(messagesWith(write('org/rules-canteen.mdx', '---\ntitle: 食堂管理制度\n---\n'))).toMatchInlineSnapshot(`
      [
        "content/org/rules-canteen.mdx 这个文件不会被读取，网站上不会有它。规章制度文件要直接放在 content/documents/ 文件夹里：请把它移到 content/documents/rules-canteen.mdx。",
      ]
    `);
    expect(messagesWith(rename('documents/guide.mdx', 'documents/2024/guide.mdx'))).toMatchInlineSnapshot(`
      [
        "content/documents/2024/guide.mdx 这个文件不会被读取，网站上不会有它。规章制度文件要直接放在 content/documents/ 文件夹里：请把它移到 content/documents/guide.mdx。",
      ]
    `);
  });

  it('reports YAML files under a name the build does not know, suggesting the right one', () => {
    expect(messagesWith(write('org/role.yaml', '[]\n'))).toMatchInlineSnapshot(`
      [
        "content/org/role.yaml 这个文件不会被读取，网站上不会有它。是不是想写 org/roles.yaml？请改名为 roles.yaml。",
      ]
    `);
    expect(messagesWith(write('org/committees.yaml', '[]\n'))).toMatchInlineSnapshot(`
      [
        "content/org/committees.yaml 这个文件不会被读取，网站上不会有它。content/org/ 里只读这几个文件：bodies.yaml、departments.yaml、roles.yaml、matters.yaml。要写的内容请放进其中的文件，写法见 content/README.md。",
      ]
    `);
  });

  it('reports attachments out of their folder, of a kind that cannot be published, or with a Chinese name, and pictures', () => {
    expect(messagesWith(write('documents/申请表.docx', 'x'))).toMatchInlineSnapshot(`
      [
        "content/documents/申请表.docx 这个文件不会被读取，网站上不会有它。附件要放在 content/attachments/ 文件夹里：请把它移到 content/attachments/attachment-1.docx，再用 <Attachment> 附到文件或事项上。",
      ]
    `);
    expect(
      messagesWith((content) => {
        mkdirSync(join(content, 'attachments'));
        writeFileSync(join(content, 'attachments/notice.wps'), 'x');
        writeFileSync(join(content, 'documents/photo.png'), 'x');
        writeFileSync(join(content, 'attachments/家庭经济困难申请表.docx'), 'x');
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/documents/photo.png 这个文件不会被读取，网站上不会有它。正文里不能插入图片文件。要给家长看的表格或通知，请另存为 PDF 或 Word，放进 content/attachments/，用 <Attachment> 附上。",
        "content/attachments/notice.wps 这个文件不会被读取，网站上不会有它。附件只能是 PDF、Word（.docx、.doc）或 Excel（.xlsx、.xls）文件。请另存为其中一种。",
        "content/attachments/家庭经济困难申请表.docx 文件名“家庭经济困难申请表.docx”只能用英文小写字母、数字和连字符（它会成为网址的一部分）。请改名为 attachment-1.docx。",
      ]
    `);
  });

  it('proposes an address-safe name for a Chinese or spaced file name', () => {
    /** A new document: a copy of the guide under its own title. */
    const copy = (name: string) => (content: string) => {
      const text = readFileSync(join(content, 'documents/guide.mdx'), 'utf8');
      writeFileSync(
        join(content, 'documents', name),
        text.replace('title: 家长须知', 'title: 食堂管理制度').replace('shortTitle: 须知', 'shortTitle: 食堂制度'),
      );
    };
    expect(messagesWith(copy('食堂管理制度.mdx'))).toMatchInlineSnapshot(`
      [
        "content/documents/食堂管理制度.mdx 文件名“食堂管理制度.mdx”只能用英文小写字母、数字和连字符（它会成为网址的一部分）。请改名为 system-1.mdx。",
      ]
    `);
    expect(messagesWith(copy('Rules Canteen.mdx'))).toMatchInlineSnapshot(`
      [
        "content/documents/Rules Canteen.mdx 文件名“Rules Canteen.mdx”只能用英文小写字母、数字和连字符（它会成为网址的一部分）。请改名为 rules-canteen.mdx。",
      ]
    `);
  });

  it('reports a power item whose file name is not its code', () => {
    expect(messagesWith(rename('powers/hq-01.mdx', 'powers/维修审批.mdx'))).toMatchInlineSnapshot(`
      [
        "content/powers/维修审批.mdx 编码是“HQ-01”，文件名应当是 hq-01.mdx。请把文件改名为 hq-01.mdx。",
      ]
    `);
  });

  it('reports a page the site does not have, and a page that is missing', () => {
    expect(messagesWith(rename('pages/rules.mdx', 'pages/about.mdx'))).toMatchInlineSnapshot(`
      [
        "content/pages/about.mdx pages 文件夹里只放网站固定页面的文字：home.mdx、powers.mdx、rules.mdx。这个文件不会显示在网站上。要发布一份新文件，请放到 content/documents/ 里。",
        "content/pages/rules.mdx 缺少这个文件：它是网站“议事规则”页面开头的文字。请照 content/README.md 的“网站的页面”新建它。",
      ]
    `);
  });

  it('leaves README.md files, dot-files and office lock files alone', () => {
    expect(
      messagesWith((content) => {
        writeFileSync(join(content, 'README.md'), '# 编写指南');
        writeFileSync(join(content, 'documents/README.md'), '说明');
        writeFileSync(join(content, '.DS_Store'), '');
        writeFileSync(join(content, 'documents/~$guide.docx'), '');
        mkdirSync(join(content, '.obsidian'));
        writeFileSync(join(content, '.obsidian/app.json'), '{}');
      }),
    ).toEqual([]);
  });

  it('reports a backup file', () => {
    expect(messagesWith(write('documents/guide.mdx.bak', 'x'))).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx.bak 这个文件不会被读取，网站上不会有它。它像是备份或临时文件：请把它移出 content 文件夹，或者删掉。",
      ]
    `);
  });
});

describe('nothing silent', () => {
  it('rejects a new document with an empty body', () => {
    expect(
      messagesWith((content) => {
        const text = readFileSync(join(content, 'documents/guide.mdx'), 'utf8');
        writeFileSync(
          join(content, 'documents/rules-canteen.mdx'),
          text
            .replace(/---\n\n[\s\S]*$/, '---\n')
            .replace('家长须知', '食堂管理制度')
            .replace('须知', '食堂制度'),
        );
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/documents/rules-canteen.mdx:17 这份文件没有正文。请在文件信息结尾的 --- 下面写上正文（写法见 content/README.md）；要停止使用一份文件，请把 status 改为 repealed，不要删掉正文。",
      ]
    `);
  });

  it('rejects a title over 60 characters and a short title over 20', () => {
    expect(messagesAfter('documents/guide.mdx', 'title: 家长须知', `title: ${'家长须知'.repeat(16)}`)).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:2 标题太长了（64个字），最多60个字。请只写文件的名称，例如“××学校家长委员会章程”；说明写进 summary，规定写进正文。",
      ]
    `);
    expect(messagesAfter('documents/guide.mdx', 'shortTitle: 须知', `shortTitle: ${'须知'.repeat(11)}`)).toMatchInlineSnapshot(`
      [
        "content/documents/guide.mdx:3 简称太长了（22个字），最多20个字。简称用在引用和导航里，例如“章程”“家委会章程”。",
      ]
    `);
    expect(messagesAfter('powers/hq-01.mdx', 'name: 维修审批', `name: ${'维修审批'.repeat(16)}`)).toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:3 名称太长了（64个字），最多60个字。请写得简短些，详细的说明写进 summary。",
      ]
    `);
  });

  it('rejects a process whose steps loop without a way out', () => {
    // approve → meeting → approve …: 'do' can no longer be reached, but the loop is the one mistake.
    expect(
      messagesWith((content) => {
        const path = join(content, 'powers/hq-01.mdx');
        const text = readFileSync(path, 'utf8');
        writeFileSync(
          path,
          text
            .replace('    next: do\n', '    next: meeting\n')
            .replace('    timeLimit: 下一次例会\n', '    timeLimit: 下一次例会\n    next: approve\n'),
        );
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:34 办理流程在第2步（approve）、第3步（meeting）之间转圈，走不到最后一步：第3步（meeting）的下一步（next）又回到了第2步（approve）。请改正这里的下一步，或者给其中一步加上分支（branches），让它能往后走。",
      ]
    `);
    // The last step sends the process back to the start: it never ends.
    expect(messagesAfter('powers/hq-01.mdx', '    timeLimit: 按合同约定\n', '    timeLimit: 按合同约定\n    next: apply\n'))
      .toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:38 第4步（do）是最后一步，它的下一步（next）又回到了第1步（apply），流程没有终点。最后一步不写下一步，流程就在这里结束；要退回重办，请在前面的步骤里用分支（branches）写明。",
      ]
    `);
  });

  it('rejects a step that cannot be reached', () => {
    expect(messagesAfter('powers/hq-01.mdx', '        to: meeting\n', '        to: do\n')).toMatchInlineSnapshot(`
      [
        "content/powers/hq-01.mdx:30 第3步（meeting）从第一步走不到：没有哪一步的下一步（next）或分支（branches）通向它。请在前面的步骤里写上通向它的下一步或分支，或者删掉多余的步骤。",
      ]
    `);
  });

  it('accepts a loop that has a way out', () => {
    expect(
      messagesAfter(
        'powers/hq-01.mdx',
        '    timeLimit: 按合同约定\n',
        '    timeLimit: 按合同约定\n    branches:\n      - when: 验收合格\n        to: done\n      - when: 验收不合格\n        to: approve\n  - id: done\n    actor: logistics-head\n    action: 归档\n    timeLimit: 1个工作日\n',
      ),
    ).toEqual([]);
  });
});
