// Typing mistakes are caught at their line (their words, in both languages, are in tests/cli/mistakes.test.ts);
// what only looks like one is left alone, and a mistake explains its line alone, with nothing reported beside it.
import { describe, expect, it } from 'vitest';
import { lines, parse, problemsOf, talk, textOf } from './support.ts';

describe('what looks like a typing mistake but is not one', () => {
  it('keeps text that starts with a hashtag, a negative number, a decimal or a full-width colon in a value', () => {
    const outline = parse(
      lines(
        '---',
        'title: 交流发言：我的体会',
        'subtitle: 时间 10:30',
        '---',
        '## 页',
        '',
        '#两会#热议的话题',
        '',
        '-5% 的降幅',
        '',
        '1.5倍的增长',
        '',
        '2024年：关键的一年',
      ),
    );
    expect(outline.meta).toMatchObject({ title: '交流发言：我的体会', subtitle: '时间 10:30' });
    expect(outline.opening[0]!.pages[0]!.blocks.map(textOf)).toEqual([
      '#两会#热议的话题',
      '-5% 的降幅',
      '1.5倍的增长',
      '2024年：关键的一年',
    ]);
  });

  it("takes a tab before a sub-point as the sub-point's indent", () => {
    const [block] = parse(talk('## 页', '- 要点', '\t- 子要点')).opening[0]!.pages[0]!.blocks;
    expect(block).toMatchObject({ kind: 'points', points: [{ text: '要点', points: [{ text: '子要点' }] }] });
  });

  it('reads `Note：` with a full-width colon, `::: Notes` and `:::notes` as notes', () => {
    for (const notes of [['Note：要说的话'], ['::: Notes', '要说的话', ':::'], [':::notes', '要说的话', ':::']]) {
      expect(parse(talk('## 页', '- 要点', '', ...notes)).opening[0]!.pages[0]!.notes?.text, notes[0]).toBe('要说的话');
    }
  });

  it('leaves speech in notes alone, and a point whose own text starts with a mark (drafts from `import` have both)', () => {
    const outline = parse(
      talk(
        '## 页',
        '- 1.坚持问题导向',
        '- -零下五度',
        '',
        '::: notes',
        '1.坚持问题导向，',
        '2. 其次',
        '－ 还有',
        ':::',
        '',
        'Note:',
        '-零下五度',
      ),
    );
    const page = outline.opening[0]!.pages[0]!;
    expect(page.blocks.map(textOf)).toEqual(['1.坚持问题导向\n-零下五度']);
    expect(page.notes?.text).toBe('1.坚持问题导向，\n2. 其次\n－ 还有\n\n-零下五度');
  });

  it('leaves a numbered list that starts at 1 under a paragraph as a list', () => {
    const blocks = parse(talk('## 页', '先说一句', '1. 第一条', '2. 第二条')).opening[0]!.pages[0]!.blocks;
    expect(blocks.map((block) => block.kind)).toEqual(['markdown', 'points']);
  });
});

describe('a typing mistake', () => {
  it('is the only problem of its line: `##标题` first in the body is not also text before the first heading', () => {
    expect(problemsOf(talk('##开场', '- 要点', '', '## 页')).map((problem) => [problem.line, problem.column])).toEqual([
      [4, 3],
    ]);
  });

  it('of every heading is reported at each, never as "no parts or slides"', () => {
    const problems = problemsOf(talk('#第一部分', '', '##第一页', '', '##第二页'));
    expect(problems.map((problem) => problem.line)).toEqual([4, 6, 8]);
    expect(problems.map((problem) => problem.message).join('\n')).not.toMatch(/no parts or slides/);
  });

  it('in the front matter still lets the rest of it be checked', () => {
    const problems = problemsOf(lines('---', 'title：我的发言', 'durration: 8', '---', '## 页'));
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, 'the colon after `title` on line 2 is the full-width `：`, which a setting cannot use'],
      [3, 'unknown front matter key `durration`'],
    ]);
  });

  it('is found in a quote, a list and notes too, at the column where it is', () => {
    const problems = problemsOf(
      talk('## 页', '> ##引文里的标题', '', '- 要点', '  －子要点', '', '::: notes', '＃＃ 备注里', ':::'),
    );
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [5, 5],
      [8, 3],
      [11, 1],
    ]);
  });

  it("is a point's text opening with a second mark, at the mark: `- － 群众` (the editor continued the list)", () => {
    const problems = problemsOf(
      talk('## 页', '- 要点', '- － 群众', '- •满意', '  1. — 子要点', '', '> - ▪ 引文里的要点'),
    );
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [6, 3],
      [7, 3],
      [8, 6],
      [10, 5],
    ]);
    expect(problems[0]!.hint).toBe('delete the `－`: `- 群众`.');
    expect(problems[2]!.hint).toBe('delete the `—`: `1. 子要点`.');
  });

  it('is not a sign before a figure, the Chinese dash, or a mark in notes', () => {
    const outline = parse(
      talk('## 页', '- －5% 的降幅', '- ＋3 个网格', '- ——摘自讲话', '- ——', '', '::: notes', '- － 讲的话', ':::'),
    );
    expect(outline.opening[0]!.pages[0]!.blocks.map(textOf)).toEqual(['－5% 的降幅\n＋3 个网格\n——摘自讲话\n——']);
  });
});
