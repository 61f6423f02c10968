/**
 * The components authors may write in MDX (content/README.md), handed to every rendered MDX file so
 * that no import is needed. Their props are checked by src/lib/content/components.ts.
 */
import Note from './Note.astro';
import PowerFlow from './PowerFlow.astro';
import Matters from './Matters.astro';
import Attachment from './Attachment.astro';
import type { ComponentName } from '../../lib/content/components.ts';

export const contentComponents = { Note, PowerFlow, Matters, Attachment } satisfies Record<ComponentName, unknown>;
