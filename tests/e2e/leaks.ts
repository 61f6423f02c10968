/**
 * What an edition must not contain: every document, power item and attachment it does not publish,
 * by the address, title and opening words a leak would show, and where a built edition shows any of them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isPublished, type Edition } from '../../src/lib/editions.ts';
import { attachmentHref, compareHref, documentHref, powerHref, versionHref } from '../../src/lib/links.ts';
import type { SiteContent } from '../../src/lib/content/pipeline.ts';
import type { CheckedDocument } from '../../src/lib/content/validate.ts';

/** Something an edition leaves out. */
export interface Hidden {
  kind: 'document' | 'version' | 'compare' | 'power' | 'attachment';
  url: string;
  title: string;
  /** Words of its text that appear nowhere else. */
  text: string;
  status: string;
  audience: string;
}

/**
 * Words of a hidden document that no published document has: a draft revising a rule shares most of
 * its text with the rule in force, so its first article will not do.
 */
function ownWords(doc: CheckedDocument, published: CheckedDocument[]): string {
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = block.text
      .replace(/^第\S+?条[\s\u3000]+/, '')
      .replace(/〔[^〕]+〕/g, '')
      .slice(0, 30);
    if (text.length >= 12 && !published.some((p) => p.body.includes(text))) return text;
  }
  return '';
}

/** Everything `site` has that `edition` leaves out: documents, their earlier texts and 修订对照表, power items, attachments. */
export function hiddenFrom(site: SiteContent, edition: Edition): Hidden[] {
  const { documents, powers, versions } = site.content;
  const published = (x: { data: { audience: 'public' | 'staff'; status: string } }) => isPublished(x.data, edition);
  const attachedBy = (file: string) =>
    [...documents, ...powers].filter((x) => x.components.some((c) => c.name === 'Attachment' && c.props.file === file));
  const shown: CheckedDocument[] = [
    ...documents.filter(published),
    ...versions.filter((v) => published(v) && published(documents.find((d) => d.id === v.docId)!)),
  ];
  return [
    ...documents
      .filter((d) => !published(d))
      .map((d): Hidden => ({
        kind: 'document',
        url: documentHref(d.id),
        title: d.data.title,
        text: ownWords(d, shown),
        status: d.data.status,
        audience: d.data.audience,
      })),
    // An earlier text of a document the edition leaves out (or one left out itself), and its 对照表 with the next text.
    ...versions
      .filter((v) => !published(v) || !published(documents.find((d) => d.id === v.docId)!))
      .flatMap((v): Hidden[] => {
        const texts = [
          ...versions.filter((w) => w.docId === v.docId).map((w) => w.date),
          documents.find((d) => d.id === v.docId)!.data.effective,
        ];
        const next = texts.sort().find((date) => date > v.date)!;
        const base = { title: v.data.title, status: v.data.status, audience: v.data.audience };
        return [
          { ...base, kind: 'version', url: versionHref(v.docId, v.date), text: ownWords(v, shown) },
          { ...base, kind: 'compare', url: compareHref(v.docId, v.date, next), text: '' },
        ];
      }),
    ...powers
      .filter((p) => !published(p))
      .map((p): Hidden => ({
        kind: 'power',
        url: powerHref(p.id),
        title: p.data.name,
        text: p.data.summary.slice(0, 30),
        status: p.data.status,
        audience: p.data.audience,
      })),
    ...site.content.attachments
      .filter((a) => attachedBy(a.name).length > 0 && !attachedBy(a.name).some(published))
      .map((a): Hidden => ({ kind: 'attachment', url: attachmentHref(a.name), title: a.name, text: '', status: '', audience: 'staff' })),
  ];
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/**
 * Every place in the built edition at `root` that shows a hidden item: a file at its address, or its
 * address or text in any text file. (A public text may name a staff-only rule by its title, as the
 * charter does; what must never appear is a link to it or its text. Pagefind's own files are
 * compressed: the tests query the index instead.)
 */
export function leaks(root: string, hidden: Hidden[]): string[] {
  const files = allFiles(root);
  const texts = files.filter((f) => /\.(html|xml|txt|css|js|json|svg)$/.test(f)).map((f) => [f, readFileSync(f, 'utf8')] as const);
  const out: string[] = [];
  for (const item of hidden) {
    if (files.includes(join(root, item.url))) out.push(`${item.url}: the file is published`);
    for (const needle of [item.url, item.text].filter((s) => s.length >= 4)) {
      for (const [f] of texts.filter(([, t]) => t.includes(needle))) out.push(`${item.url}: "${needle}" in ${f.slice(root.length)}`);
    }
  }
  return out;
}
