// Parts, slides and what stands between them: the shape of the talk, with every line where it was written.
import { describe, expect, it } from 'vitest';
import { parse, problemOf, problemsOf, talk, rendered } from './support.ts';

describe('parts and slides', () => {
  it('makes a part of each `#` and a slide of each `##` under it, in order', () => {
    const outline = parse(
      talk(
        '# 一、为什么要调查研究', //   4
        '', //                        5
        '## 调查研究是基本功', //     6
        '- 没有调查就没有发言权', //  7
        '', //                        8
        '## 调查研究是传家宝', //     9
        '', //                       10
        '# 二、怎样做好调查研究', // 11
        '## 要深入', //              12
        '## 要求实', //              13
      ),
    );
    expect(outline.opening).toEqual([]);
    expect(
      outline.parts.map((part) => [part.title, part.line, part.endLine, part.slides.map((slide) => slide.title)]),
    ).toEqual([
      ['一、为什么要调查研究', 4, 9, ['调查研究是基本功', '调查研究是传家宝']],
      ['二、怎样做好调查研究', 11, 13, ['要深入', '要求实']],
    ]);
    const [first, second] = outline.parts[0]!.slides;
    expect(first).toMatchObject({ line: 6, column: 1, endLine: 7, titleHtml: '调查研究是基本功' });
    expect(second).toMatchObject({ line: 9, endLine: 9 });
    expect(first!.pages).toHaveLength(1);
    expect(first!.pages[0]).toMatchObject({ line: 6, column: 1 });
  });

  it('puts `##` slides before the first `#` in the opening', () => {
    const outline = parse(talk('## 开场白', '同志们好。', '', '# 一、第一部分', '## 第一页'));
    expect(outline.opening.map((slide) => slide.title)).toEqual(['开场白']);
    expect(outline.parts[0]!.slides.map((slide) => slide.title)).toEqual(['第一页']);
  });

  it('shows text under a `#` before its first `##` on the divider', () => {
    const part = parse(talk('# 一、深入调查', '', '调查研究要**深**下去。', '', '- 到基层去', '', '## 第一页'))
      .parts[0]!;
    expect(rendered(part.intro)).toMatchObject([
      {
        line: 6,
        column: 1,
        kind: 'markdown',
        html: '<p>调查研究要<strong>深</strong>下去。</p>\n',
        text: '调查研究要深下去。',
      },
      {
        line: 8,
        column: 1,
        kind: 'points',
        ordered: false,
        points: [{ line: 8, column: 1, html: '到基层去', text: '到基层去', points: [] }],
      },
    ]);
    expect(part.slides).toHaveLength(1);
  });

  it('accepts a `#` with nothing under it: a divider-only part', () => {
    const outline = parse(talk('# 一、只有分隔页', '', '# 二、还有一页', '## 页'));
    expect(outline.parts[0]).toMatchObject({ title: '一、只有分隔页', line: 4, endLine: 4, intro: [], slides: [] });
  });

  it('keeps inline Markdown of titles in `titleHtml` and plain words in `title`', () => {
    const slide = parse(talk('## 把**群众**放在 `心上`')).opening[0]!;
    expect(slide.title).toBe('把群众放在 心上');
    expect(slide.titleHtml).toBe('把<strong>群众</strong>放在 <code>心上</code>');
  });

  it('makes `###` and deeper headings part of the slide', () => {
    const blocks = parse(talk('## 页', '### 小标题', '正文')).opening[0]!.pages[0]!.blocks;
    expect(rendered(blocks)).toEqual([
      {
        line: 5,
        column: 1,
        kind: 'markdown',
        html: '<h3>小标题</h3>\n',
        text: '小标题',
        blocks: [{ kind: 'heading', level: 3, inlines: [{ kind: 'text', text: '小标题', line: 5 }], line: 5 }],
      },
      {
        line: 6,
        column: 1,
        kind: 'markdown',
        html: '<p>正文</p>\n',
        text: '正文',
        blocks: [{ kind: 'paragraph', inlines: [{ kind: 'text', text: '正文', line: 6 }], line: 6 }],
      },
    ]);
  });

  it('ends a slide at its last written line, not at the blank lines after it', () => {
    const outline = parse(talk('# 部分', '## 页', '', '正文一', '正文二', '', '', '')); // lines 4–11
    expect(outline.parts[0]!.slides[0]!.endLine).toBe(8);
    expect(outline.parts[0]!.endLine).toBe(8);
  });

  it('does not take a heading inside a list or a quote for a part or a slide', () => {
    const outline = parse(talk('## 页', '- # 不是部分', '> ## 不是页'));
    expect(outline.parts).toEqual([]);
    expect(outline.opening).toHaveLength(1);
    expect(outline.opening[0]!.pages[0]!.blocks.map((block) => block.kind)).toEqual(['points', 'quote']);
  });
});

describe('structure problems', () => {
  it('a `#` with no title, at its line', () => {
    expect(problemOf(talk('## 页', '', '#', '## 页二'))).toEqual({
      line: 6,
      column: 1,
      message: 'part heading has no title',
      hint: 'write the part’s name after `# `, e.g. `# 一、深入调查研究`.',
    });
  });

  it('a `##` with no title, at its line', () => {
    expect(problemOf(talk('# 部分', '##   '))).toMatchObject({
      line: 5,
      column: 1,
      message: 'slide heading has no title',
    });
  });

  it('a body with no `#` and no `##`, at its first line', () => {
    expect(problemOf(talk('', '只有一段话。', '- 和一个列表'))).toEqual({
      line: 5,
      column: 1,
      message: 'the outline has no parts or slides',
      hint: 'add a part with a line `# 第一部分`, or a slide with a line `## 第一页`.',
    });
    expect(problemOf(talk())).toMatchObject({ line: 4, message: 'the outline has no parts or slides' });
  });

  it('text before the first heading, which no slide would show', () => {
    expect(problemsOf(talk('前言一段。', '', '前言又一段。', '', '## 页'))).toEqual([
      {
        line: 4,
        column: 1,
        message: 'text before the first `#` or `##` heading belongs to no slide',
        hint: 'move it under a `## 标题` line (or under a `#` part for its divider), or delete it.',
      },
    ]);
  });

  it('lets an HTML comment stand before the first heading when HTML is on', () => {
    const source = ['---', 'title: 测试', 'html: true', '---', '<!-- 草稿 -->', '', '## 页', ''].join('\n');
    expect(parse(source).opening).toHaveLength(1);
  });
});
