// Enter after a point typed with a bullet that is not a marker (`－ 群众`) continues with the marker meant (`- `);
// in the notes and the front matter, and after any other line, CodeMirror's own Enter runs.
import { describe, expect, it } from 'vitest';
import { bulletContinuation } from '../../src/editor/continue-list.ts';

describe('Enter after a bullet that is not a list marker', () => {
  it('continues with `- `, at the same indentation', () => {
    const lines = ['---', 'title: 讲话', '---', '## 一', '', '－ 群众', '  • 满意', '◆要点'];
    expect(bulletContinuation(lines, 6)).toBe('\n- ');
    expect(bulletContinuation(lines, 7)).toBe('\n  - ');
    expect(bulletContinuation(lines, 8)).toBe('\n- ');
  });

  it('leaves other lines, the notes and the front matter to the editor', () => {
    const lines = [
      '---',
      '• 不是设置',
      '---',
      '## 一',
      '- 要点',
      '－5%',
      '－',
      '',
      '::: notes',
      '－ 讲的话',
      ':::',
      '－ 又是要点',
      '',
      'Note:',
      '－ 讲的话',
      '## 二',
      '－ 要点',
    ];
    expect(bulletContinuation(lines, 2)).toBeUndefined();
    expect(bulletContinuation(lines, 5)).toBeUndefined();
    expect(bulletContinuation(lines, 7)).toBeUndefined();
    expect(bulletContinuation(lines, 10)).toBeUndefined();
    expect(bulletContinuation(lines, 12)).toBe('\n- ');
    expect(bulletContinuation(lines, 15)).toBeUndefined();
    expect(bulletContinuation(lines, 17)).toBe('\n- ');
  });
});
