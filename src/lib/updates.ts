/**
 * The list of changes (/updates/, the home page's 最近更新 and /updates.xml): every change to what an
 * edition publishes, newest first, worked out from the content's own dates, never from the day of
 * the build. Pure: plain data in, entries out.
 *
 *  - a document's first text on the site: 新发布, on the day it was published;
 *  - each later text that replaced it (a version, versions.ts): 修订 or 修正 (as its history names
 *    it), on the day the new text was published, with the 修订对照表;
 *  - a 修正 recorded in a text's history after that text was published (an amendment by decision,
 *    the text keeping its 文号): 修正, on the day of that entry, with its note;
 *  - a repealed document: 废止, on the day its history records it (else the day of its last entry);
 *  - a power item's dated changes (its optional `changes` field): 新增事项 or 事项修改.
 */
import { timeline, type TextFacts } from './versions.ts';

/** What a change was. */
export type UpdateKind = 'new' | 'revision' | 'amendment' | 'repeal' | 'power-new' | 'power-change';

/** One change, as listed. */
export interface Update {
  /** Its anchor on /updates/ and the last part of its Atom id, made of what never changes: u-2026-11-18-revision-charter-2026-11-18. */
  id: string;
  date: string;
  kind: UpdateKind;
  /** The word for it: 新发布, 修订, 修正, 废止, 新增事项, 事项修改. */
  action: string;
  /** What changed: the document's title, or the power item's code and name. */
  title: string;
  href: string;
  /** The 修订对照表 of a new text. */
  compareHref?: string;
  /** The day the text took effect, for new texts. */
  effective?: string;
  note?: string;
  audience: 'public' | 'staff';
}

/** A history entry as this module reads it. */
interface HistoryStep {
  date: string;
  action: string;
  note?: string;
}

/** A text of a document with what the list needs. */
export interface UpdateText extends TextFacts {
  href: string;
  history: HistoryStep[];
}

/** A published document with its texts. */
export interface UpdateDocument {
  id: string;
  title: string;
  status: string;
  audience: 'public' | 'staff';
  current: UpdateText;
  versions: UpdateText[];
}

/** A published power item with its dated changes. */
export interface UpdatePower {
  id: string;
  code: string;
  name: string;
  href: string;
  audience: 'public' | 'staff';
  changes: Array<{ date: string; action: '新增' | '修改'; note?: string }>;
}

const order: UpdateKind[] = ['repeal', 'revision', 'amendment', 'new', 'power-new', 'power-change'];

/** Every change, newest first. */
export function listUpdates(
  documents: UpdateDocument[],
  powers: UpdatePower[],
  compareHref: (docId: string, from: string, to: string) => string,
): Update[] {
  // Each entry's subject (document id and text, or power item id) makes its id, which must never change:
  // not its address, which moves when the text it is about becomes an earlier text.
  const out: Array<Omit<Update, 'id'> & { subject: string }> = [];
  for (const doc of documents) {
    if (doc.status === 'draft') continue;
    const base = { title: doc.title, audience: doc.audience, subject: doc.id };
    const texts = timeline(doc.versions, doc.current, (t) => t);
    texts.forEach((entry, k) => {
      const text = entry.text;
      const previous = entry.previous;
      if (!previous) {
        out.push({
          ...base,
          subject: `${doc.id}-${text.effective}`,
          date: text.published,
          kind: 'new',
          action: '新发布',
          href: text.href,
          effective: text.effective,
        });
      } else {
        // 修订 or 修正, as the new text's history names the step that made it.
        const making = text.history.filter(
          (h) => h.date > previous.published && h.date <= text.published && (h.action === '修订' || h.action === '修正'),
        );
        out.push({
          ...base,
          subject: `${doc.id}-${text.effective}`,
          date: text.published,
          kind: 'revision',
          action: making.at(-1)?.action ?? '修订',
          href: text.href,
          compareHref: compareHref(doc.id, previous.effective, text.effective),
          effective: text.effective,
          ...(making.at(-1)?.note ? { note: making.at(-1)!.note } : {}),
        });
      }
      // Amendments by decision while this text was the one in force (before the next text was published).
      const until = texts[k + 1]?.text.published;
      for (const h of text.history) {
        if (h.action !== '修正' || h.date <= text.published || (until !== undefined && h.date > until)) continue;
        out.push({ ...base, date: h.date, kind: 'amendment', action: '修正', href: text.href, ...(h.note ? { note: h.note } : {}) });
      }
    });
    if (doc.status === 'repealed') {
      const repeal = doc.current.history.findLast((h) => h.action === '废止');
      const date = repeal?.date ?? [doc.current.published, ...doc.current.history.map((h) => h.date)].sort().at(-1)!;
      out.push({ ...base, date, kind: 'repeal', action: '废止', href: doc.current.href, ...(repeal?.note ? { note: repeal.note } : {}) });
    }
  }
  for (const p of powers) {
    for (const c of p.changes) {
      out.push({
        date: c.date,
        kind: c.action === '新增' ? 'power-new' : 'power-change',
        action: c.action === '新增' ? '新增事项' : '事项修改',
        title: `${p.code} ${p.name}`,
        subject: p.id,
        href: p.href,
        audience: p.audience,
        ...(c.note ? { note: c.note } : {}),
      });
    }
  }
  out.sort((a, b) => b.date.localeCompare(a.date) || order.indexOf(a.kind) - order.indexOf(b.kind) || a.title.localeCompare(b.title, 'zh'));
  const seen = new Map<string, number>();
  return out.map(({ subject, ...u }) => {
    const slug = `u-${u.date}-${u.kind}-${subject}`;
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return { id: n > 1 ? `${slug}-${n}` : slug, ...u };
  });
}

/** The date of the latest change in a list (newest first), or undefined for an empty list. */
export function latestDate(updates: Update[]): string | undefined {
  return updates.reduce<string | undefined>((max, u) => (max === undefined || u.date > max ? u.date : max), undefined);
}
