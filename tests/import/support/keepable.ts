// What a speaker keeps of a draft: short points that are whole phrases of the text, a point on every slide, closing words on the closing slide.
import type { DeckPlan } from '../../../src/deck/index.ts';
import type { Outline, SlideSource } from '../../../src/outline/index.ts';
import { FILLERS, OPENING_FILLERS } from '../../../src/import/words.ts';
import { withoutResultDetail } from '../../../src/import/ideas.ts';

/** "About 20 characters": a Han character counts 1, an ASCII character ½, as on the slide. */
const MOST_POINT_WIDTH = 22;

/** Words that join a clause to the one before it: a point starting with one is the second half of a sentence. */
const DEPENDENT =
  /^(而是|而且|而|但是|但|却|并且|并|也|还|又|就|才|则|从而|进而|以便|以免|所以|因此|因而|于是|甚至|乃至|否则|不然|即|便|然后|接着)/u;
/** Connectives and openers that say nothing on their own. */
const BARE =
  /^(下面|接下来|首先|其次|再次|最后|同时|此外|另外|总之|因此|所以|但是|然而|当然|比如|例如|具体来说|总的来说|一方面|另一方面|一是|二是|三是|第一|第二|第三|我认为|我觉得|大家知道)$/u;
/**
 * What may stand just before a point in the text: punctuation; the 要 / 是 the importer takes off ("要把握……",
 * "一是建队伍"); the speaker's side as subject at a clause's start ("我们还建立了……" → "建立了……"); or an adverb at a
 * clause's start that leans on a subject said before ("每建一个书房，都先在社区……" → "先在社区……").
 */
const BEFORE =
  /([\s，。；：！？、“”‘’（）《》【】,.;:!?()要是]|(^|[\s，。；：！？])我[们市县区镇乡局委院馆校部单][\p{Script=Han}]{0,3}|[，。；：！？](都|均))$/u;
/**
 * "签订安全告知书，共签订3200余份" "更换老化灯具线路，全年更换2600余处": a point may open inside its clause at the verb the next clause, a count, says again,
 * so that the count carries its noun (the issue allows two adjacent clauses).
 */
const COUNT_AGAIN = String.raw`，(全年|去年|今年|当年|年内|[一二两三四五六七八九十\d]{1,2}年(来|内)?)?(共|累计|先后|已|总共)?\1(出|到|完成)?了?[\d一二两三四五六七八九十]`;
/** …or at the verb that governs a clause ending on the action the count says again ("开展安全鉴定，共鉴定三千四百多户"). */
const namesItsCountFrom = [
  new RegExp(String.raw`^(\p{Script=Han}{2})[^，]*${COUNT_AGAIN}`, 'u'),
  new RegExp(String.raw`^[^，]*(\p{Script=Han}{2})${COUNT_AGAIN}`, 'u'),
];
const namesItsCount = { test: (point: string): boolean => namesItsCountFrom.some((re) => re.test(point)) };
const AFTER = /^[\s，。；：！？、“”‘’（）《》【】,.;:!?()]/u;

export function width(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) < 0x2000 ? 0.5 : 1;
  return w;
}

function pointsOf(slide: SlideSource): string[] {
  return slide.pages.flatMap((page) =>
    page.blocks.flatMap((b) => (b.kind === 'points' ? b.points.map((p) => p.text) : [])),
  );
}

function notesOf(slide: SlideSource): string {
  return slide.pages.map((page) => page.notes?.text ?? '').join('\n');
}

/**
 * The notes with each clause's result detail left out (its start value "由原来的半年", or examples listed before 等 that
 * a figure after it counts): the two narrow kinds of words beside the fillers a point may leave out (docs/import.md).
 */
function withoutResultDetails(notes: string): string {
  return notes
    .split(/([，。；：！？\n,;:!?])/u)
    .map((piece) => withoutResultDetail(piece))
    .join('');
}

/**
 * Why a point would not be kept, or undefined when it would: read in the notes as written, or, where it is not found
 * there, in the notes without their result details.
 */
export function pointProblem(point: string, notes: string): string | undefined {
  const problem = pointProblemIn(point, notes);
  if (problem === undefined || !IN_WORDS_PROBLEMS.has(problem)) return problem;
  const shorter = withoutResultDetails(notes);
  return shorter !== notes && pointProblemIn(point, shorter) === undefined ? undefined : problem;
}

const CUT = 'cut in the middle of a clause';
const NOT_IN_WORDS = 'not in the slide’s own words';
/** The problems of where a point stands in its notes (the others are the point's own). */
const IN_WORDS_PROBLEMS = new Set([CUT, NOT_IN_WORDS]);

function pointProblemIn(point: string, notes: string): string | undefined {
  const bare = point.replace(/^[“‘]|[”’]$/gu, '');
  if (width(point) > MOST_POINT_WIDTH) return `longer than ${MOST_POINT_WIDTH}`;
  if (BARE.test(bare) || width(bare) < 3) return 'a bare connective';
  if (DEPENDENT.test(bare)) return 'the second half of a sentence';
  let inWords = false;
  for (let at = 0; at < notes.length; at++) {
    const end = matchWithFillers(notes, at, bare);
    if (end === undefined) continue;
    inWords = true;
    const before = notes.slice(0, at);
    const after = notes.slice(end);
    const opens = before === '' || BEFORE.test(before) || namesItsCount.test(bare);
    if (opens && (after === '' || AFTER.test(after))) return undefined;
  }
  return inWords ? CUT : NOT_IN_WORDS;
}

/** Filler words a point may leave out anywhere, and those it may leave out where it opens. */
const SKIPPABLE = [...FILLERS].sort((a, b) => b.length - a.length);
const SKIPPABLE_AT_START = [...OPENING_FILLERS, ...SKIPPABLE].sort((a, b) => b.length - a.length);

/**
 * Where `point` ends in `notes` when read from `at`: its characters in order within one sentence, with only listed
 * filler words of the notes left out between them, and, at a "，" of the point, whole clauses of the sentence left
 * out ("提高待遇，……，平均月收入提高了800元" → "提高待遇，平均月收入提高800元"). Undefined when it is not there.
 */
function matchWithFillers(notes: string, at: number, point: string): number | undefined {
  let i = at;
  // Words of time or linking may open the clause and be left out ("去年，共受理……" → "共受理……").
  for (;;) {
    const opener = SKIPPABLE_AT_START.find((w) => notes.startsWith(w, i) && !point.startsWith(w));
    if (!opener) break;
    i += opener.length;
    if (notes[i] === '，') i++;
  }
  if (notes[i] !== point[0]) return undefined;
  const end = matchFrom(notes, i, point, 0);
  if (end === undefined) return undefined;
  // A filler the point leaves out at its end ("……明显减轻了。") is still inside its clause.
  let after = end;
  for (
    let filler = SKIPPABLE.find((w) => notes.startsWith(w, after));
    filler;
    filler = SKIPPABLE.find((w) => notes.startsWith(w, after))
  )
    after += filler.length;
  return after;
}

const SENTENCE_END = /[。！？\n]/u;
const CLAUSE_END = /[，；：,;:]/u;

function matchFrom(notes: string, i: number, point: string, j: number): number | undefined {
  if (j >= point.length) return i;
  if (i >= notes.length || SENTENCE_END.test(notes[i] ?? '')) return undefined;
  if (notes[i] === point[j]) {
    const end = matchFrom(notes, i + 1, point, j + 1);
    if (end !== undefined) return end;
    // After a "，" the next clause may open with a word of time the point leaves out ("，目前已整改……" → "，已整改……").
    const opener = CLAUSE_END.test(point[j] ?? '')
      ? SKIPPABLE_AT_START.find((w) => notes.startsWith(w, i + 1))
      : undefined;
    const later = opener ? matchFrom(notes, i + 1 + opener.length, point, j + 1) : undefined;
    if (later !== undefined) return later;
  }
  // The point joins two clauses of the sentence that do not stand side by side.
  if (CLAUSE_END.test(point[j] ?? '')) {
    for (let k = i; k < notes.length && !SENTENCE_END.test(notes[k] ?? ''); k++) {
      if (!CLAUSE_END.test(notes[k] ?? '')) continue;
      const opener = SKIPPABLE_AT_START.find((w) => notes.startsWith(w, k + 1));
      const end =
        matchFrom(notes, k + 1, point, j + 1) ??
        (opener ? matchFrom(notes, k + 1 + opener.length, point, j + 1) : undefined);
      if (end !== undefined) return end;
    }
    return undefined;
  }
  const filler = SKIPPABLE.find((w) => notes.startsWith(w, i));
  return filler ? matchFrom(notes, i + filler.length, point, j) : undefined;
}
/** Every reason a speaker would have to repair the draft's slides. */
export function draftProblems(outline: Outline, plan: DeckPlan): string[] {
  const problems: string[] = [];
  const slides = [...outline.opening, ...outline.parts.flatMap((p) => p.slides)];
  for (const slide of slides) {
    const points = pointsOf(slide);
    if (points.length === 0) problems.push(`“${slide.title}” has no points`);
    for (const point of points) {
      const problem = pointProblem(point, notesOf(slide));
      if (problem) problems.push(`“${slide.title}”: point “${point}” is ${problem}`);
    }
  }
  const closing = plan.slides.at(-1);
  if (closing?.kind !== 'closing') problems.push('no closing slide');
  return problems;
}
