// Bad outlines: every problem is reported at once, each with its file:line:column, in file order.
import { afterEach, describe, expect, it } from 'vitest';
import { OutlineError, formatProblem, parseOutline } from '../../src/outline/index.ts';
import { setLanguage } from '../../src/messages/index.ts';
import { lines, problemsOf } from './support.ts';

describe('reporting problems', () => {
  afterEach(() => setLanguage('en'));

  it('reports them in Chinese on a Chinese machine, the place first, then what is wrong and the fix as two sentences', () => {
    setLanguage('zh');
    const source = lines(
      '---',
      'title: 题目',
      'durration: 8',
      'duration: 八分钟',
      'agenda: "yes"',
      '---',
      '#',
      '## 页',
      '::: notes',
      '讲稿',
    );
    expect(problemsOf(source)).toEqual([
      { line: 3, column: 1, message: '开头设置没有 `durration` 这一项', hint: '是不是想写 `duration`？' },
      { line: 4, column: 11, message: '`duration` 应为数字（分钟），实际是文字', hint: '例如 `duration: 10`。' },
      {
        line: 5,
        column: 9,
        message: '`agenda` 应为 `true`（是）或 `false`（否），实际是文字',
        hint: '写成 `agenda: true` 或 `agenda: false`。',
      },
      {
        line: 7,
        column: 1,
        message: '部分标题是空的',
        hint: '在 `# ` 后面写上这一部分的名称，例如 `# 一、深入调查研究`。',
      },
      {
        line: 9,
        column: 1,
        message: '`::: notes` 没有结束',
        hint: '在备注后面加一行 `:::`（代码块里的 `:::` 不算）。',
      },
    ]);
    expect(() => parseOutline('', 'talk.md')).toThrow(
      'talk.md  大纲是空的。最简单的大纲是 `---`、`title: 你的题目`、`---`，然后是 `# 第一部分` 和 `## 第一页`，各占一行。',
    );
  });

  it('reports independent problems in the front matter and the body together, in file order', () => {
    const source = lines(
      '---', //                 1
      'title: 题目', //         2
      'durration: 8', //        3
      'agenda: "yes"', //       4
      '---', //                 5
      '#', //                   6
      '## 页', //               7
      '::: notes', //           8
      '讲稿', //                9
    );
    expect(problemsOf(source)).toEqual([
      { line: 3, column: 1, message: 'unknown front matter key `durration`', hint: 'did you mean `duration`?' },
      {
        line: 4,
        column: 9,
        message: '`agenda` must be true or false, got string',
        hint: 'write `agenda: true` or `agenda: false`.',
      },
      {
        line: 6,
        column: 1,
        message: 'part heading has no title',
        hint: 'write the part’s name after `# `, e.g. `# 一、深入调查研究`.',
      },
      {
        line: 8,
        column: 1,
        message: '`::: notes` is never closed',
        hint: 'add a line `:::` after the notes (a `:::` inside a code block does not count).',
      },
    ]);
  });

  it('throws one OutlineError that names the file, line and column of the first problem', () => {
    let error: unknown;
    try {
      parseOutline(lines('---', 'titel: 题目', '---', '', '## 页'), 'slides/调研.md');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OutlineError);
    const outlineError = error as OutlineError;
    expect(outlineError).toMatchObject({ file: 'slides/调研.md', line: 1, column: 1 });
    expect(outlineError.message).toBe(
      'slides/调研.md:1:1  the front matter has no `title`. Add a line `title: 你的题目` between the `---` lines.',
    );
    expect(outlineError.problems[1]).toMatchObject({ line: 2, message: 'unknown front matter key `titel`' });
    expect(outlineError.report()).toBe(
      outlineError.problems.map((problem) => formatProblem('slides/调研.md', problem)).join('\n'),
    );
  });

  it('turns anything unexpected into an OutlineError about the file rather than a stack trace', () => {
    expect(() => parseOutline(undefined as unknown as string, 'talk.md')).toThrow(OutlineError);
    expect(() => parseOutline(undefined as unknown as string, 'talk.md')).toThrow(
      /^talk\.md {2}the outline could not be read/,
    );
  });
});
