// A `>` quote, with its last line `—— 作者` taken as who said it.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/outline/index.ts';
import { parse, talk, rendered } from './support.ts';

function blocksOf(...body: string[]): Block[] {
  return parse(talk('## 页', ...body)).opening[0]!.pages[0]!.blocks;
}

describe('quotes', () => {
  it('takes a last line starting with `——` as the attribution, and leaves it out of the quote', () => {
    expect(rendered(blocksOf('> 调查研究是谋事之基、成事之道。', '> —— 习近平'))).toMatchObject([
      {
        line: 5,
        column: 1,
        kind: 'quote',
        html: '<p>调查研究是谋事之基、成事之道。</p>\n',
        text: '调查研究是谋事之基、成事之道。',
        attribution: '习近平',
      },
    ]);
  });

  it('accepts `—`, `――` and `--` too, and an attribution set off by a blank `>` line', () => {
    const attributions = [
      ['> 没有调查，没有发言权。', '> — 毛泽东'],
      ['> 没有调查，没有发言权。', '> ――毛泽东'],
      ['> 没有调查，没有发言权。', '> -- 毛泽东《反对本本主义》'],
      ['> 没有调查，没有发言权。', '>', '> —— 毛泽东'],
    ].map((quote) => blocksOf(...quote)[0]);
    expect(attributions.map((block) => block?.kind === 'quote' && [block.text, block.attribution])).toEqual([
      ['没有调查，没有发言权。', '毛泽东'],
      ['没有调查，没有发言权。', '毛泽东'],
      ['没有调查，没有发言权。', '毛泽东《反对本本主义》'],
      ['没有调查，没有发言权。', '毛泽东'],
    ]);
  });

  it('has no attribution when the last line is part of the quote', () => {
    const [block] = blocksOf('> 第一行', '> 第二行');
    expect(rendered(block)).toMatchObject({
      line: 5,
      column: 1,
      kind: 'quote',
      html: '<p>第一行\n第二行</p>\n',
      text: '第一行\n第二行',
    });
    expect(block).not.toHaveProperty('attribution');
    expect(blocksOf('> 一个——破折号在句中')[0]).not.toHaveProperty('attribution');
  });

  it('is the only block of a slide that holds only a quote', () => {
    const slide = parse(talk('## 名言', '', '> 实践是检验真理的唯一标准。', '> —— 《光明日报》')).opening[0]!;
    expect(slide.pages[0]!.blocks.map((block) => block.kind)).toEqual(['quote']);
  });

  it('keeps a quote inside a list as part of the point', () => {
    const [block] = blocksOf('- 要点', '', '  > 引文', '  > —— 某某');
    expect(block).toMatchObject({ kind: 'points', points: [{ text: '要点\n引文\n—— 某某' }] });
  });
});
