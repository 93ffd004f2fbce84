// The long image's page and where it is cut, without a browser.
import { describe, expect, it } from 'vitest';
import { longFooter, longHeaderLines, longImageParts } from '../../../src/outputs/pictures/long-html.ts';
import { pictureName } from '../../../src/outputs/pictures/folder.ts';
import { longImagePartPath } from '../../../src/outputs/pictures/long-image.ts';

/** A header of 200 px, then `n` slides of 608 px each after a gap of 12, then a footer of 90. */
function page(n: number) {
  const blocks = [{ top: 0, bottom: 200 }];
  let y = 200;
  for (let i = 0; i < n; i++) {
    blocks.push({ top: y + 12, bottom: y + 12 + 608 });
    y += 620;
  }
  blocks.push({ top: y + 12, bottom: y + 102 });
  return { blocks, total: y + 102 };
}

describe('cutting the long image', () => {
  it('keeps a page within the limit whole', () => {
    const { blocks, total } = page(21);
    expect(longImageParts(blocks, total, 16_000)).toEqual([{ top: 0, height: total }]);
  });

  it('cuts between slides, never through one, and no part is taller than the limit', () => {
    for (const slides of [26, 40, 120]) {
      const { blocks, total } = page(slides);
      const parts = longImageParts(blocks, total, 16_000);
      expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(total / 16_000));
      expect(parts.reduce((sum, part) => sum + part.height, 0)).toBe(total);
      for (const part of parts) {
        expect(part.height).toBeLessThanOrEqual(16_000);
        expect(blocks.some((block) => block.top === part.top)).toBe(true);
      }
    }
  });

  it('names the parts -1, -2… only when there is more than one', () => {
    expect(longImagePartPath('dist/talk-长图.jpg', 1, 1)).toBe('dist/talk-长图.jpg');
    expect(longImagePartPath('dist/talk-长图.jpg', 2, 3)).toBe('dist/talk-长图-2.jpg');
  });
});

describe('the long image words', () => {
  it('names the talk, the speaker, the event and the date', () => {
    const meta = { title: '题目', speaker: '张某某', organization: '某某单位', event: '交流会', date: '2026-11-27' };
    expect(longHeaderLines(meta)).toEqual(['某某单位　张某某', '交流会　2026年11月27日']);
    expect(longFooter(meta, 21)).toBe('题目　·　某某单位 张某某　·　共21页');
    expect(longHeaderLines({})).toEqual([]);
  });
});

describe('picture names', () => {
  it('are zero-padded to the digits of the slide count, two at least', () => {
    expect(pictureName(0, 21, 'png')).toBe('01.png');
    expect(pictureName(6, 9, 'jpg')).toBe('07.jpg');
    expect(pictureName(6, 120, 'png')).toBe('007.png');
  });
});
