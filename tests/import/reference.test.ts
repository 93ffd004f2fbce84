// The reference set: each speech's draft scored against the slides a skilled speaker made from it (NAME.reference.json),
// reported apart for the speeches the importer was tuned on and those it was never shown.
import { describe, expect, it } from 'vitest';
import { findFigures, hasFigure } from '../../src/import/figures.ts';
import { goalMet, isFirstSentenceTitle, isFragment, rougeL, type Measures } from '../../src/import/score.ts';
import { pointProblem } from './support/keepable.ts';
import {
  BEFORE,
  loadReferences,
  scoreReferences,
  scoredDraft,
  scoreTableMarkdown,
  type ScoreTable,
} from './support/references.ts';

const CASES = loadReferences();

describe('the reference set', () => {
  it('has at least twelve speeches of 1,500 to 3,000 characters, four of them held out, each with slides that carry figures of its text', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
    expect(CASES.filter((c) => c.reference.heldOut).length).toBeGreaterThanOrEqual(4);
    expect(new Set(CASES.map((c) => c.reference.input))).toEqual(new Set(['txt', 'md', 'docx']));
    expect(CASES.some((c) => c.reference.encoding === 'gb18030')).toBe(true);
    for (const { name, source, reference } of CASES) {
      const length = source.replace(/\s+/gu, '').length;
      expect(length, name).toBeGreaterThanOrEqual(1400);
      expect(length, name).toBeLessThanOrEqual(3000);
      for (const slide of reference.parts.flatMap((p) => p.slides)) {
        expect(slide.points.length, `${name}: ${slide.title}`).toBeGreaterThanOrEqual(2);
        for (const figure of slide.figures) expect(hasFigure(source, figure), `${name}: ${figure}`).toBe(true);
      }
    }
  });
});

/** The figures the importer finds, and what it must not take for one. */
const FIGURES: ReadonlyArray<[string, string[]]> = [
  ['共划分综合网格86个、专属网格23个', ['86个', '23个']],
  ['办结率达到98.6%，群众满意率提升至96%', ['98.6%', '96%']],
  ['上报各类事件1.3万件，化解纠纷540余起，2300多名在职党员', ['1.3万件', '540余起', '2300多名']],
  ['村集体每年获得保底分红45万元，企业新增产值1.2亿元', ['45万元', '1.2亿元']],
  ['比去年提高了6个百分点，提高了0.3个等级', ['6个百分点', '0.3个等级']],
  ['排查企业一千八百余家，整改率达到百分之九十七，三千余人', ['一千八百余家', '百分之九十七', '三千余人']],
  ['退单率下降到百分之三点五，派单时间压缩到三十分钟以内', ['百分之三点五', '三十分钟']],
  ['提高了2倍，近500户，3到5家', ['2倍', '近500户', '5家']],
  ['二十三个村，十五个专班，九十六对新人，十二项', ['二十三个', '十五个', '九十六对', '十二项']],
  ['采购图书4.8万册，线上借阅31万册次', ['4.8万册', '31万册次']],
  // Not figures: a way of speaking, a set phrase, a number of order, a name.
  ['一名专员，每月一次，千家万户，十分重要，第12期，12345热线，2026年，一对一，十五的月亮', []],
];

describe('figures', () => {
  it.each(FIGURES)('in “%s”', (text, expected) => {
    expect(findFigures(text).map((f) => f.text)).toEqual(expected);
  });
});

describe('the scorer', () => {
  it('scores ROUGE-L on characters, punctuation left out', () => {
    expect(rougeL('网格发现、社区吹哨', '网格发现，社区吹哨')).toBe(1);
    expect(rougeL('', '网格')).toBe(0);
    expect(rougeL('建立网格', '网格员')).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });

  it('knows a first-sentence title from the speech’s own sub-heading', () => {
    expect(isFirstSentenceTitle({ title: '过去一段时间', points: [], notes: '过去一段时间，我们做了很多工作。' })).toBe(
      true,
    );
    expect(isFirstSentenceTitle({ title: '减环节', points: [], notes: '（一）减环节。我们对事项逐一梳理。' })).toBe(
      'speech',
    );
    expect(isFirstSentenceTitle({ title: '审批提速', points: [], notes: '过去，审批很慢。' })).toBe(false);
    // A counted item said as a sentence of its own is the speech's heading; its first clause alone is drawn.
    expect(
      isFirstSentenceTitle({ title: '拓宽受理渠道', points: [], notes: '第一，拓宽受理渠道。我们整合了热线。' }),
    ).toBe('speech');
    expect(isFirstSentenceTitle({ title: '压实责任', points: [], notes: '一是压实责任。各级河长每月巡河。' })).toBe(
      'speech',
    );
    expect(
      isFirstSentenceTitle({ title: '建立积分制度', points: [], notes: '一是建立积分制度，每月公布积分排名。' }),
    ).toBe(true);
    // A heading on a line of its own (Markdown, Word, a banner) is the speech's own.
    expect(
      isFirstSentenceTitle({ title: '坚持逐字逐句读', points: [], notes: '坚持逐字逐句读\n经典著作篇幅长。' }),
    ).toBe('speech');
    expect(
      isFirstSentenceTitle({ title: '【免费维修进社区】', points: [], notes: '【免费维修进社区】\n我们组织……' }),
    ).toBe('speech');
    // A whole first sentence, even a short one, is drawn.
    expect(isFirstSentenceTitle({ title: '开发的前提是保护', points: [], notes: '开发的前提是保护。我们坚持……' })).toBe(
      true,
    );
  });

  it('calls half clauses, dangling words and announcements fragments', () => {
    for (const point of ['是基层负担重的另一个重要原因的', '而是要靠制度', '我从三个方面谈一谈体会', '设立“办不成事'])
      expect(isFragment(point), point).toBe(true);
    for (const point of ['办结率达到98.6%', '建立“老娘舅”调解室32个']) expect(isFragment(point), point).toBe(false);
  });
});

/** Lower is better for these; the others should rise. */
const LOWER_IS_BETTER = new Set<keyof Measures>(['firstSentenceTitles', 'fragmentRate']);
/** Points per slide has a band (2–4), not a direction. */
const NO_DIRECTION = new Set<keyof Measures>(['pointsPerSlide']);
/** The BEFORE figures are rounded to three places. */
const ROUNDING = 0.0005;
/** Goals the importer meets now, asserted as goals: a change that loses one fails. */
const GOALS_MET: ReadonlyArray<['tuned' | 'heldOut' | 'fresh', keyof Measures]> = [
  ...(
    [
      'figureRecall',
      'figurePrecision',
      'firstSentenceTitles',
      'titleRouge',
      'pointsKept',
      'fragmentRate',
      'twoToFourPoints',
    ] as const
  ).map((m) => ['tuned', m] as ['tuned', keyof Measures]),
  ...(['figureRecall', 'figurePrecision', 'titleRouge', 'pointsKept', 'fragmentRate', 'twoToFourPoints'] as const).map(
    (m) => ['heldOut', m] as ['heldOut', keyof Measures],
  ),
  // The fresh held-out set is scored against the goals it met when written, not tuned on: none may be lost.
  ...(['figurePrecision', 'titleRouge', 'fragmentRate', 'twoToFourPoints'] as const).map(
    (m) => ['fresh', m] as ['fresh', keyof Measures],
  ),
];
/**
 * Titles kept on the tuned speeches: the goal (0.70) was met until a speech without markers joined them (the
 * speaker makes its parts, and titles its slides with the lead sentences the draft makes dividers of); no lower than now.
 */
const TUNED_TITLES_KEPT_FLOOR = 0.68;
/**
 * Parts found on the tuned speeches: every part (1.0) until a speech whose parts open with questions joined them
 * (69-wuye, 0.889 before any rule for it); the speaker groups its five questions into four parts, the draft into five.
 */
const TUNED_PARTS_FOUND_FLOOR = 0.94;

function worseThanBefore(measure: keyof Measures, before: number, now: number): boolean {
  if (NO_DIRECTION.has(measure) || Number.isNaN(before)) return false;
  return LOWER_IS_BETTER.has(measure) ? now > before + ROUNDING : now < before - ROUNDING;
}

describe('drafts against the reference slides', () => {
  let table: ScoreTable;

  it('are no worse than before on tuned and held-out speeches, with every figure shown as the speech wrote it', async () => {
    table = await scoreReferences();
    console.log(scoreTableMarkdown(table));
    const worse: string[] = [];
    for (const set of ['tuned', 'heldOut'] as const) {
      for (const measure of Object.keys(BEFORE[set]) as Array<keyof Measures>) {
        if (set === 'tuned' && measure === 'partsFound') continue; // held to its floor below
        if (worseThanBefore(measure, BEFORE[set][measure], table[set][measure]))
          worse.push(`${set} ${measure}: ${table[set][measure].toFixed(3)}, before ${BEFORE[set][measure]}`);
      }
    }
    if (table.tuned.partsFound < TUNED_PARTS_FOUND_FLOOR)
      worse.push(`tuned partsFound: ${table.tuned.partsFound.toFixed(3)}, below ${TUNED_PARTS_FOUND_FLOOR}`);
    if (table.tuned.titlesKept < TUNED_TITLES_KEPT_FLOOR)
      worse.push(`tuned titlesKept: ${table.tuned.titlesKept.toFixed(3)}, below ${TUNED_TITLES_KEPT_FLOOR}`);
    for (const [set, measure] of GOALS_MET)
      if (!goalMet(measure, table[set][measure]))
        worse.push(`${set} ${measure}: ${table[set][measure].toFixed(3)} misses its goal`);
    expect(worse).toEqual([]);
  });

  it('show points a speaker keeps: the speech’s characters in order within one sentence, only listed fillers left out, no fragment', async () => {
    table ??= await scoreReferences();
    // A set written after the rules is counted, not asserted, and not printed, so that no one tunes on it: set 10 and
    // later. Set 9 (counted items named, then said again with 就是……) is asserted again since its class has a rule.
    const problems: string[] = [];
    const measured = new Map<string, { problems: number; points: number }>();
    for (const scored of table.cases) {
      const heldOutSet = CASES.find((c) => c.name === scored.name)?.reference.heldOutSet ?? 0;
      const count = measured.get(scored.set) ?? { problems: 0, points: 0 };
      for (const slide of scoredDraft(scored.outline).parts.flatMap((p) => p.slides)) {
        for (const point of slide.points) {
          const problem = pointProblem(point, slide.notes) ?? (isFragment(point) ? 'a fragment' : undefined);
          if (heldOutSet >= 10) {
            count.points += 1;
            if (problem) count.problems += 1;
          } else if (problem) problems.push(`${scored.name} “${slide.title}”: “${point}” is ${problem}`);
        }
      }
      if (heldOutSet >= 10) measured.set(scored.set, count);
    }
    console.log(
      [...measured]
        .map(([set, c]) => `${set}: ${c.problems} of ${c.points} points a speaker would not keep`)
        .join('\n'),
    );
    expect(problems).toEqual([]);
  });

  it('remove the noise lines each reference lists, and nothing else', async () => {
    table ??= await scoreReferences();
    // Sets 5 and 6 were written with kinds of noise no rule had seen (an advertising block, a web page's furniture), and
    // so may any later set: no rule is tuned on a held-out speech, so from set 5 on what is removed is measured, and only
    // a line of the speech removed fails.
    const measured: string[] = [];
    for (const test of CASES) {
      const scored = table.cases.find((c) => c.name === test.name);
      if ((test.reference.heldOutSet ?? 0) < 5) {
        expect(scored?.removed, test.name).toEqual(test.reference.noise);
        continue;
      }
      const removed = scored?.removed ?? [];
      expect(
        removed.filter((line) => !test.reference.noise.includes(line)),
        test.name,
      ).toEqual([]);
      measured.push(`${test.name}: ${removed.length} of ${test.reference.noise.length} noise lines removed`);
    }
    console.log(measured.join('\n'));
  });
});
