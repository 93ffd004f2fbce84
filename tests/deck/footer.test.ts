// How the footer's line is shared: the event whole at the centre where there is room, else the event and the part's
// name giving way in the same proportion, the page number never.
import { describe, expect, it } from 'vitest';
import { FOOTER, footerRoom } from '../../src/deck/footer.ts';
import { textEm } from '../../src/deck/measure.ts';

const width = (text: string) => textEm(text) * FOOTER.size;
const INNER_16_9 = 1920 - 2 * 116;
const INNER_4_3 = 1440 - 2 * 88;
const PAGE = '第 12 页';

describe('the footer’s room', () => {
  it('shows a short event whole at the centre, the part’s name whole on its left', () => {
    const texts = { part: '一、紧跟时代步伐', event: '青年干部理论学习交流会', page: PAGE };
    for (const inner of [INNER_16_9, INNER_4_3]) {
      const room = footerRoom(texts, inner);
      expect(room.event).toBeCloseTo(width(texts.event));
      expect(room.narrowed).toBe(false);
      // equal sides: the event's centre is the line's centre
      expect(room.side * 2 + room.event + 2 * FOOTER.gap).toBeCloseTo(inner);
      expect(room.side).toBeGreaterThanOrEqual(width(texts.part));
    }
  });

  it('shares a long part name and a long event in proportion, never squeezing the page number', () => {
    const texts = {
      part: '一、坚持以习近平同志为核心的党中央集中统一领导，推动中国特色社会主义事业',
      event: '2025年度处级干部进修班暨全过程人民民主专题研讨会',
      page: PAGE,
    };
    for (const inner of [INNER_16_9, INNER_4_3]) {
      const room = footerRoom(texts, inner);
      expect(room.narrowed).toBe(true);
      expect(room.side * 2 + room.event + 2 * FOOTER.gap).toBeCloseTo(inner);
      expect(room.event / width(texts.event)).toBeCloseTo(room.side / width(texts.part), 5);
      // each keeps more than a few characters
      expect(room.event).toBeGreaterThan(8 * FOOTER.size);
      expect(room.side).toBeGreaterThan(8 * FOOTER.size);
    }
  });

  it('keeps the page number’s side when only the event is long', () => {
    const texts = { part: '', event: '关'.repeat(80), page: PAGE };
    const room = footerRoom(texts, INNER_4_3);
    expect(room.side).toBeGreaterThanOrEqual(width(PAGE));
    expect(room.event).toBeCloseTo(INNER_4_3 - 2 * FOOTER.gap - 2 * room.side);
  });

  it('gives the whole line to the part’s name without an event, and leaves out an event with no room', () => {
    expect(footerRoom({ part: '一、标题', event: '', page: PAGE }, INNER_16_9)).toEqual({
      event: 0,
      side: INNER_16_9 - width(PAGE) - FOOTER.gap,
      narrowed: false,
    });
    const crowded = footerRoom({ part: '关'.repeat(200), event: '交流会', page: PAGE }, INNER_4_3);
    expect(crowded.event).toBe(0);
  });
});
