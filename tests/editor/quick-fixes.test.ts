// The editor's quick fixes: each mistake `check` reports at a line, and the change that makes the line what it meant.
import { describe, expect, it } from 'vitest';
import { closestKey, quickFix } from '../../src/editor/quick-fixes.ts';
import { FRONT_MATTER_KEYS } from '../../src/outline/meta.ts';

const KEYS = FRONT_MATTER_KEYS;
const outline = (...body: string[]) => ['---', 'title：提升能力', 'durration: 6', 'theme:red', '———', '', ...body];
const fixed = (lines: string[], line: number) => {
  const change = quickFix(lines, line, KEYS);
  if (!change) return undefined;
  const out = [...lines];
  out.splice(change.from - 1, change.to - change.from + 1, ...change.lines);
  return out;
};

describe('quick fixes', () => {
  it('writes a setting with the ASCII colon and a space, and a misspelled key as the key', () => {
    const lines = ['---', 'title：提升能力', 'durration: 6', 'theme:red', 'speeker ： 张三', '---', '', '## 一'];
    expect(fixed(lines, 2)![1]).toBe('title: 提升能力');
    expect(fixed(lines, 3)![2]).toBe('duration: 6');
    expect(fixed(lines, 4)![3]).toBe('theme: red');
    expect(fixed(lines, 5)![4]).toBe('speaker: 张三');
  });

  it('writes a misspelled notes block as `::: notes`', () => {
    const lines = ['## 一', '', '::: note', '讲的话', ':::', '', '::: Ntoes', '讲的话', ':::'];
    expect(fixed(lines, 3)![2]).toBe('::: notes');
    expect(fixed(lines, 7)![6]).toBe('::: notes');
    expect(quickFix(['## 一', '', '::: warning', '小心', ':::'], 3, KEYS)).toBeUndefined();
  });

  it('puts a point run into the text above on a line of its own after a blank line, and text indented as code flush left', () => {
    const lines = [
      '## 一',
      '',
      '我们做了三件事：',
      '2. 建网格',
      '',
      '    这一行缩进了四格',
      '',
      '说明：',
      '\t- 一条要点',
    ];
    expect(fixed(lines, 4)).toEqual([
      '## 一',
      '',
      '我们做了三件事：',
      '',
      '2. 建网格',
      '',
      '    这一行缩进了四格',
      '',
      '说明：',
      '\t- 一条要点',
    ]);
    expect(fixed(lines, 6)![5]).toBe('这一行缩进了四格');
    // A `- ` point may follow text directly once it stands flush left.
    expect(fixed(lines, 9)!.slice(-2)).toEqual(['说明：', '- 一条要点']);
    expect(fixed(['## 一', '说明：', '    2. 第二条'], 3)).toEqual(['## 一', '说明：', '', '2. 第二条']);
    // Under a heading or a point, a point needs no blank line.
    expect(quickFix(['## 一', '2. 建网格'], 2, KEYS)).toBeUndefined();
    expect(quickFix(['- 甲', '- 乙'], 2, KEYS)).toBeUndefined();
  });

  it('leaves a key it cannot be sure of as it is', () => {
    expect(quickFix(['---', 'foo: 1', '---'], 2, KEYS)).toBeUndefined();
    expect(closestKey('zzzzzz', KEYS)).toBeUndefined();
    expect(closestKey('titel', KEYS)).toBe('title');
  });

  it('makes a full-width or pasted bullet a list marker, and puts the space after a marker or heading marks', () => {
    const lines = ['## 一', '', '－ 要点一', '• 要点二', '-要点三', '##第二页', '＃＃ 第三页', '1.坚持'];
    expect(fixed(lines, 3)![2]).toBe('- 要点一');
    expect(fixed(lines, 4)![3]).toBe('- 要点二');
    expect(fixed(lines, 5)![4]).toBe('- 要点三');
    expect(fixed(lines, 6)![5]).toBe('## 第二页');
    expect(fixed(lines, 7)![6]).toBe('## 第三页');
    expect(fixed(lines, 8)![7]).toBe('1. 坚持');
  });

  it("drops a mark typed after a point's marker (`- － 群众`), and keeps a sign before a figure", () => {
    const lines = ['## 一', '', '- － 群众', '  1. •要点', '- — 要点', '> - ▪ 引文'];
    expect(fixed(lines, 3)![2]).toBe('- 群众');
    expect(fixed(lines, 4)![3]).toBe('  1. 要点');
    expect(fixed(lines, 5)![4]).toBe('- 要点');
    expect(fixed(lines, 6)![5]).toBe('> - 引文');
    expect(quickFix(['## 一', '', '- －5%'], 3, KEYS)).toBeUndefined();
    expect(quickFix(['## 一', '', '- ——摘自'], 3, KEYS)).toBeUndefined();
    // Pasted bullets a word processor uses, typed instead of a marker.
    expect(fixed(['## 一', '', '▪ 要点', '◆要点'], 3)![2]).toBe('- 要点');
  });

  it('turns a tab before a point into two spaces under a point, and into none elsewhere', () => {
    const lines = ['## 一', '', '- 要点', '\t- 细节', '', '\t- 单独'];
    expect(fixed(lines, 4)![3]).toBe('  - 细节');
    expect(fixed(lines, 6)![5]).toBe('- 单独');
  });

  it('closes an unclosed notes block after its last line of text, before the next slide', () => {
    const lines = ['## 一', '', '::: notes', '讲的话', '', '## 二', '- 点'];
    expect(fixed(lines, 3)).toEqual(['## 一', '', '::: notes', '讲的话', ':::', '', '## 二', '- 点']);
    // At the end of the file too; a closed block needs nothing.
    expect(fixed(['## 一', '::: notes', '讲'], 2)).toEqual(['## 一', '::: notes', '讲', ':::']);
    expect(quickFix(['## 一', '::: notes', '讲', ':::'], 2, KEYS)).toBeUndefined();
  });

  it('puts words typed straight after `::: notes` on a line of their own, as notes', () => {
    const lines = ['## 一', '', '::: notes全年办结诉求1200件。', '讲的话', ':::'];
    expect(fixed(lines, 3)).toEqual(['## 一', '', '::: notes', '全年办结诉求1200件。', '讲的话', ':::']);
    expect(fixed(['## 一', '::: notes12件', ':::'], 2)).toEqual(['## 一', '::: notes', '12件', ':::']);
    // A misspelled name is the notes, misspelled; words after a space are the block's own.
    expect(fixed(['## 一', '::: notesx', '讲', ':::'], 2)![1]).toBe('::: notes');
    expect(quickFix(['## 一', '::: notes 讲', ':::'], 2, KEYS)).toBeUndefined();
  });

  it('types `：：：` as `:::`, and a dashed fence as `---`', () => {
    expect(fixed(['## 一', '：：： notes', '讲', ':::'], 2)![1]).toBe('::: notes');
    expect(fixed(outline('## 一'), 5)![4]).toBe('---');
  });

  it('offers nothing for a line that is right', () => {
    expect(quickFix(['## 一', '', '- 要点'], 3, KEYS)).toBeUndefined();
    expect(quickFix(['## 一'], 5, KEYS)).toBeUndefined();
  });
});
