// Property: any text stitched from outline-like fragments gives an Outline or an OutlineError with lines in the file.
import { describe, expect, it } from 'vitest';
import { OutlineError, parseOutline } from '../../src/outline/index.ts';
import { prng } from '../support/prng.ts';

/** A fixed seed, so a failure can be replayed. */
const randomFrom = (seed: number): (() => number) => prng(seed).next;

const FRAGMENTS = [
  '#',
  '# ',
  '##',
  '## ',
  '###',
  '---',
  '***',
  ':::',
  '::: notes',
  ':::notes',
  '::: tip',
  'Note:',
  'notes：',
  '>',
  '> ',
  '- ',
  '  - ',
  '1. ',
  '```',
  '~~~',
  '|',
  '| a | b |',
  '|---|---|',
  '{.x}',
  '{data-a="1"}',
  '*',
  '**',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](a.png)',
  '<b>',
  '<!--',
  '-->',
  '——',
  '调查研究',
  '群众工作',
  '要点',
  '讲稿',
  '同志们',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n',
  '\n\n',
  '\n## 页\n',
  '\n# 部分\n',
  '\n- 要点\n',
  '\r',
  '\r\n',
  '\0',
  '\uFEFF',
  'title:',
  'title: 题目',
  'duration: 8',
  'agenda: yes',
  ': ',
  '"',
  "'",
  '&',
  '\\',
];

function randomOutline(random: () => number): string {
  const pick = () => FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!;
  const parts = random() < 0.7 ? ['---\ntitle: 题目\n---\n'] : [];
  const count = Math.floor(random() * 80);
  for (let i = 0; i < count; i++) parts.push(pick());
  return parts.join('');
}

describe('random outline-like text', () => {
  it('never throws anything but an OutlineError, and every problem has a line in the file', () => {
    const random = randomFrom(20261127);
    let parsed = 0;
    for (let i = 0; i < 3000; i++) {
      const source = randomOutline(random);
      const lineCount = source.split(/\r\n?|\n/).length;
      try {
        parseOutline(source, 'random.md');
        parsed++;
      } catch (error) {
        if (!(error instanceof OutlineError))
          throw new Error(`case ${i} threw ${String(error)}:\n${JSON.stringify(source)}`);
        expect(error.message).not.toMatch(/could not be read/);
        for (const problem of error.problems) {
          // only an empty outline is a problem of the whole file, without a line
          if (problem.line === undefined && problem.message === 'the outline is empty') continue;
          expect(problem.line, JSON.stringify(source)).toBeGreaterThanOrEqual(1);
          expect(problem.line, JSON.stringify(source)).toBeLessThanOrEqual(lineCount);
          expect(problem.column, JSON.stringify(source)).toBeGreaterThanOrEqual(1);
        }
      }
    }
    // The fragments are meant to make both kinds of result common.
    expect(parsed).toBeGreaterThan(50);
    expect(parsed).toBeLessThan(2700);
  });
});
