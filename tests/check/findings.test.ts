// What `check` finds without a browser: every outline problem, timing against `duration`, density; and the layout
// measurement turned into findings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutlineError, parseOutline } from '../../src/outline/index.ts';
import { planDeck, spokenSeconds, spokenUnits } from '../../src/deck/index.ts';
import {
  deckFindings,
  densityFindings,
  formatFinding,
  layoutFindings,
  problemFindings,
  timingFindings,
  timingTable,
} from '../../src/check/index.ts';
import { ROOT } from '../support/sample.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/check');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, `${name}.md`), 'utf8');

function deckOf(source: string, file = 'talk.md') {
  const outline = parseOutline(source, file);
  return { outline, plan: planDeck(outline) };
}

function problemsOf(source: string, file = 'talk.md') {
  try {
    parseOutline(source, file);
  } catch (error) {
    if (error instanceof OutlineError) return problemFindings(error);
    throw error;
  }
  throw new Error('expected the outline not to parse');
}

describe('validation findings', () => {
  it('lists every problem of an outline, not only the first, as file:line:col  message', () => {
    const findings = problemsOf(fixture('three-errors'), 'three-errors.md');
    expect(findings.map((f) => [f.severity, f.line, f.code])).toEqual([
      ['error', 3, 'outline'],
      ['error', 10, 'outline'],
      ['error', 14, 'outline'],
    ]);
    expect(formatFinding(findings[0]!)).toMatch(/^three-errors\.md:3:7 {2}`pace` must be a number/);
    expect(findings[1]!.message).toContain('::: summary');
    expect(findings[2]!.message).toContain('no title');
  });
});

describe('timing', () => {
  const source = `---
title: 测试
duration: 1
---

# 第一部分

## 甲

- 要点

::: notes
${'说'.repeat(110)}
:::

## 乙

- 要点

# 第二部分

## 丙

- 要点

::: notes
${'讲'.repeat(44)}
:::
`;

  it('has one row per part with slides, spoken characters and seconds from the one timing formula', () => {
    const { plan } = deckOf(source);
    const timing = timingTable(plan);
    expect(timing.rows.map((row) => [row.label, row.slides, row.spoken])).toEqual([
      ['opening', 2, 0],
      ['一、第一部分', 3, 110],
      ['二、第二部分', 2, 44],
      ['closing', 1, 0],
    ]);
    expect(timing.rows[1]!.seconds).toBeCloseTo(spokenSeconds('说'.repeat(110), 220));
    expect(timing.total).toMatchObject({ slides: 8, spoken: 154 });
    expect(timing.total.seconds).toBeCloseTo(plan.seconds);
    expect(timing.duration).toBe(1);
  });

  it('warns at the `duration` line when the talk runs over its slot', () => {
    const findings = timingFindings(deckOf(source.replace('duration: 1', 'duration: 0.5')));
    expect(findings.find((f) => f.code === 'over-time')).toMatchObject({ severity: 'warning', line: 3 });
  });

  it('warns when the talk fills less than half of its slot, and not between half and all of it', () => {
    const long = deckOf(source.replace('duration: 1', 'duration: 2'));
    expect(timingFindings(long).map((f) => f.code)).toContain('under-time');
    const fits = deckOf(source);
    expect(timingFindings(fits).filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('lists content slides without notes as hints, with their number and line', () => {
    const silent = timingFindings(deckOf(source)).filter((f) => f.code === 'no-notes');
    expect(silent).toEqual([expect.objectContaining({ severity: 'hint', slide: 5, title: '乙', line: 16 })]);
  });

  it('warns on the over-time fixture, counting its notes as spokenUnits does', () => {
    const deck = deckOf(fixture('over-time'));
    const notes = deck.outline.opening[0]!.pages[0]!.notes!.text;
    expect(timingTable(deck.plan).total.spoken).toBe(spokenUnits(notes));
    expect(deckFindings(deck).map((f) => f.code)).toEqual(['over-time']);
  });

  it('finds nothing in the clean fixture', () => {
    expect(deckFindings(deckOf(fixture('clean')))).toEqual([]);
  });
});

describe('density hints', () => {
  it('points at the first point past six, and at points over about 30 characters', () => {
    const points = Array.from({ length: 7 }, (_, i) => `- 第${i + 1}条`).join('\n');
    const long = `- ${'长'.repeat(31)}\n  - ${'短'.repeat(10)}\n  - ${'子'.repeat(35)}`;
    const source = `---\ntitle: 测试\n---\n\n## 太多\n\n${points}\n\n## 太长\n\n${long}\n`;
    const findings = densityFindings(deckOf(source).plan, 'talk.md');
    expect(findings.map((f) => [f.code, f.line, f.column])).toEqual([
      ['too-many-points', 13, 1],
      ['long-point', 17, 1],
      ['long-point', 19, 3],
    ]);
    expect(findings[0]!.message).toContain('7 points');
    expect(findings[1]!.message).toContain('31 characters');
  });
});

describe('layout findings', () => {
  const slides = [
    { number: 1, title: '标题', line: 1 },
    { number: 2, title: '要点太多', line: 12 },
  ];

  const measures = [
    { index: 0 },
    {
      index: 1,
      overflow: { bottom: 120.4, right: 0, top: 0, left: 0, text: '第七条' },
      smallText: { px: 18, text: '小字' },
    },
  ];

  it('makes an overflowing slide an error naming its number, title and line', () => {
    const findings = layoutFindings('talk.md', slides, measures, 'en');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'overflow', slide: 2, title: '要点太多', line: 12 }),
      expect.objectContaining({ severity: 'warning', code: 'small-text', slide: 2 }),
    ]);
    expect(findings[0]!.message).toBe(
      'slide 2 “要点太多” overflows: its content runs 121 px past the bottom (from “第七条”)',
    );
    expect(findings[1]!.message).toContain('18 px');
  });

  it("says it in the language it is asked for: the dev page gives the server's", () => {
    const [overflow, small] = layoutFindings(
      'talk.md',
      slides,
      [{ ...measures[1]!, overflow: { ...measures[1]!.overflow!, right: 3 } }],
      'zh',
    );
    expect(overflow!.message).toBe('第 2 页“要点太多”内容超出了底边 121 px 和右边 3 px（从“第七条”开始）');
    expect(overflow!.hint).toBe('用一行 `---` 把它分成两页，或者压缩要点，其余的放到备注里说。');
    expect(small!.message).toBe('第 2 页“要点太多”有 18 px 的文字（“小字”），后排看不清；至少要 24 px');
  });
});

describe('where a front matter key is written, as the parser keeps it', () => {
  it('is the key of the front matter, never a look-alike line of the body', () => {
    const outline = parseOutline('---\ntitle: x\nduration: 5\n---\n\n## 页\n\nduration: not this one\n', 'talk.md');
    expect(outline.keys.duration).toEqual({ line: 3, column: 1 });
    expect(outline.keys.pace).toBeUndefined();
    expect(
      parseOutline('---\r\ntitle: x\r\n---\r\n\r\n## 页\r\nduration: 3\r\n', 'talk.md').keys.duration,
    ).toBeUndefined();
  });
});
