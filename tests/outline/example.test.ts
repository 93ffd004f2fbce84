// A whole realistic outline, read the way the deck will read it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, rendered } from './support.ts';

const source = readFileSync(new URL('./fixtures/diaocha-yanjiu.md', import.meta.url), 'utf8');

describe('a realistic 交流发言 outline', () => {
  const outline = parse(source);

  it('reads the front matter with its defaults', () => {
    expect(outline.meta).toMatchObject({
      title: '把调查研究做深做实做细',
      subtitle: '交流发言',
      speaker: '王某某',
      date: '2026-11-27',
      duration: 8,
      pace: 220,
      theme: 'red',
      closing: '以上是我的一点体会，不当之处请批评指正。',
    });
  });

  it('has an opening slide and three parts with their slides', () => {
    expect(outline.opening.map((slide) => [slide.title, slide.line, slide.attributes.classes])).toEqual([
      ['开场', 12, ['opening']],
    ]);
    expect(outline.parts.map((part) => [part.title, part.line, part.slides.map((slide) => slide.title)])).toEqual([
      ['一、调查研究要"深"下去', 20, ['走出机关，走到现场', '一段话']],
      ['二、调查研究要"实"起来', 44, ['掌握第一手材料']],
      ['三、调查研究要"细"到底', 69, ['把成果转化为举措']],
    ]);
    expect(outline.parts[1]!.attributes?.data).toEqual({ 'data-background-color': '#fdf6e3' });
  });

  it('puts the intro and notes of a part on its divider', () => {
    const [first] = outline.parts;
    expect(first!.intro).toMatchObject([{ kind: 'markdown', line: 22, text: '调查研究不能浮在面上，要沉到一线。' }]);
    expect(first!.notes).toMatchObject({ line: 24, text: '第一点，讲一个"深"字。' });
  });

  it('reads points with one nested level, and `Note:` notes', () => {
    const slide = outline.parts[0]!.slides[0]!;
    const [page] = slide.pages;
    expect(page!.blocks).toMatchObject([
      {
        kind: 'points',
        line: 30,
        points: [
          {
            text: '到矛盾多的地方去',
            points: [{ text: '企业反映问题集中的园区' }, { text: '群众来信反映较多的社区' }],
          },
          { text: '到情况复杂的地方去', points: [] },
          { text: '到工作推不开的地方去', points: [] },
        ],
      },
    ]);
    expect(page!.notes).toMatchObject({
      line: 36,
      text: '去年我们到城郊一个产业园调研，原计划半天，最后待了三天。\n因为企业反映的问题，坐在会议室里根本听不全。',
    });
    expect(slide.endLine).toBe(37);
  });

  it('reads a quote-only slide with its attribution', () => {
    expect(rendered(outline.parts[0]!.slides[1]!.pages[0]!.blocks)).toMatchObject([
      {
        line: 41,
        column: 1,
        kind: 'quote',
        html: '<p>调查研究是谋事之基、成事之道。</p>\n',
        text: '调查研究是谋事之基、成事之道。',
        attribution: '习近平',
      },
    ]);
  });

  it('splits a slide at `---`, each page with its own notes', () => {
    const slide = outline.parts[1]!.slides[0]!;
    expect(slide.pages.map((page) => [page.line, page.blocks.map((block) => block.kind), page.notes?.line])).toEqual([
      [46, ['points'], 52],
      [57, ['markdown', 'markdown'], 65],
    ]);
    expect(slide.pages[0]!.blocks[0]).toMatchObject({ ordered: true });
    expect(slide.endLine).toBe(67);
  });

  it('collects the image for the build', () => {
    expect(outline.images).toEqual([{ line: 63, column: 1, src: 'images/现场.jpg' }]);
  });

  it('ends with the last part running to the last line', () => {
    const last = outline.parts[2]!;
    expect(last.slides[0]!.attributes.classes).toEqual(['closing-points']);
    expect(last.slides[0]!.pages[0]!.notes?.text).toBe('调研报告写完不是终点。问题解决了，调研才算完成。');
    expect(last.endLine).toBe(source.trimEnd().split('\n').length);
  });
});
