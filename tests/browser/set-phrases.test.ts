// Set phrases as the room sees them, in Chromium at the slide's own size, 16:9 and 4:3: a phrase of the list never
// broken where it fits on a line, and no line holding a short word alone before a phrase that had to move whole
// (坚持 / 以习近平同志为核心的党中央). Lines read from where each character is drawn (drawn-lines.js, as the paper pages
// read them).
import { describe, expect, it } from 'vitest';
import { keptPhrases } from '../../src/deck/phrases.ts';
import { planDeck } from '../../src/deck/index.ts';
import type { ContentSlide } from '../../src/deck/index.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { addLineReader } from '../../src/outputs/pdf/paper.ts';
import type { DrawnLinesReader } from '../support/drawn-lines.ts';
import { ASPECTS, drawnAtEachAspect } from '../support/drawn-decks.ts';

const PART = '坚持以习近平同志为核心的党中央集中统一领导，推动中国特色社会主义事业';
/** An organisation too long for one line of the 4:3 title slide: it broke as …办公 / 室. */
const ORGANIZATION = '中共某某省某某市某区委全面深化改革委员会办公室';

const outline = (aspect: string) => `---
title: |
  坚持以习近平同志为核心的党中央集中统一领导
  推动基层党组织建设全面进步全面过硬
speaker: 李某
organization: ${ORGANIZATION}
event: 青年干部理论学习交流会
aspect: "${aspect}"
---

# ${PART}

## 始终同以习近平同志为核心的党中央保持高度一致

- 坚持以习近平同志为核心的党中央集中统一领导，推动中国特色社会主义事业
- 深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”

# 坚持习近平新时代中国特色社会主义思想

## 要点

- 用习近平新时代中国特色社会主义思想凝心铸魂

${cards(CARD_PHRASE)}

${LONG_CARDS}
`;

/** Four cards whose words a card a quarter of the slide wide cannot hold between their phrases at the floor: at 16:9
 *  they broke as 坚持 / 中国特色社会主 / 义道路， and 推进 / 全过程人民民主 / ，完善; they stand two by two now. */
const LONG_CARDS = `## 四张长卡片

- **政治引领**：坚持中国特色社会主义道路，把党的领导贯穿基层治理全过程
- **法治保障**：推进全过程人民民主，完善基层群众自治制度
- **德治教化**：弘扬社会主义核心价值观，培育文明乡风良好家风
- **智治支撑**：建设数字乡村，推动治理数据互联互通`;

/** A card's words holding a set phrase (中国特色社会主义) that four cards side by side at 16:9 cannot hold on a line at the
 *  size their text alone would take, and the same number of words holding none. */
const CARD_PHRASE = '中国特色社会主义道路';
const CARD_WORDS = '中国特色社会发展道路';

const cards = (words: string) =>
  `## 四张卡片\n\n- **政治上**：增强四个意识\n- **思想上**：${words}\n- **组织上**：全面进步全面过硬\n- **作风上**：力戒形式主义\n`;

/** The type size the plan gives the four cards with `words` on the second. */
function cardsSize(aspect: string, words: string): number {
  const plan = planDeck(parseOutline(`---\ntitle: 卡片\naspect: "${aspect}"\n---\n\n${cards(words)}`, 'talk.md'));
  return plan.slides.find((slide): slide is ContentSlide => slide.kind === 'content')!.typeSize;
}

/** One line-broken text of a slide: its font size and content width in px, and its lines as drawn. */
interface Drawn {
  selector: string;
  size: number;
  width: number;
  lines: string[];
}

const drawn = drawnAtEachAspect('set-phrases', outline, async ({ page }) => {
  await addLineReader(page);
  return page.evaluate(async (): Promise<Drawn[]> => {
    const style = document.createElement('style');
    style.textContent = '.reveal .slides section.sd-slide { display: block !important; transform: none !important; }';
    document.head.append(style);
    await document.fonts.ready;
    const selector =
      'h1.sd-deck-title, h2.sd-part-title, h2.sd-heading, .sd-points:not(.sd-cards) > li, .sd-card-text, ' +
      'p.sd-organization';
    const readAll = (what: string, paper: boolean) =>
      [...document.querySelectorAll<HTMLElement>(what)].map((element) => {
        const scale = element.getBoundingClientRect().width / element.offsetWidth || 1;
        const size = parseFloat(getComputedStyle(element).fontSize);
        const read = (window as unknown as { speechdeckDrawnLines: DrawnLinesReader }).speechdeckDrawnLines;
        const lines = read(element, { scale }).lines.map((line) => line.drawn);
        const padding =
          parseFloat(getComputedStyle(element).paddingLeft) + parseFloat(getComputedStyle(element).paddingRight);
        const tag = element.tagName.toLowerCase();
        return { selector: paper ? `paper ${tag}` : tag, size, width: element.clientWidth - padding, lines };
      });
    const projected = readAll(selector, false);
    // the paper type (the handout at six a page) sets the title slide's organisation at 52 px
    document.documentElement.classList.add('sd-paper-type');
    return [...projected, ...readAll('p.sd-organization', true)];
  });
});

const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

describe.each(ASPECTS)('set phrases on the slides at %s', (aspect) => {
  it('never leaves a short word alone on a line before a set phrase', () => {
    const texts = drawn.get(aspect)!;
    expect(texts.length).toBeGreaterThan(5);
    for (const { lines } of texts)
      lines.slice(0, -1).forEach((line, i) => {
        const next = lines[i + 1]!;
        const opensWithPhrase = keptPhrases(next).some((phrase) => phrase.from === 0);
        expect(letters(line) <= 3 && opensWithPhrase, lines.join(' / ')).toBe(false);
      });
  });

  it('breaks a set phrase only where it is wider than the line, and then only at its inner boundary', () => {
    for (const { lines, size, width } of drawn.get(aspect)!) {
      const text = lines.join('');
      let at = 0;
      const starts = lines.slice(0, -1).map((line) => (at += line.length));
      for (const phrase of keptPhrases(text)) {
        const inside = starts.filter((start) => start > phrase.from && start < phrase.to);
        if (!inside.length) continue;
        // (each character one em, plus the letter-spacing the titles have: never more than 0.04 em)
        expect(phrase.to - phrase.from, `${lines.join(' / ')}: fits ${width / size} em`).toBeGreaterThan(
          width / (size * 1.04),
        );
        for (const start of inside) expect(phrase.inner, lines.join(' / ')).toContain(start);
      }
    }
  });

  it('never starts a line with a comma or a full stop, and breaks no word of the long cards', () => {
    const texts = drawn.get(aspect)!;
    for (const { lines } of texts)
      for (const line of lines.slice(1)) expect(/^[，。、；：！？）》”]/u.test(line), lines.join(' / ')).toBe(false);
    const long = texts.filter((text) => text.lines.join('').startsWith('坚持中国特色社会主义道路'));
    expect(long).toHaveLength(1);
    expect(
      long[0]!.lines.some((line) => line.includes('中国特色社会主义道路')),
      long[0]!.lines.join(' / '),
    ).toBe(true);
  });

  // A card is narrow: its type is set smaller, down to the floor, where that keeps a set phrase whole on its line.
  it('sets cards whose set phrase would break at their natural size smaller, the phrase whole on a line', () => {
    const card = drawn.get(aspect)!.find((text) => text.lines.join('') === CARD_PHRASE)!;
    expect(
      card.lines.filter((line) => line.includes('中国特色社会主义')),
      card.lines.join(' / '),
    ).toHaveLength(1);
    expect(card.size).toBe(cardsSize(aspect, CARD_PHRASE));
    if (aspect === '16:9') {
      // four cards in a row: at the size the same words without a set phrase take, the phrase is wider than the line
      const natural = cardsSize(aspect, CARD_WORDS);
      expect(card.size).toBeLessThan(natural);
      const inner = 1920 - 2 * 116;
      const line = (inner - 0.6 * natural * 3) / 4 - 1.6 * natural;
      expect('中国特色社会主义'.length * natural).toBeGreaterThan(line);
    }
  });

  // (the markup alone was tested: <wbr> between phrases and `text-wrap: balance`; this reads the lines as drawn)
  it.each([false, true])(
    'breaks the title slide’s organisation between phrases on balanced lines, none of one or two characters (paper type: %s)',
    (paper) => {
      const organization = drawn
        .get(aspect)!
        .find((text) => text.lines.join('') === ORGANIZATION && text.selector.startsWith('paper') === paper)!;
      const { lines, size } = organization;
      expect(size).toBe(paper ? 52 : 40);
      // (on paper at 4:3 the organisation is wider than the slide's line: it broke as …办公 / 室)
      if (paper && aspect === '4:3') expect(lines.length, lines.join(' / ')).toBeGreaterThan(1);
      for (const line of lines) expect(letters(line), lines.join(' / ')).toBeGreaterThan(2);
      // balanced: no line much shorter than the longest
      const lengths = lines.map(letters);
      expect(Math.min(...lengths), lines.join(' / ')).toBeGreaterThanOrEqual(Math.max(...lengths) * 0.75);
      // and every break between two of the phrases the slide marks, never inside a word
      if (lines.length > 1) expect(lines.slice(0, -1).map((line) => line.at(-1))).toEqual(['委']);
    },
  );

  it('sets the divider’s title so that its set phrase and 坚持 share a line, 集中统一领导 whole', () => {
    const divider = drawn.get(aspect)!.find((text) => text.selector === 'h2' && text.lines.join('') === PART)!;
    expect(divider.lines[0]!.startsWith('坚持以习近平同志为核心的党中央')).toBe(true);
    expect(divider.lines.some((line) => line.includes('集中统一领导'))).toBe(true);
  });
});
