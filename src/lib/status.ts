/** The status a reader sees, derived from the authored status and the dates. */
import type { DocumentStatus } from '../schemas/document.ts';

/** Status keys shown to readers; 'not-yet' is 尚未生效. */
export type DisplayStatus = DocumentStatus | 'not-yet';

/** In force but with an effective date after `today` (YYYY-MM-DD) → not yet in force. */
export function displayStatus(doc: { status: DocumentStatus; effective: string }, today: string): DisplayStatus {
  if (doc.status === 'in-force' && doc.effective > today) return 'not-yet';
  return doc.status;
}
