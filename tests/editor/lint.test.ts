// The findings as the editor shows them: a finding's message and its fix read as one text in its own language.
import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/findings.ts';
import { diagnostics } from '../../src/editor/lint.ts';

const doc = Text.of(['---', 'title: 讲话', 'duration: 8', '---', '', '## 一']);
const shown = (message: string, hint: string) => {
  const finding: Finding = { severity: 'warning', file: 'talk.md', line: 3, code: 'over-time', message, hint };
  return diagnostics(doc, [finding], ['title', 'duration'], '修正')[0]!;
};

describe('the findings in the editor', () => {
  it('ends a Chinese message with a Chinese full stop before its fix, also where it ends in a figure', () => {
    expect(shown('发言约 9:24，比 8 分钟的时限多出 1:24', '压缩备注。').message).toBe(
      '发言约 9:24，比 8 分钟的时限多出 1:24。压缩备注。',
    );
    expect(shown('第 7 页的备注太长', '压缩备注。').message).toBe('第 7 页的备注太长。压缩备注。');
    expect(shown('第 7 页的备注太长。', '压缩备注。').message).toBe('第 7 页的备注太长。压缩备注。');
  });

  it('ends an English message with a stop and a space', () => {
    expect(shown('speaking 9:24, 1:24 over', 'Cut the notes.').message).toBe(
      'speaking 9:24, 1:24 over. Cut the notes.',
    );
    expect(shown('too long.', 'Cut the notes.').message).toBe('too long. Cut the notes.');
  });

  it('names no source code under the message (the page speaks the speaker’s language only)', () => {
    expect(shown('第 7 页的备注太长', '压缩备注。').source).toBeUndefined();
  });
});
