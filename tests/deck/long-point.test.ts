// A single point too long for a slide is continued after its sentences (or clauses), as a quote is, nothing lost; a
// point's last line `——某某` is its attribution, in the plan, the deck and the PowerPoint alike.
import { describe, expect, it } from 'vitest';
import { planDeck, renderSlides } from '../../src/deck/index.ts';
import type { ContentSlide } from '../../src/deck/types.ts';
import { parseOutline } from '../../src/outline/index.ts';

const SENTENCE =
  '坚持和发展新时代“枫桥经验”，把矛盾纠纷化解在基层、化解在萌芽状态，整合信访、司法、人社、住建等部门力量，实行一窗受理、分类流转、限时办结、跟踪回访的闭环机制。';
const LONG = Array.from({ length: 9 }, (_, i) => SENTENCE.replace('坚持', `第${i + 1}句坚持`)).join('');

const contentOf = (source: string) =>
  planDeck(parseOutline(source, 'talk.md')).slides.filter((slide): slide is ContentSlide => slide.kind === 'content');

describe('a point too long for a slide', () => {
  for (const aspect of ['16:9', '4:3'])
    it(`is continued after its sentences at ${aspect}, every word once and in order, its sub-point and attribution last`, () => {
      const slides = contentOf(
        `---\ntitle: 长\naspect: "${aspect}"\n---\n\n## 一个很长的要点\n\n1. 短的要点\n2. ${LONG}\n——某某\n   - 子要点\n`,
      );
      expect(slides.length).toBeGreaterThan(1);
      expect(slides.every((slide) => slide.fit !== 'too-long')).toBe(true);
      const points = slides.flatMap((slide) =>
        slide.blocks.flatMap((block) => (block.kind === 'points' ? block.points : [])),
      );
      const pieces = points.filter((point) => point.text !== '短的要点');
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.map((point) => point.text).join('')).toBe(LONG);
      // each piece ends a sentence
      for (const piece of pieces.slice(0, -1)) expect(piece.text).toMatch(/[。；]$/);
      expect(pieces.at(-1)!.attribution).toBe('某某');
      expect(pieces.at(-1)!.points.map((point) => point.text)).toEqual(['子要点']);
      expect(pieces.slice(0, -1).every((point) => point.attribution === undefined && point.points.length === 0)).toBe(
        true,
      );
      // a numbered list goes on from the long point's number on the slide it is continued on (continued-point.test.ts)
      const lists = slides.flatMap((slide) => slide.blocks.filter((block) => block.kind === 'points'));
      expect(lists.slice(1).every((list) => list.kind === 'points' && list.start === 2)).toBe(true);
    });
});

describe('an attribution under a point', () => {
  const source = `---\ntitle: 出处\n---\n\n## 要点下的出处\n\n- 江山就是人民，人民就是江山\n——习近平\n- 为人民服务\n  —— 毛泽东\n- ——独行的破折号\n\n> - 引文里的列表\n> ——照旧\n`;

  it('is the point’s attribution, not its words; a point of one such line and a quote’s list keep it as words', () => {
    const [slide] = contentOf(source);
    const [points, quote] = slide!.blocks;
    expect(points?.kind === 'points' && points.points.map((point) => [point.text, point.attribution])).toEqual([
      ['江山就是人民，人民就是江山', '习近平'],
      ['为人民服务', '毛泽东'],
      ['——独行的破折号', undefined],
    ]);
    expect(quote?.kind === 'quote' && quote.text).toContain('——照旧');
  });

  it('shows under the point in the deck', () => {
    const html = renderSlides(planDeck(parseOutline(source, 'talk.md')));
    expect(html).toContain('<span class="sd-attribution sd-point-attribution">—— 习近平</span>');
    expect(html).not.toMatch(/人民就是江山[^<]*习近平/);
  });
});

describe('a point too long for a slide whose words are not only paragraphs', () => {
  const subs = Array.from({ length: 14 }, (_, i) => `第${i + 1}项：${SENTENCE.slice(0, 44)}`);
  const rows = Array.from(
    { length: 18 },
    (_, i) => `第${i + 1}季度 | ${1000 + i * 37}件 | 网格员入户走访，矛盾纠纷就地化解`,
  );
  const cases = {
    'a long sub-list': {
      body: `1. 有很多子要点\n${subs.map((s) => `   - ${s}`).join('\n')}\n2. 后面的要点\n`,
      words: subs,
    },
    'a table': {
      body: `1. 各季度如下\n\n   | 季度 | 件数 | 做法 |\n   | --- | --- | --- |\n${rows.map((r) => `   | ${r} |`).join('\n')}\n2. 后面的要点\n`,
      words: rows.map((r) => r.split(' | ')[0]!),
    },
    'a quote': {
      body: `1. 领导的讲话\n\n${Array.from({ length: 7 }, (_, i) => `   > 第${i + 1}段：${SENTENCE}`).join('\n   >\n')}\n2. 后面的要点\n`,
      words: Array.from({ length: 7 }, (_, i) => `第${i + 1}段：`),
    },
    'a card': {
      body: `- **第一张卡片** ${LONG}\n- **第二张卡片** 短的卡片\n`,
      words: Array.from({ length: 9 }, (_, i) => `第${i + 1}句坚持`),
    },
  };
  for (const aspect of ['16:9', '4:3'])
    for (const [name, { body, words }] of Object.entries(cases))
      it(`with ${name} is continued between them at ${aspect}, every piece once and in order`, () => {
        const source = `---\ntitle: 长\naspect: "${aspect}"\n---\n\n## 很长的要点\n\n${body}`;
        const slides = contentOf(source);
        expect(slides.length).toBeGreaterThan(1);
        expect(slides.map((slide) => slide.fit)).not.toContain('too-long');
        // (the deck's text, its tags and the <wbr> between phrases left out)
        const shown = renderSlides(planDeck(parseOutline(source, 'talk.md'))).replace(/<[^>]*>/g, '');
        const found = words.map((word) => shown.indexOf(word));
        expect(found.every((at) => at >= 0)).toBe(true);
        expect(found).toEqual([...found].sort((a, b) => a - b));
        expect(words.every((word) => shown.indexOf(word) === shown.lastIndexOf(word))).toBe(true);
        // the first piece with its marker, the others reading on without one
        const points = slides.flatMap((slide) =>
          slide.blocks.flatMap((block) => (block.kind === 'points' ? block.points : [])),
        );
        const continuing = points.filter((point) => point.continues);
        expect(continuing.length).toBe(slides.length - 1);
      });
});
