// The meeting deck holds each font its talks share once: taken out of every talk's deck into one list, and put back
// as it was (the page does so when it starts); a deck that holds the mark itself is kept whole.
import { describe, expect, it } from 'vitest';
import { sharedFonts } from '../../../src/outputs/meeting/deck-html.ts';

const font = (n: number) => `data:font/woff2;base64,d09GMg${'A'.repeat(n)}==`;
const deck = (...fonts: string[]) =>
  `<style>${fonts.map((url) => `@font-face{src:url(${url}) format('woff2')}`).join('')}</style><p>讲话</p>`;

describe('sharedFonts', () => {
  it('keeps one copy of a font every talk holds, and each deck comes back as it was', () => {
    const decks = [deck(font(10), font(20)), deck(font(10), font(20)), deck(font(10), font(30))];
    const shared = sharedFonts(decks);
    expect(shared.fonts).toEqual([font(10), font(20), font(30)]);
    for (const held of shared.decks) expect(held).not.toContain('data:font');
    const back = shared.decks.map((held) => held.replace(/\uffff(\d+)\uffff/g, (_, n) => shared.fonts[Number(n)]!));
    expect(back).toEqual(decks);
  });

  it('keeps whole a deck that holds the mark itself', () => {
    const odd = `${deck(font(10))}\uffff0\uffff`;
    const shared = sharedFonts([deck(font(10)), odd]);
    expect(shared.decks[1]).toBe(odd);
  });
});
