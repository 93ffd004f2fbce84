// Bullet and numbered lists become a slide's points: one nested level kept, deeper levels folded into it.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/outline/index.ts';
import { parse, talk, textOf, rendered } from './support.ts';

function blocksOf(...body: string[]): Block[] {
  return parse(talk('## 页', ...body)).opening[0]!.pages[0]!.blocks;
}

describe('points', () => {
  it('turns a bullet list into points with their line and column', () => {
    expect(rendered(blocksOf('- 社会结构：不同对象，不同方法', '- 思想观念：一把钥匙开一把锁'))).toMatchObject([
      {
        line: 5,
        column: 1,
        kind: 'points',
        ordered: false,
        points: [
          {
            line: 5,
            column: 1,
            html: '社会结构：不同对象，不同方法',
            text: '社会结构：不同对象，不同方法',
            points: [],
          },
          { line: 6, column: 1, html: '思想观念：一把钥匙开一把锁', text: '思想观念：一把钥匙开一把锁', points: [] },
        ],
      },
    ]);
  });

  it('marks a numbered list as ordered', () => {
    const [block] = blocksOf('1. 深入基层', '2. 掌握实情');
    expect(block).toMatchObject({ kind: 'points', ordered: true });
    expect(textOf(block!)).toBe('深入基层\n掌握实情');
  });

  it('leaves a numbered list whose items already say their own numbers to the speaker (no （一）（一）)', () => {
    for (const own of [
      ['1. **（一）坚持党建引领**：网格全覆盖', '2. **（二）聚焦民生实事**：办结率98%'],
      ['1. 一是深入基层', '2. 二是掌握实情', '3. 三是解决问题'],
      ['1. (1) 深入基层', '2. (2) 掌握实情'],
      ['3. 第三，深入基层', '4. 第四，掌握实情'],
      ['1. ① 深入基层', '2. ② 掌握实情'],
      ['10. （十）深入基层', '11. （十一）掌握实情'],
    ])
      expect(blocksOf(...own)[0], own.join(' / ')).toMatchObject({ kind: 'points', ordered: false });
    // Numbers that are words of the point, or do not count along with the list, are not the speaker's numbering.
    for (const ours of [
      ['1. 第一书记驻村', '2. 第一时间响应'],
      ['1. （一）深入基层', '2. 掌握实情'],
      ['1. 1.5万户受益', '2. 2.3万人参与'],
      ['1. 三是深入基层', '2. 一是掌握实情'],
    ])
      expect(blocksOf(...ours)[0], ours.join(' / ')).toMatchObject({ kind: 'points', ordered: true });
  });

  it('renders inline Markdown in `html` and keeps plain words in `text`', () => {
    const [block] = blocksOf('- 要*沉下去*，**摸实情**，[看原文](https://example.org)');
    expect(rendered(block)).toMatchObject({
      points: [
        {
          html: '要<em>沉下去</em>，<strong>摸实情</strong>，<a href="https://example.org">看原文</a>',
          text: '要沉下去，摸实情，看原文',
        },
      ],
    });
  });

  it('keeps one nested level as the point’s own points', () => {
    const [block] = blocksOf('- 方法', '  - 座谈', '  - 走访', '- 态度');
    expect(block).toMatchObject({
      points: [
        {
          text: '方法',
          points: [
            { line: 6, column: 3, text: '座谈', points: [] },
            { line: 7, column: 3, text: '走访', points: [] },
          ],
        },
        { text: '态度', points: [] },
      ],
    });
  });

  it('folds deeper levels into the nested point as further lines, losing no words', () => {
    const [block] = blocksOf('- 方法', '  - 座谈', '    - 开好座谈会', '      - 会前列提纲', '  - 走访');
    expect(rendered(block)).toMatchObject({
      points: [
        {
          text: '方法',
          points: [
            { text: '座谈\n开好座谈会\n会前列提纲', html: '座谈<br>开好座谈会<br>会前列提纲', points: [] },
            { text: '走访', points: [] },
          ],
        },
      ],
    });
  });

  it('joins the paragraphs of one point with a line break', () => {
    const [block] = blocksOf('- 第一段', '', '  第二段', '- 下一点');
    expect(rendered(block)).toMatchObject({
      points: [{ text: '第一段\n第二段', html: '第一段<br>第二段' }, { text: '下一点' }],
    });
  });

  it('keeps lists apart from the paragraphs around them', () => {
    expect(blocksOf('导语', '', '- 一', '', '结语').map((block) => block.kind)).toEqual([
      'markdown',
      'points',
      'markdown',
    ]);
  });
});
