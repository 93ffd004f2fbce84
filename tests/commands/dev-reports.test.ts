// `speechdeck dev` reports each save once: the second read of a save (when its events have settled) shows the same
// slides and findings, and prints nothing.
import { describe, expect, it } from 'vitest';
import { newReports } from '../../src/commands/dev.ts';

describe('newReports', () => {
  it('lets a save through once, a changed one again, and every error', () => {
    const isNew = newReports();
    expect(isNew(['<section>一</section>', 'warning a'])).toBe(true);
    expect(isNew(['<section>一</section>', 'warning a'])).toBe(false);
    expect(isNew(['<section>二</section>', 'warning a'])).toBe(true);
    expect(isNew(['<section>二</section>'])).toBe(true);
    expect(isNew(undefined)).toBe(true);
    expect(isNew(undefined)).toBe(true);
    expect(isNew(['<section>二</section>'])).toBe(true);
  });
});
