// The line counts' cache: a count asked with other settings (size, width, spacing, tail, indent, exact widths, rules)
// is never answered with the one of the settings counted just before, in whatever order they come.
import { describe, expect, it, vi } from 'vitest';
import type { LineOptions } from '../../src/deck/measure.ts';
import { CARD_PHRASES } from '../../src/deck/phrases.ts';

const TEXT = '坚持和发展新时代枫桥经验，把矛盾纠纷化解在基层、化解在萌芽状态，让群众少跑腿';

/** Settings that differ in one thing each from those at `like` (the first two from each other), and count this text
 *  in another number of lines. */
const SETTINGS: Array<{ size: number; width: number; options: LineOptions; like: number }> = [
  { size: 40, width: 400, options: {}, like: 1 },
  { size: 30, width: 400, options: {}, like: 0 },
  { size: 40, width: 640, options: {}, like: 0 },
  { size: 40, width: 400, options: { indentEm: 6 }, like: 0 },
  { size: 40, width: 400, options: { tailEm: 4 }, like: 0 },
  { size: 30, width: 400, options: { spacingEm: 0.3 }, like: 1 },
  { size: 40, width: 400, options: { exact: true }, like: 0 },
  { size: 30, width: 400, options: { rules: CARD_PHRASES }, like: 1 },
];

/** lineCount of a module loaded afresh: nothing cached, so the count is made from its settings alone. */
async function freshCount({ size, width, options }: (typeof SETTINGS)[number]): Promise<number> {
  vi.resetModules();
  const { lineCount } = await import('../../src/deck/measure.ts');
  return lineCount(TEXT, size, width, options);
}

describe('the line counts cached by their settings', () => {
  it('give each settings its own count, whichever settings were counted just before', async () => {
    const { lineCount } = await import('../../src/deck/measure.ts');
    const expected: number[] = [];
    for (const one of SETTINGS) expected.push(await freshCount(one));
    // (each one thing changed changes the count, so a count answered for the settings before is seen)
    for (const { size, width, options, like } of SETTINGS) {
      const other = SETTINGS[like]!;
      expect(lineCount(TEXT, size, width, options), JSON.stringify([size, width, options])).not.toBe(
        lineCount(TEXT, other.size, other.width, other.options),
      );
    }
    for (const [a, first] of SETTINGS.entries())
      for (const [b, second] of SETTINGS.entries()) {
        // (equal settings in new objects: the count is the same)
        expect(lineCount(TEXT, first.size, first.width, { ...first.options })).toBe(expected[a]);
        expect(lineCount(TEXT, second.size, second.width, second.options)).toBe(expected[b]);
      }
  });
});
