// Hostile outlines: each gives an Outline or an OutlineError with a line, quickly, never a hang or a stack trace.
// (Times are measured by `npm run bench`; the generous test timeouts only catch hangs and quadratic blow-ups.)
import { describe, expect, it } from 'vitest';
import { OutlineError, parseOutline } from '../../src/outline/index.ts';
import type { Outline } from '../../src/outline/index.ts';
import { planDeck, renderSlides } from '../../src/deck/index.ts';
import { deckFindings } from '../../src/check/index.ts';

const FRONT = '---\ntitle: 测试\nduration: 10\n---\n\n';
const TIMEOUT = 30_000;
/** The largest inputs take 10–20 s on a quiet machine and four times that beside another suite: a hang or a quadratic
 *  blow-up takes hours, so this guard is wide. */
const LARGE = 300_000;

/** Parses, plans, renders and checks; returns the Outline or the OutlineError, rethrowing anything else. */
function attempt(source: string): Outline | OutlineError {
  try {
    const outline = parseOutline(source, 'hostile.md');
    const plan = planDeck(outline);
    renderSlides(plan);
    deckFindings({ outline, plan });
    return outline;
  } catch (error) {
    if (error instanceof OutlineError) return error;
    throw error;
  }
}

function expectProblemAt(result: Outline | OutlineError, message: RegExp): void {
  expect(result).toBeInstanceOf(OutlineError);
  const error = result as OutlineError;
  expect(error.line).toBeGreaterThanOrEqual(1);
  expect(error.report()).toMatch(message);
  expect(error.report()).not.toMatch(/could not be read|call stack/);
}

describe('hostile outlines', () => {
  it('10,000 nested `>` quotes on one line, and 10,000 nested list markers: refused at the line, never lost silently', {
    timeout: TIMEOUT,
  }, () => {
    for (const prefix of ['>'.repeat(10_000), '- '.repeat(10_000), '> - 1. '.repeat(3_000)]) {
      const refused = attempt(`${FRONT}## 页\n\n${prefix} 很深\n`) as OutlineError;
      expect(refused).toBeInstanceOf(OutlineError);
      expect(refused.problems.map((p) => [p.line, p.message.slice(0, 28)])).toEqual([
        [8, 'nested too deeply to be read'],
      ]);
    }
  });

  it('2,000 lines each one level deeper, as quotes and as indented lists', { timeout: TIMEOUT }, () => {
    const quotes = Array.from({ length: 2_000 }, (_, i) => `${'>'.repeat(i + 1)} 第${i}层`).join('\n');
    const lists = Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n');
    // Past what the parser reads, the first such line is refused, once; above it, deeper levels fold into the second.
    expect((attempt(`${FRONT}## 页\n\n${quotes}\n`) as OutlineError).problems).toHaveLength(1);
    expect((attempt(`${FRONT}## 页\n\n${lists}\n`) as OutlineError).problems).toHaveLength(1);
    const outline = attempt(`${FRONT}## 页\n\n${lists.split('\n').slice(0, 40).join('\n')}\n`) as Outline;
    expect(outline.opening[0]!.pages[0]!.blocks[0]).toMatchObject({ kind: 'points' });
  });

  it('a 10 MB outline of 15,000 slides', { timeout: LARGE }, () => {
    const slide = (i: number) =>
      `## 第${i}页\n\n- 要点一二三四五六七八九十\n- 要点\n\n::: notes\n${'说'.repeat(200)}\n:::\n`;
    const source = FRONT + Array.from({ length: 15_000 }, (_, i) => slide(i)).join('\n');
    expect(Buffer.byteLength(source)).toBeGreaterThan(10_000_000);
    const outline = attempt(source) as Outline;
    expect(outline.opening).toHaveLength(15_000);
  });

  it('a 10 MB outline on one line, and one with 200,000 empty headings', { timeout: LARGE }, () => {
    expect(attempt(`${FRONT}## 页\n\n${'字'.repeat(3_500_000)}\n`)).toHaveProperty('parts');
    const headings = attempt(`${FRONT}${'#\n'.repeat(200_000)}`);
    expectProblemAt(headings, /part heading has no title/);
    expect((headings as OutlineError).problems).toHaveLength(200_000);
  });

  it('a 2,000-slide outline in 100 parts', { timeout: TIMEOUT }, () => {
    const body = Array.from(
      { length: 2_000 },
      (_, i) => `${i % 20 === 0 ? `# 第${i / 20 + 1}部分\n\n` : ''}## 第${i}页\n\n- 要点\n\n::: notes\n说话\n:::\n`,
    );
    const outline = attempt(FRONT + body.join('\n')) as Outline;
    expect(outline.parts).toHaveLength(100);
    // title, the agenda over 17 slides (six parts a slide), 100 dividers, the slides, closing
    expect(planDeck(outline).slides).toHaveLength(1 + 17 + 100 + 2_000 + 1);
  });

  it('a 1 MB front matter: one long value, 50,000 unknown keys, a key set twice, 100,000 brackets', {
    timeout: LARGE,
  }, () => {
    expect(attempt(`---\ntitle: 测试\nsubtitle: ${'长'.repeat(350_000)}\n---\n\n## 页\n`)).toHaveProperty('parts');
    const keys = Array.from({ length: 50_000 }, (_, i) => `key${i}: value${i}`).join('\n');
    const unknown = attempt(`---\ntitle: 测试\n${keys}\n---\n\n## 页\n`);
    expectProblemAt(unknown, /unknown front matter key `key0`/);
    expect((unknown as OutlineError).problems).toHaveLength(50_000);
    expectProblemAt(
      attempt(`---\ntitle: 测试\nduration: 5\ntitle: 又一个\n---\n\n## 页\n`),
      /^hostile\.md:4:1 {2}`title` is set twice \(first on line 2\)/,
    );
    const brackets = attempt(`---\ntitle: ${'['.repeat(100_000)}\n---\n\n## 页\n`);
    expectProblemAt(brackets, /nested too deeply/);
    expect((brackets as OutlineError).problems).toHaveLength(1);
  });

  it('YAML aliases that would expand a billion times', { timeout: TIMEOUT }, () => {
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((key, i) => `${key}: &${key} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
    ];
    expectProblemAt(attempt(`---\ntitle: 测试\n${laughs.join('\n')}\n---\n\n## 页\n`), /unknown front matter key/);
  });

  it('binary garbage, NUL bytes, lone surrogates and odd line ends', { timeout: TIMEOUT }, () => {
    let seed = 1;
    let garbage = '';
    for (let i = 0; i < 1_000_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      garbage += String.fromCharCode(seed % 0x10000);
    }
    expectProblemAt(attempt(garbage), /no front matter/);
    // After a good front matter the garbage is the body: it parses, or every problem is placed on a line of the body
    // (never the front matter's, never past the end) and reads as a problem, not a crash.
    const withFront = attempt(FRONT + garbage);
    if (withFront instanceof OutlineError) {
      const bodyStart = FRONT.split('\n').length;
      const lastLine = (FRONT + garbage).split(/\r\n|\r|\n/).length;
      expect(withFront.problems.length).toBeGreaterThan(0);
      for (const problem of withFront.problems) {
        expect(problem.line).toBeGreaterThanOrEqual(bodyStart);
        expect(problem.line).toBeLessThanOrEqual(lastLine);
      }
      expect(withFront.report()).not.toMatch(/could not be read|call stack/);
    } else {
      expect(withFront).toHaveProperty('parts');
    }
    expect(attempt(`${FRONT}## 页\n\n- 有\0空字符\0的要点\n`)).toHaveProperty('parts');
    expect(attempt(`\uFEFF---\r\ntitle: 测试\r\n---\r\n\r\n## 页\r- 要点\u2028\u0085\n`)).toHaveProperty('parts');
  });

  it('100,000 `Note:` lines, `---` breaks and table rows', { timeout: LARGE }, () => {
    expect(attempt(`${FRONT}## 页\n\n${'Note: 说\n'.repeat(100_000)}`)).toHaveProperty('parts');
    expect(attempt(`${FRONT}## 页\n\n${'要点\n---\n'.repeat(100_000)}`)).toHaveProperty('parts');
    expect(attempt(`${FRONT}## 页\n\n| 甲 | 乙 |\n|---|---|\n${'| 1 | 2 |\n'.repeat(100_000)}`)).toHaveProperty(
      'parts',
    );
  });
});
