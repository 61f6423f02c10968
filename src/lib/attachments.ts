/** How an attachment is described to readers: its kind by file ending, and its size. */
import { labels } from '../strings.ts';

/** enrolment-application.docx → Word 文档. */
export function attachmentKind(file: string): string {
  const ext = /\.(\w+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  return (labels.fileKind as Record<string, string>)[ext] ?? labels.fileKind.other;
}

/** 2,300 → 2 KB, 1,450,000 → 1.4 MB (as Chinese sites write it). */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
