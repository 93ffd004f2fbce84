// Nothing is dropped for depth: deep lists keep every word (folded into the second level), and past what the parser
// reads, the outline is refused at the line instead of losing the words silently.
import { describe, expect, it } from 'vitest';
import { parse, problemsOf, talk } from './support.ts';

const list = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- 第${i + 1}层`);

describe('deeply nested lists and quotes', () => {
  it('keeps every word of a list 40 levels deep', () => {
    const text = JSON.stringify(parse(talk('## 页', '', ...list(40))));
    expect(text).toContain('第40层');
  });

  it('refuses a list 60 levels deep at the first line past what the parser reads', () => {
    const problems = problemsOf(talk('## 页', '', ...list(60)));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^nested too deeply to be read \(48 levels of lists, 0 of quotes\)/);
    expect(problems[0]!.line).toBe(6 + 47);
  });

  it('refuses a quote 120 levels deep at its line, and keeps one 80 deep', () => {
    expect(JSON.stringify(parse(talk('## 页', '', `${'> '.repeat(80)}深处的引文`)))).toContain('深处的引文');
    const problems = problemsOf(talk('## 页', '', `${'> '.repeat(120)}深处的引文`));
    expect(problems.map((p) => p.line)).toEqual([6]);
  });

  it('does not count what a code fence holds', () => {
    expect(() => parse(talk('## 页', '', '```', ...list(60), '```'))).not.toThrow();
  });
});
