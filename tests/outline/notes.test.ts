// Speaker notes: `::: notes` … `:::`, and `Note:` making the rest of the page notes; on slides and on dividers.
import { describe, expect, it } from 'vitest';
import { lines, parse, problemOf, problemsOf, talk, textOf, rendered } from './support.ts';

describe('speaker notes', () => {
  it('reads a `::: notes` block as the notes of the slide it stands in, not as slide text', () => {
    const page = parse(
      talk('## 页', '- 要点', '', '::: notes', '同志们，', '这一页讲调查研究。', '', '第二段。', ':::'),
    ).opening[0]!.pages[0]!;
    expect(page.blocks.map((block) => block.kind)).toEqual(['points']);
    expect(rendered(page.notes)).toMatchObject({
      line: 7,
      column: 1,
      text: '同志们，\n这一页讲调查研究。\n\n第二段。',
      html: '<p>同志们，\n这一页讲调查研究。</p>\n<p>第二段。</p>\n',
    });
  });

  it('accepts `:::notes` written without a space', () => {
    expect(parse(talk('## 页', ':::notes', '讲稿', ':::')).opening[0]!.pages[0]!.notes?.text).toBe('讲稿');
  });

  it('makes everything after a `Note:` line the notes, until the next heading', () => {
    const outline = parse(
      talk('## 页', '正文', '', 'Note:', '讲稿第一段', '', '- 讲稿里的列表', '## 下一页', '正文二'),
    );
    const [first, second] = outline.opening;
    expect(first!.pages[0]!.blocks.map(textOf)).toEqual(['正文']);
    expect(rendered(first!.pages[0]!.notes)).toMatchObject({
      line: 7,
      column: 1,
      text: '讲稿第一段\n\n讲稿里的列表',
      html: '<p>讲稿第一段</p>\n<ul>\n<li>讲稿里的列表</li>\n</ul>\n',
    });
    expect(first!.endLine).toBe(10);
    expect(second!.pages[0]!.notes).toBeUndefined();
  });

  it('takes text after the colon as the first line of the notes, in any of the spellings', () => {
    const spellings = ['Note: 开头就说', 'notes: 开头就说', 'NOTE：开头就说', 'Notes ： 开头就说'];
    for (const line of spellings) {
      const page = parse(talk('## 页', '正文', line, '接着说')).opening[0]!.pages[0]!;
      expect(page.blocks.map(textOf)).toEqual(['正文']);
      expect(page.notes).toMatchObject({ line: 6, column: 1, text: '开头就说\n接着说' });
    }
  });

  it('does not fold a `Note:` line into the point or quote just above it', () => {
    const page = parse(talk('## 页', '- 要点一', '- 要点二', 'Note: 讲稿', '', '> 引文', 'Note: 又一段')).opening[0]!
      .pages[0]!;
    expect(page.blocks).toMatchObject([{ kind: 'points', points: [{ text: '要点一' }, { text: '要点二' }] }]);
    expect(page.notes?.text).toBe('讲稿\n\n引文\n\n又一段');
  });

  it('leaves `Note:` inside a list item or a sentence as text', () => {
    const page = parse(talk('## 页', '- Note: 这是要点', '', '这句话里的 Note: 不算')).opening[0]!.pages[0]!;
    expect(page.blocks).toMatchObject([
      { kind: 'points', points: [{ text: 'Note: 这是要点' }] },
      { text: '这句话里的 Note: 不算' },
    ]);
    expect(page.notes).toBeUndefined();
  });

  it('joins two notes on one page, one after the other', () => {
    const page = parse(talk('## 页', '::: notes', '第一段', ':::', '正文', '::: notes', '第二段', ':::')).opening[0]!
      .pages[0]!;
    expect(rendered(page.notes)).toMatchObject({
      line: 5,
      column: 1,
      text: '第一段\n\n第二段',
      html: '<p>第一段</p>\n<p>第二段</p>\n',
    });
    expect(page.blocks.map(textOf)).toEqual(['正文']);
  });

  it('gives notes under a `#` to the part’s divider, in both forms', () => {
    const container = parse(talk('# 一、部分', '导语', '::: notes', '分隔页讲稿', ':::', '## 页')).parts[0]!;
    expect(container.notes).toMatchObject({ line: 6, text: '分隔页讲稿' });
    expect(container.intro.map(textOf)).toEqual(['导语']);
    const noteLine = parse(talk('# 一、部分', 'Note: 分隔页讲稿', '## 页', '正文')).parts[0]!;
    expect(noteLine.notes).toMatchObject({ line: 5, text: '分隔页讲稿' });
    expect(noteLine.slides[0]!.pages[0]!.notes).toBeUndefined();
  });

  it('keeps `Note:` and `:::` written inside `::: notes` as notes text', () => {
    const page = parse(talk('## 页', '::: notes', 'Note: 仍是讲稿', ':::')).opening[0]!.pages[0]!;
    expect(page.notes?.text).toBe('Note: 仍是讲稿');
  });
});

describe('the closing slide’s notes', () => {
  it('reads `::: notes closing` as the closing slide’s notes, not the notes of the slide above it', () => {
    const outline = parse(
      talk(
        '# 部分',
        '## 最后一页',
        '- 要点',
        '',
        '::: notes',
        '这一页的话。',
        ':::',
        '',
        '::: notes closing',
        '同志们，',
        '谢谢大家！',
        ':::',
      ),
    );
    expect(outline.parts[0]!.slides[0]!.pages[0]!.notes?.text).toBe('这一页的话。');
    expect(outline.closingNotes).toMatchObject({ line: 12, column: 1, text: '同志们，\n谢谢大家！' });
  });

  it('takes them wherever they stand, also before the first heading, and joins two blocks', () => {
    const outline = parse(
      talk('::: notes closing', '第一段。', ':::', '', '## 页', '- 要点', '', '::: notes closing', '第二段。', ':::'),
    );
    expect(outline.opening[0]!.pages[0]!.notes).toBeUndefined();
    expect(outline.closingNotes?.text).toBe('第一段。\n\n第二段。');
  });

  it('leaves an outline without them as it was', () => {
    expect(parse(talk('## 页', '::: notes', '讲稿', ':::')).closingNotes).toBeUndefined();
  });

  it('refuses them when the front matter turns the closing slide off, at the block', () => {
    expect(
      problemOf(
        lines('---', 'title: 测试', 'closing: false', '---', '## 页', '', '::: notes closing', '谢谢大家！', ':::'),
      ),
    ).toEqual({
      line: 7,
      column: 1,
      message: '`::: notes closing` has no closing slide to go to: the front matter says `closing: false`',
      hint: 'remove `closing: false`, or move these notes into the last slide’s `::: notes`.',
    });
  });
});

describe('speaker notes problems', () => {
  it('a `::: notes` that is never closed, at its opening line', () => {
    expect(problemOf(talk('## 页', '', '::: notes', '讲稿'))).toEqual({
      line: 6,
      column: 1,
      message: '`::: notes` is never closed',
      hint: 'add a line `:::` after the notes (a `:::` inside a code block does not count).',
    });
  });

  it('a `::: notes` that runs into the next slide, at its opening line, naming where the next slide starts', () => {
    expect(problemOf(talk('## 页', '', '::: notes', '讲稿', '', '## 下一页', '正文'))).toEqual({
      line: 6,
      column: 1,
      message: '`::: notes` is not closed before the next slide, which starts at line 9',
      hint: 'add a line `:::` where the notes end, before line 9.',
    });
  });

  it('reads the slides after notes left open as slides: their own notes and problems are found as usual', () => {
    const source = talk(
      '## 页',
      '::: notes',
      '讲稿',
      '# 部分',
      '::: notes',
      '部分的话',
      ':::',
      '## 下一页',
      '::: warning',
      ':::',
    );
    expect(problemsOf(source)).toMatchObject([
      { line: 5, message: '`::: notes` is not closed before the next part, which starts at line 7' },
      { line: 12, message: 'unknown block `::: warning`; only `::: notes` is supported' },
    ]);
  });

  it('a `:::` inside a code block does not close the notes', () => {
    const source = talk('## 页', '::: notes', '```', ':::', '```', '## 下一页');
    expect(problemOf(source)).toMatchObject({ line: 5, column: 1, message: '`::: notes` is never closed' });
  });

  it('a code block inside closed notes is fine', () => {
    const page = parse(talk('## 页', '::: notes', '```', '代码', '```', ':::', '## 下一页')).opening[0]!.pages[0]!;
    expect(rendered(page.notes)).toMatchObject({ html: '<pre><code>代码\n</code></pre>\n' });
  });

  it('an unknown `:::` block, naming it', () => {
    expect(problemOf(talk('## 页', '::: warning', '小心', ':::'))).toEqual({
      line: 5,
      column: 1,
      message: 'unknown block `::: warning`; only `::: notes` is supported',
      hint: 'write speaker notes as `::: notes` … `:::`, or remove the `:::` lines.',
    });
  });

  it('`::: notes` inside a list, at its `:::`', () => {
    expect(problemOf(talk('## 页', '- 要点', '', '  ::: notes', '  讲稿', '  :::'))).toMatchObject({
      line: 7,
      column: 3,
      message: '`::: notes` must not be inside a list or quote',
    });
  });

  it('notes before the first heading, which belong to no slide', () => {
    expect(problemsOf(talk('Note: 开场前的话', '', '## 页'))).toEqual([
      {
        line: 4,
        column: 1,
        message: 'speaker notes before the first `#` or `##` heading belong to no slide',
        hint: 'move it under a `## 标题` line (or under a `#` part for its divider), or delete it.',
      },
    ]);
  });
});
