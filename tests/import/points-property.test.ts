// Whatever speech it reads, every point the importer drafts keeps the rule: within a line, never ending on a
// word that needs what follows, its characters in order in one sentence (or two adjacent clauses) of the speech with
// only the listed words left out, and every figure it shows standing in the speech as written. The speeches are made
// of the classes the points and figures rules were built for, on topics and numbers drawn at random, mixed with
// paragraphs of the tuned speeches (never a held-out one).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures, hasFigure } from '../../src/import/figures.ts';
import { wordsOf } from '../../src/import/words.ts';
import { pointProblem, width } from './support/keepable.ts';
import { draftOf, pointsBySlide } from './support/outline.ts';
import { loadReferences } from './support/references.ts';

const PLACES = ['全县', '全市', '全区', '全镇', '我们街道', '各乡镇', '全乡'];
const SUBJECTS = ['农村自来水普及率', '垃圾分类覆盖率', '群众满意率', '疫苗接种率', '政务服务网办率', '绿化覆盖率'];
const VERBS_TO = ['提高到', '提升到', '增长到', '下降到', '压缩到', '缩短至'];
const NUMERALS = ['三', '十二', '二十六', '一百二十', '三千四百', '两万一千', '86', '1200', '3.5', '八十一'];
const UNITS = ['个', '户', '名', '件', '处', '家', '场', '条', '万元', '户次', '人次', '公里', '座'];
const ABOUT = ['', '余', '多'];
const ACTIONS: ReadonlyArray<[string, string]> = [
  ['开展安全鉴定', '鉴定'],
  ['开展隐患排查', '排查出'],
  ['组织入户走访', '走访'],
  ['对老旧管网进行改造', '改造'],
  ['签订帮扶协议', '签订'],
];
const EXAMPLES = ['政策宣讲', '矛盾调解', '技能培训', '隐患排查', '助老助残', '环境整治', '法律援助', '文化文艺'];
const NOUNS = ['服务队', '工作专班', '实际问题', '创新平台', '志愿服务队伍', '便民服务点'];

const numeral = fc.constantFrom(...NUMERALS);
const figure = fc
  .tuple(numeral, fc.constantFrom(...ABOUT), fc.constantFrom(...UNITS))
  .map(([n, about, unit]) => `${n}${/\d/u.test(n) ? about : ''}${unit}`);
const percent = fc.integer({ min: 11, max: 99 }).map((n) => `百分之${chinese(n)}`);

function chinese(n: number): string {
  const digits = '零一二三四五六七八九';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

/** The classes, each a sentence on drawn words. */
const classSentence = fc.oneof(
  // A result clause over the line, with its start value.
  fc
    .tuple(fc.constantFrom(...PLACES), fc.constantFrom(...SUBJECTS), percent, fc.constantFrom(...VERBS_TO), percent)
    .map(([place, subject, from, verb, to]) => `通过三年努力，${place}${subject}由${from}${verb}${to}。`),
  // Examples before 等 that a figure counts.
  fc
    .tuple(
      fc.shuffledSubarray(EXAMPLES, { minLength: 2, maxLength: 4 }),
      fc.constantFrom(...NOUNS),
      figure,
      fc.constantFrom('组建了', '整合了', '梳理出', '帮助群众解决'),
    )
    .map(([examples, noun, count, verb]) => `我们${verb}${examples.join('、')}等${noun}${count}。`),
  // A count whose noun is the action named before it.
  fc
    .tuple(fc.constantFrom(...ACTIONS), fc.constantFrom(...PLACES), figure)
    .map(([[action, verb], place, count]) => `${place}${action}，共${verb}${count}。`),
  // One person's story with a figure.
  fc
    .tuple(fc.constantFrom('有一位卖菜的大姐', '有位退休教师', '有一名快递员'), figure)
    .map(([who, count]) => `${who}，每天下班后都来学习，两年学了${count}。`),
  // Someone quoted, an announcement, a rallying call, a half sentence.
  fc.constantFrom(
    '群众说：“现在办事真方便，一次就办好了。”',
    '下面，我从三个方面谈一谈我们的做法。',
    '让我们携手努力，为乡村振兴作出新的更大贡献！',
    '而是要让群众真正得到实惠。',
    '村子强不强，要看“领头羊”。',
  ),
);

const RESULT_CLAUSE = new RegExp(
  `(${PLACES.join('|')})(${SUBJECTS.join('|')})由(百分之\\p{Script=Han}+?)(${VERBS_TO.join('|')})(百分之\\p{Script=Han}+?)。`,
  'gu',
);

/** A point of that class as drawn: place (or none), subject, and a result verb. */
const RESULT_POINT = new RegExp(
  `^(${PLACES.join('|')})?(${SUBJECTS.join('|')})\\p{Script=Han}{0,12}(${VERBS_TO.join('|')})`,
  'u',
);

/** Paragraphs of the tuned speeches, their headings and salutations left out. */
const TUNED_PARAGRAPHS = loadReferences(true)
  .flatMap((c) => c.source.split('\n'))
  .map((line) => line.replace(/^\[(Title|Heading1|Heading2|bold)\]\s*/u, '').trim())
  .filter((line) => [...line].length >= 60 && /。$/u.test(line));

const paragraph = fc
  .tuple(fc.array(classSentence, { minLength: 1, maxLength: 3 }), fc.option(fc.constantFrom(...TUNED_PARAGRAPHS)))
  .map(([sentences, tuned]) => (tuned === null ? sentences.join('') : `${sentences.join('')}${tuned}`));

const HEADINGS = ['一、', '二、', '三、'];
const speech = fc
  .array(paragraph, { minLength: 3, maxLength: 3 })
  .map((paragraphs) =>
    [
      '在实干中推进基层治理',
      '某某县某某局 王某某',
      '按照会议安排，我简要汇报我们的做法。',
      ...paragraphs.map((p, i) => `${HEADINGS[i]}抓好第${'一二三'[i]}项重点工作。${p}`),
      '谢谢大家。',
    ].join('\n'),
  );

/** Whether the point's characters (its punctuation aside) stand in this order within one sentence of the source. */
function inOneSentence(point: string, source: string): boolean {
  const wanted = [...point.replace(/[，、“”：；\s]/gu, '')];
  return source.split(/[。！？\n]/u).some((sentence) => {
    let at = 0;
    for (const ch of sentence) if (ch === wanted[at]) at++;
    return at === wanted.length;
  });
}

/** Why a point breaks the rule on this speech, or undefined. */
function broken(point: string, source: string): string | undefined {
  if (width(point) > 22) return 'wider than a line';
  // Independent of the rule's own reading below (which knows the listed leave-outs): the characters are there, in order.
  if (!inOneSentence(point, source)) return 'not in order within one sentence';
  if (['的', '和', '与', '对'].includes(wordsOf(point).at(-1)?.word ?? '')) return 'ends on a word that needs more';
  const figures = findFigures(point).filter((f) => !hasFigure(source, f.text));
  if (figures.length > 0) return `figure not in the speech: ${figures.map((f) => f.text).join(' ')}`;
  return pointProblem(point, source);
}

describe('every drafted point', () => {
  it('keeps the issue’s rule on speeches built from the classes and the tuned speeches', async () => {
    expect(TUNED_PARAGRAPHS.length).toBeGreaterThan(20);
    let shortened = 0;
    await fc.assert(
      fc.asyncProperty(speech, async (text) => {
        const { outline } = await draftOf(text);
        const points = [...pointsBySlide(outline).values()].flat();
        // The result class's point, where shown, is its clause without the start value, exactly (an oracle of its own,
        // not the rule's reading), or the clause whole
        // (whole where it fits a line, the speaker's side 我们/我们街道 taken off the front as for any point).
        const results = new Set(
          [...text.matchAll(RESULT_CLAUSE)].flatMap(([, place = '', subject, from, verb, to]) =>
            [place, place.replace(/^我们/u, ''), ''].flatMap((who) => [
              `${who}${subject}${verb}${to}`,
              `${who}${subject}由${from}${verb}${to}`,
            ]),
          ),
        );
        for (const point of points.filter((p) => RESULT_POINT.test(p))) {
          expect(results).toContain(point);
          shortened++;
        }
        const problems = points.flatMap((point) => {
          const problem = broken(point, text.replace(/\n/gu, '。\n'));
          return problem === undefined ? [] : [`${point}: ${problem}`];
        });
        expect(problems).toEqual([]);
      }),
      { numRuns: 30, seed: 1325 },
    );
    // The rule is tested on points that were shortened, not only on those that never needed it.
    expect(shortened).toBeGreaterThan(0);
  }, 240_000);
});
