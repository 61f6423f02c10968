import { describe, expect, it } from 'vitest';
import { canReference, editionsOf, isPublished, parseEdition } from '../../../src/lib/editions.ts';

const pub = { audience: 'public', status: 'in-force' } as const;
const repealed = { audience: 'public', status: 'repealed' } as const;
const staff = { audience: 'staff', status: 'in-force' } as const;
const draft = { audience: 'public', status: 'draft' } as const;

describe('editions', () => {
  it('publishes public material that is in force or repealed everywhere', () => {
    expect(editionsOf(pub)).toEqual(['public', 'staff', 'preview']);
    expect(editionsOf(repealed)).toEqual(['public', 'staff', 'preview']);
  });
  it('keeps staff-only material out of the public edition', () => {
    expect(isPublished(staff, 'public')).toBe(false);
    expect(editionsOf(staff)).toEqual(['staff', 'preview']);
  });
  it('keeps drafts out of every edition but preview, whatever their audience', () => {
    expect(editionsOf(draft)).toEqual(['preview']);
  });
  it('allows a reference only where the target is in every edition of the source', () => {
    expect(canReference(staff, pub)).toBe(true);
    expect(canReference(pub, staff)).toBe(false);
    expect(canReference(staff, draft)).toBe(false);
    expect(canReference(draft, staff)).toBe(true);
  });
  it('refuses an unknown edition name instead of building the public one silently', () => {
    expect(parseEdition(undefined)).toBe('public');
    expect(() => parseEdition('internal')).toThrow(/public, staff, preview/);
  });
});
