// Property (fast-check, so a failure shrinks to the fewest fragments): any text stitched from outline-like fragments gives
// an Outline or an OutlineError with lines in the file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OutlineError, parseOutline } from '../../src/outline/index.ts';

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

/** Up to 80 fragments, most often after a front matter. */
const randomOutline = fc
  .tuple(
    fc.oneof({ weight: 7, arbitrary: fc.constant(true) }, { weight: 3, arbitrary: fc.constant(false) }),
    fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }),
  )
  .map(([front, parts]) => (front ? '---\ntitle: 题目\n---\n' : '') + parts.join(''));

describe('random outline-like text', () => {
  it('never throws anything but an OutlineError, and every problem has a line in the file', () => {
    let parsed = 0;
    let runs = 0;
    fc.assert(
      fc.property(randomOutline, (source) => {
        runs++;
        const lineCount = source.split(/\r\n?|\n/).length;
        try {
          parseOutline(source, 'random.md');
          parsed++;
        } catch (error) {
          if (!(error instanceof OutlineError)) throw error;
          expect(error.message).not.toMatch(/could not be read/);
          for (const problem of error.problems) {
            // only an empty outline is a problem of the whole file, without a line
            if (problem.line === undefined && problem.message === 'the outline is empty') continue;
            expect(problem.line, JSON.stringify(source)).toBeGreaterThanOrEqual(1);
            expect(problem.line, JSON.stringify(source)).toBeLessThanOrEqual(lineCount);
            expect(problem.column, JSON.stringify(source)).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 3000 },
    );
    // The fragments are meant to make both kinds of result common.
    expect(runs).toBeGreaterThanOrEqual(3000);
    expect(parsed).toBeGreaterThan(50);
    expect(parsed).toBeLessThan(runs - 300);
  });
});
