// A long quote's pieces: sentences, and clauses of a sentence too long alone; never inside a set phrase, a figure,
// bold or a link; the pieces rejoined are the quote, its attribution on the last.
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.ts';
import type { Block } from '../../src/outline/types.ts';
import { quoteOf, quotePieces } from '../../src/deck/quote-parts.ts';

type Quote = Extract<Block, { kind: 'quote' }>;

const quoteOfOutline = (body: string): Quote => {
  const outline = parseOutline(`---\ntitle: 引文\n---\n\n## 引文\n\n${body}\n`, 'talk.md');
  const block = outline.opening[0]!.pages[0]!.blocks[0]!;
  if (block.kind !== 'quote') throw new Error('not a quote');
  return block;
};

const texts = (quote: Quote, small: (part: Quote) => boolean, keep?: string[]) =>
  quotePieces(quote, small, keep).map((piece, index, all) => quoteOf(quote, [piece], index === all.length - 1).text);

describe('a quote’s pieces', () => {
  it('are its sentences, closing marks with them, across paragraphs and source lines', () => {
    const quote = quoteOfOutline(
      '> 第一句话。“第二句话！”\n> 第三句话？第四；\n>\n> 第二段第一句。第二段末句\n> —— 某某',
    );
    expect(texts(quote, () => true)).toEqual([
      '第一句话。',
      '“第二句话！”',
      '第三句话？',
      '第四；',
      '第二段第一句。',
      '第二段末句',
    ]);
  });

  it('are a sentence’s clauses where the sentence alone is too long, never inside a figure', () => {
    const quote = quoteOfOutline('> 全年投入1,000亿元，时间是10:30，地点在北京：这是一句。短句。');
    const small = (part: Quote) => part.text.length < 10;
    expect(texts(quote, small)).toEqual([
      '全年投入1,000亿元，',
      '时间是10:30，',
      '地点在北京：',
      '这是一句。',
      '短句。',
    ]);
  });

  it('never cut a set phrase, bold or a link', () => {
    const quote = quoteOfOutline(
      '> 要坚持**重点突出。不能放松**，把“三个代表”重要思想贯彻好。[链接，说明。](https://example.org)结束。',
    );
    expect(texts(quote, () => false)).toEqual(
      [
        '要坚持**重点突出。不能放松**，',
        '把“三个代表”重要思想贯彻好。',
        '[链接，说明。](https://example.org)结束。',
      ].map((t) => t.replace(/\*\*|\[|\]\(https:\/\/example\.org\)/g, '')),
    );
  });

  it('never cut the outline’s own set phrases (`keep:`)', () => {
    const quote = quoteOfOutline('> 坚持稳中求进，以进促稳。先立后破，不断巩固。');
    expect(texts(quote, () => false, ['稳中求进，以进促稳'])).toEqual([
      '坚持稳中求进，以进促稳。',
      '先立后破，',
      '不断巩固。',
    ]);
  });

  it('rejoined in runs are the quote: consecutive pieces of a paragraph one paragraph, the attribution on the last', () => {
    const quote = quoteOfOutline('> 甲句。乙句。\n>\n> 丙句。丁句。\n> —— 某某');
    const pieces = quotePieces(quote, () => true);
    const first = quoteOf(quote, pieces.slice(0, 3), false);
    const last = quoteOf(quote, pieces.slice(3), true);
    expect(first.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
    expect(first.text).toBe('甲句。乙句。\n\n丙句。');
    expect(first.attribution).toBeUndefined();
    expect(last.text).toBe('丁句。');
    expect(last.attribution).toBe('某某');
    expect(`${first.text}${last.text}`).toBe(quote.text);
  });

  // (a list inside a quote stayed one piece: a long one could not be continued between its items)
  it('are each item of a list inside the quote; rejoined, the items of one list are one list numbered on', () => {
    const quote = quoteOfOutline(
      '> 总书记强调。\n>\n> 1. 甲项。\n> 2. 乙项。\n> 3. 丙项。\n> 4. 丁项。\n>\n> 末句。\n> —— 某某',
    );
    expect(texts(quote, () => true)).toEqual(['总书记强调。', '甲项。', '乙项。', '丙项。', '丁项。', '末句。']);
    const pieces = quotePieces(quote, () => true);
    const first = quoteOf(quote, pieces.slice(0, 3), false);
    const last = quoteOf(quote, pieces.slice(3), true);
    expect(first.blocks.map((block) => block.kind)).toEqual(['paragraph', 'list']);
    expect(last.blocks.map((block) => block.kind)).toEqual(['list', 'paragraph']);
    const [, list] = first.blocks;
    const [rest] = last.blocks;
    expect(list?.kind === 'list' && list.items.length).toBe(2);
    expect(list?.kind === 'list' && list.start).toBeUndefined();
    // the second part's list numbers on from 3, and holds both items left
    expect(rest?.kind === 'list' && [rest.start, rest.items.length]).toEqual([3, 2]);
    const whole = quote.blocks[1]!;
    expect(rest?.line).toBe(whole.kind === 'list' ? whole.items[2]!.line : -1);
    expect(first.text).toBe('总书记强调。\n\n甲项。\n乙项。');
    expect(last.text).toBe('丙项。\n丁项。\n\n末句。');
    expect(last.attribution).toBe('某某');
    // whole, the quote as written
    expect(quoteOf(quote, pieces, true)).toEqual({ ...quote, line: quote.line });
  });
});
