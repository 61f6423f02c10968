/**
 * The checks that only earlier texts of documents need (content/documents/versions/<id>/<date>.mdx).
 * Everything a version shares with a document (the fields, the body, numbering, citations, components)
 * is checked by validate.ts exactly as for a document; here: that the folder names a document, the file
 * name is the text's effective date, the text says it was replaced, agrees with its document on kind and
 * audience, came into force before the next text, and that an old address it had is free.
 */
import { isCalendarDate } from '../../schemas/common.ts';
import type { DocumentData, VersionData } from '../../schemas/document.ts';
import { parseVersionKey, versionKey } from '../versions.ts';
import { suggest, type Problem } from './messages.ts';

/** A version as validate.ts checked it: its key is its id (charter@2023-11-01). */
export interface VersionCandidate {
  id: string;
  file: string;
  data: VersionData;
}

/** Where a version file sits: its document's folder and its file name. */
export function versionPlace(file: string): { docId: string; name: string } {
  const parts = file.split('/');
  return { docId: parts.at(-2) ?? '', name: (parts.at(-1) ?? '').replace(/\.mdx$/, '') };
}

/** The key a version file is known by: document id @ the date its file is named after. */
export function versionFileKey(file: string): string {
  const { docId, name } = versionPlace(file);
  return versionKey(docId, name);
}

/**
 * Check the versions against their documents; returns those that pass (sorted by document and date),
 * so that a broken one is not published.
 */
export function checkVersions<V extends VersionCandidate>(
  versions: V[],
  documents: ReadonlyArray<{ id: string; file: string; data: DocumentData }>,
  problems: Problem[],
): V[] {
  const docById = new Map(documents.map((d) => [d.id, d]));
  const ok: V[] = [];
  const formerIds = new Map<string, string>();
  for (const v of versions) {
    const before = problems.length;
    const { docId, name } = versionPlace(v.file);
    const doc = docById.get(docId);
    const report = (field: string | undefined, message: string) => problems.push({ file: v.file, ...(field ? { field } : {}), message });
    if (!doc) {
      report(
        undefined,
        `旧版本要放在以文件 id 命名的文件夹里，但没有 id 为“${docId}”的文件。${suggest(docId, docById.keys())}请把这个文件移到 documents/versions/<文件 id>/ 下，文件夹名和 documents/ 里现行文本的文件名（不含 .mdx）相同。`,
      );
      continue;
    }
    if (!isCalendarDate(name) || name !== v.data.effective) {
      report(
        'effective',
        `旧版本的文件名应当是这个版本的施行日期（effective）：${v.data.effective}.mdx，现在是“${name}.mdx”。请把文件改名，或核对施行日期。文件名就是这个版本的网址，定下后不要再改。`,
      );
    }
    if (v.data.status !== 'revised') {
      report('status', `旧版本的状态应当是 revised（已修订），现在填的是“${v.data.status}”。现行文本在 documents/${docId}.mdx 里；被它取代的旧文本，状态都写 revised。`);
    }
    if (v.data.replacedBy) {
      report('replacedBy', '旧版本不用写“被哪个文件取代”（replacedBy）：它被同一文件的下一个版本取代，网站会自动链接。请删掉这一行。');
    }
    if (v.data.kind !== doc.data.kind) {
      report('kind', `旧版本的文件类别是“${v.data.kind}”，现行文本是“${doc.data.kind}”。同一份文件的各个版本类别相同，请改成 ${doc.data.kind}。`);
    }
    if (v.data.audience !== doc.data.audience) {
      report(
        'audience',
        `旧版本的公开范围是“${v.data.audience}”，现行文本是“${doc.data.audience}”。同一份文件的各个版本公开范围相同（仅限校内的文件，旧版本也仅限校内），请改成 ${doc.data.audience}。`,
      );
    }
    if (v.data.effective >= doc.data.effective) {
      report('effective', `旧版本的施行日期（${v.data.effective}）应当早于现行文本的施行日期（${doc.data.effective}）。请核对日期；较新的文本应当是 documents/${docId}.mdx。`);
    }
    if (v.data.formerId) {
      const first = formerIds.get(v.data.formerId);
      if (docById.has(v.data.formerId)) {
        report('formerId', `原来的文件 id“${v.data.formerId}”现在是另一份文件的 id，它的网址不能再指向这个旧版本。请删掉这一行，或核对 id。`);
      } else if (first) {
        report('formerId', `原来的文件 id“${v.data.formerId}”在 ${first} 里已经用过。一个旧网址只能转到一个版本。`);
      } else formerIds.set(v.data.formerId, v.file);
    }
    if (problems.length === before) ok.push(v);
  }
  ok.sort((a, b) => a.id.localeCompare(b.id));

  // A version keeps its own 文号 when a new text replaced it; a 修正 that keeps the 文号 is history, not a version.
  for (const v of ok) {
    const { docId, date } = parseVersionKey(v.id)!;
    const next = ok.find((w) => parseVersionKey(w.id)!.docId === docId && parseVersionKey(w.id)!.date > date) ?? docById.get(docId)!;
    if (v.data.docNumber && v.data.docNumber === next.data.docNumber) {
      problems.push({
        file: v.file,
        field: 'docNumber',
        message: `这个旧版本的文号（${v.data.docNumber}）和取代它的文本相同。以新文号重新公布全文的，才另存旧版本；用决定修正个别条文、文号不变的，不另存旧版本，直接修改现行文本，并在它的 history 里写一项“修正”。`,
      });
    }
  }
  return ok;
}
