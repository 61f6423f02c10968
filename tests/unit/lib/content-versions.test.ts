/**
 * Earlier texts of documents (content/documents/versions/<id>/<date>.mdx): checked like documents, and
 * against their document. Each case adds one version to a copy of the small good fixture
 * (tests/fixtures/content), with the message the author will read.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/read.ts';
import { checkContent } from '../../../src/lib/content/validate.ts';

const good = join(import.meta.dirname, '../../fixtures/content');
const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** An earlier text of meeting-rules, in force from 2020-01-01, with `change` applied to its file. */
const version = (change: (text: string) => string = (s) => s) =>
  change(`---
title: 会议议事规则
shortTitle: 议事规则
kind: rules
adoptedBy: party-committee
adopted: 2019-12-20
published: 2019-12-25
effective: 2020-01-01
status: revised
audience: staff
summary: 党组织会议怎样开会（旧版本）。
---

第一条　党组织会议由书记召集和主持。

第二条　本规则第一条所称会议，每月召开一次。
`);

/** The content checked with the file `name` (under documents/versions/) added, and the current text changed by `current`. */
function check(name: string, text: string, current: (text: string) => string = (s) => s) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  temp.push(dir);
  const content = join(dir, 'content');
  cpSync(good, content, { recursive: true });
  mkdirSync(join(content, 'documents/versions', name.split('/')[0]!), { recursive: true });
  writeFileSync(join(content, 'documents/versions', name), text);
  const rules = join(content, 'documents/meeting-rules.mdx');
  writeFileSync(rules, current(readFileSync(rules, 'utf8')));
  const checked = checkContent(readContent(content));
  return { checked, messages: checked.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.message}`) };
}

describe('earlier texts of documents', () => {
  it('are read and checked like documents, keyed by document and date', () => {
    const { checked, messages } = check('meeting-rules/2020-01-01.mdx', version());
    expect(messages).toEqual([]);
    expect(checked.versions.map((v) => [v.id, v.docId, v.date, v.structure.articles.length])).toEqual([
      ['meeting-rules@2020-01-01', 'meeting-rules', '2020-01-01', 2],
    ]);
    // Not a document: it has no page of its own in the lists, and its title names nothing.
    expect(checked.documents.map((d) => d.id)).toEqual(['guide', 'meeting-rules']);
  });

  it('have their numbering and citations checked', () => {
    expect(
      check(
        'meeting-rules/2020-01-01.mdx',
        version((s) => s.replace('第二条　本规则第一条', '第三条　本规则第九条')),
      ).messages,
    ).toMatchInlineSnapshot(`
      [
        "content/documents/versions/meeting-rules/2020-01-01.mdx:16 条文编号“第三条”不连续。这里应当是“第二条”：条文从第一条起全文连续编号，请改正，并检查引用这一条的地方。",
      ]
    `);
    expect(
      check(
        'meeting-rules/2020-01-01.mdx',
        version((s) => s.replace('本规则第一条', '本规则第九条')),
      ).messages,
    ).toMatchInlineSnapshot(`
      [
        "content/documents/versions/meeting-rules/2020-01-01.mdx:16 正文引用了“本规则第九条”，但《会议议事规则》只有2条，没有第九条。请核对引用的文件和条文编号。",
      ]
    `);
  });

  it('must sit in the folder of a document and be named after their effective date', () => {
    expect(check('meeting/2020-01-01.mdx', version()).messages).toMatchInlineSnapshot(`
      [
        "content/documents/versions/meeting/2020-01-01.mdx 旧版本要放在以文件 id 命名的文件夹里，但没有 id 为“meeting”的文件。请把这个文件移到 documents/versions/<文件 id>/ 下，文件夹名和 documents/ 里现行文本的文件名（不含 .mdx）相同。",
      ]
    `);
    expect(check('meeting-rules/2020-01-02.mdx', version()).messages).toMatchInlineSnapshot(`
      [
        "content/documents/versions/meeting-rules/2020-01-02.mdx:8 旧版本的文件名应当是这个版本的施行日期（effective）：2020-01-01.mdx，现在是“2020-01-02.mdx”。请把文件改名，或核对施行日期。文件名就是这个版本的网址，定下后不要再改。",
      ]
    `);
  });

  it('say they were replaced, agree with their document, and came before it', () => {
    const messages = check(
      'meeting-rules/2020-01-01.mdx',
      version((s) => s.replace('status: revised', 'status: in-force\nreplacedBy: guide').replace('audience: staff', 'audience: public')),
    ).messages;
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/documents/versions/meeting-rules/2020-01-01.mdx:9 旧版本的状态应当是 revised（已修订），现在填的是“in-force”。现行文本在 documents/meeting-rules.mdx 里；被它取代的旧文本，状态都写 revised。",
        "content/documents/versions/meeting-rules/2020-01-01.mdx:10 旧版本不用写“被哪个文件取代”（replacedBy）：它被同一文件的下一个版本取代，网站会自动链接。请删掉这一行。",
        "content/documents/versions/meeting-rules/2020-01-01.mdx:11 旧版本的公开范围是“public”，现行文本是“staff”。同一份文件的各个版本公开范围相同（仅限校内的文件，旧版本也仅限校内），请改成 staff。",
      ]
    `);
    expect(
      check(
        'meeting-rules/2025-01-01.mdx',
        version((s) => s.replace('effective: 2020-01-01', 'effective: 2025-01-01')),
      ).messages,
    ).toMatchInlineSnapshot(`
      [
        "content/documents/versions/meeting-rules/2025-01-01.mdx:8 旧版本的施行日期（2025-01-01）应当早于现行文本的施行日期（2024-03-02）。请核对日期；较新的文本应当是 documents/meeting-rules.mdx。",
      ]
    `);
  });

  it('are only kept for a text published anew: the same 文号 as the text after it is an amendment, recorded in history', () => {
    const numbered = (n: string) => (s: string) => s.replace('kind: rules', `kind: rules\ndocNumber: ${n}`);
    expect(check('meeting-rules/2020-01-01.mdx', version(numbered('×特校党〔2019〕3号')), numbered('×特校党〔2024〕2号')).messages).toEqual(
      [],
    );
    expect(check('meeting-rules/2020-01-01.mdx', version(numbered('×特校党〔2024〕2号')), numbered('×特校党〔2024〕2号')).messages)
      .toMatchInlineSnapshot(`
        [
          "content/documents/versions/meeting-rules/2020-01-01.mdx:5 这个旧版本的文号（×特校党〔2024〕2号）和取代它的文本相同。以新文号重新公布全文的，才另存旧版本；用决定修正个别条文、文号不变的，不另存旧版本，直接修改现行文本，并在它的 history 里写一项“修正”。",
        ]
      `);
  });

  it('may keep the address they had as a document of their own, if no document has it now', () => {
    expect(
      check(
        'meeting-rules/2020-01-01.mdx',
        version((s) => s.replace('status: revised', 'status: revised\nformerId: guide')),
      ).messages,
    ).toMatchInlineSnapshot(`
      [
        "content/documents/versions/meeting-rules/2020-01-01.mdx:10 原来的文件 id“guide”现在是另一份文件的 id，它的网址不能再指向这个旧版本。请删掉这一行，或核对 id。",
      ]
    `);
  });

  it('wait, without a word, while their document cannot be read: the mistake in the document itself is the one reported', () => {
    const { messages } = check('meeting-rules/2020-01-01.mdx', version(), (s) => s.replace('status: in-force', 'status in-force'));
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.startsWith('content/documents/meeting-rules.mdx'))).toBe(true);
  });
});
