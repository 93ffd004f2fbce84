// `---` inside a slide continues it on a new page with the same title; each page keeps its own notes.
import { describe, expect, it } from 'vitest';
import { parse, talk, textOf, rendered } from './support.ts';

describe('continuation pages', () => {
  it('starts a new page of the same slide at each `---`, each page with its own blocks and notes', () => {
    const slide = parse(
      talk(
        '## 三个到位', //             4
        '- 思想到位', //              5
        'Note: 第一页讲稿', //        6
        '---', //                     7
        '- 措施到位', //              8
        '', //                        9
        '::: notes', //              10
        '第二页讲稿', //             11
        ':::', //                    12
        '---', //                    13
        '- 落实到位', //             14
      ),
    ).opening[0]!;
    expect(slide.pages.map((page) => [page.line, page.column, page.blocks.length, page.notes?.text])).toEqual([
      [4, 1, 1, '第一页讲稿'],
      [8, 1, 1, '第二页讲稿'],
      [14, 1, 1, undefined],
    ]);
    expect(slide.endLine).toBe(14);
  });

  it('ends `Note:` notes at the `---`', () => {
    const slide = parse(talk('## 页', 'Note: 讲稿', '---', '续页正文')).opening[0]!;
    expect(slide.pages[0]!.notes?.text).toBe('讲稿');
    expect(slide.pages[1]!.blocks.map(textOf)).toEqual(['续页正文']);
  });

  it('reads `text` over `---` as a paragraph and a new page, never as a heading', () => {
    const slide = parse(talk('## 页', '第一页最后一行', '---', '第二页')).opening[0]!;
    expect(slide.pages.map((page) => page.blocks.map(textOf))).toEqual([['第一页最后一行'], ['第二页']]);
  });

  it('ignores `---` in a divider’s intro and before the first slide', () => {
    const outline = parse(talk('---', '## 开场', '# 一、部分', '导语', '---', '更多导语', '## 页'));
    expect(outline.opening[0]!.pages).toHaveLength(1);
    expect(outline.parts[0]!.intro.map(textOf)).toEqual(['导语', '更多导语']);
  });

  it('keeps `***` and an indented `---` as ordinary rules on the same page', () => {
    const slide = parse(talk('## 页', '上', '', '***', '', '- 要点', '', '  ---')).opening[0]!;
    expect(slide.pages).toHaveLength(1);
    expect(rendered(slide.pages[0]!.blocks[1])).toMatchObject({ kind: 'markdown', html: '<hr>\n' });
  });
});
