// A quote too long for one slide, continued on （续） slides sentence by sentence, as Chromium draws it at 16:9 and 4:3:
// each part at the floor or above (so it prints at 7 pt at three a page) and all at one size, nothing past the slide's
// body, and the parts together the whole quote, its attribution under the last; a list inside a quote continued
// between its items.
import { describe, expect, it } from 'vitest';
import { FLOOR_SIZE } from '../../src/deck/layout.ts';
import { SLIDE_TEXT_PT, paperPtPerPx } from '../../src/deck/handout-layout.ts';
import { measureLayout } from '../../src/outputs/layout.ts';
import { ASPECTS, drawnAtEachAspect } from '../support/drawn-decks.ts';

const SENTENCES = [
  '坚持以人民为中心的发展思想，把群众利益放在首位。',
  '始终保持同人民群众的血肉联系；',
  '全年投入2023.5亿元，用在刀刃上！',
  '这是中国特色社会主义制度的显著优势？',
  '我们要“把为人民服务落到实处。”',
];
const QUOTE = SENTENCES.join('').repeat(10);

/** A numbered list inside a quote, too long for one slide. */
const ITEMS = Array.from({ length: 14 }, (_, i) => `第${i + 1}项：坚持以人民为中心的发展思想，把群众利益放在首位。`);
const LISTED = `> 总书记强调：\n>\n${ITEMS.map((item, i) => `> ${i + 1}. ${item}`).join('\n')}\n>\n> —— 习近平`;

const outline = (aspect: string) =>
  `---\ntitle: 引文\naspect: "${aspect}"\n---\n\n## 总书记的嘱托\n\n> ${QUOTE}\n> —— 习近平\n\n## 列表引文\n\n${LISTED}\n\n## 下一页\n\n- 要点\n`;

/** A quote part as drawn: its slide's title, its type size in px, its text, its attribution. */
interface Part {
  title: string;
  size: number;
  text: string;
  /** The numbers its list's items show. */
  numbers: number[];
  attribution: string;
}

const drawn = drawnAtEachAspect('long-quote', outline, async ({ browser, built, page }) => {
  const measures = await measureLayout(browser, built);
  const parts: Part[] = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.querySelectorAll<HTMLElement>('.reveal .slides section.sd-slide')].flatMap((section) => {
      const quote = section.querySelector<HTMLElement>('.sd-quote-text');
      if (!quote) return [];
      return [
        {
          title: section.querySelector('h2')?.textContent?.trim() ?? '',
          size: parseFloat(getComputedStyle(quote).fontSize),
          text: (quote.textContent ?? '').replace(/\s+/g, ''),
          numbers: [...quote.querySelectorAll('ol > li')].map(
            (item) =>
              Number(item.parentElement?.getAttribute('start') ?? 1) + [...item.parentElement!.children].indexOf(item),
          ),
          attribution: section.querySelector('.sd-attribution')?.textContent?.trim() ?? '',
        },
      ];
    });
  });
  return {
    parts: parts.filter((part) => part.title.startsWith('总书记的嘱托')),
    listed: parts.filter((part) => part.title.startsWith('列表引文')),
    measures,
    slides: built.deck.plan.slides.length,
  };
});

describe.each(ASPECTS)('a quote too long for one slide at %s', (aspect) => {
  it('is continued on （续） slides, the parts together the whole quote, the attribution under the last', () => {
    const { parts } = drawn.get(aspect)!;
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((part) => part.title)).toEqual([
      '总书记的嘱托',
      ...parts.slice(1).map(() => '总书记的嘱托（续）'),
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(QUOTE);
    expect(parts.map((part) => part.attribution)).toEqual([...parts.slice(1).map(() => ''), '—— 习近平']);
  });

  it('prints every part at the floor or above (7 pt at three a page), nothing past the slide', () => {
    const { parts, measures } = drawn.get(aspect)!;
    for (const part of parts) {
      expect(part.size).toBeGreaterThanOrEqual(FLOOR_SIZE);
      expect(part.size * paperPtPerPx(3, aspect)).toBeGreaterThanOrEqual(SLIDE_TEXT_PT - 0.05);
    }
    expect(measures.filter((measure) => measure.overflow || measure.smallText)).toEqual([]);
  });

  // (shared out by count, the parts of one quote were drawn at 42 px and then 48 px)
  it('draws every part at one size', () => {
    const { parts } = drawn.get(aspect)!;
    expect(new Set(parts.map((part) => part.size)).size).toBe(1);
  });

  // (a list inside a quote stayed whole as one piece: it could not be continued)
  it('continues a list inside a quote between its items, numbered on, nothing past the slide', () => {
    const { listed, measures } = drawn.get(aspect)!;
    expect(listed.length).toBeGreaterThan(1);
    expect(listed.map((part) => part.numbers).flat()).toEqual(ITEMS.map((_, i) => i + 1));
    expect(listed.map((part) => part.text).join('')).toBe(`总书记强调：${ITEMS.join('')}`);
    expect(new Set(listed.map((part) => part.size)).size).toBe(1);
    expect(measures.filter((measure) => measure.overflow)).toEqual([]);
  });
});
