// How close a draft comes to the slides a skilled speaker made from the same speech: figures, titles, points, parts.
import { findFigures, hasFigure } from './figures.ts';
import { NOT_A_SERIES } from '../outline/numbering.ts';
import { splitClauses, splitSentences, stripTerminal } from './sentences.ts';
import { endsOnFunctionWord } from './words.ts';

/** A slide of the draft as the deck shows it, with the words said on it. */
export interface ScoredSlide {
  title: string;
  points: string[];
  notes: string;
}

export interface ScoredDraft {
  title: string;
  subtitle?: string;
  parts: Array<{ heading: string; slides: ScoredSlide[] }>;
  /** Slides before the first part. */
  opening: ScoredSlide[];
}

/** The slides a skilled speaker made (`NAME.reference.json` in the import corpus). */
export interface Reference {
  heldOut: boolean;
  title: string;
  subtitle: string | null;
  parts: Array<{ heading: string; slides: Array<{ title: string; points: string[]; figures: string[] }> }>;
}

/** What one speech adds to each measure: counts, so speeches pool into one figure. */
export interface Counts {
  figuresFound: number;
  figures: number;
  /** Figures shown on the draft's titles and points, and how many of them stand in the source as written. */
  shownVerbatim: number;
  shown: number;
  firstSentenceTitles: number;
  /** Slides whose title the speech does not give (a sub-heading kept whole is the speaker's own title). */
  drawnTitles: number;
  titleRouge: number;
  referenceSlides: number;
  titlesKept: number;
  pointsKept: number;
  referencePoints: number;
  fragments: number;
  points: number;
  partsFound: number;
  referenceParts: number;
  slidesWithTwoToFour: number;
  slides: number;
  /** Speeches whose title and kind (subtitle) the draft states as the reference does. */
  titleAndKind: number;
  speeches: number;
}

/** A ROUGE-L score at or above this counts as kept: the speaker would recognise the item as theirs. */
const KEPT = 0.5;

const PUNCTUATION = /[\s\p{P}\p{S}]/gu;

/** ROUGE-L F1 on characters (punctuation and spaces left out): the longest common subsequence against both lengths. */
export function rougeL(candidate: string, reference: string): number {
  const a = [...candidate.replace(PUNCTUATION, '')];
  const b = [...reference.replace(PUNCTUATION, '')];
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const ca of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++)
      row[j] = ca === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, row[j - 1] ?? 0);
    previous = row;
  }
  const lcs = previous[b.length] ?? 0;
  if (lcs === 0) return 0;
  const precision = lcs / a.length;
  const recall = lcs / b.length;
  return (2 * precision * recall) / (precision + recall);
}

function best(candidates: readonly string[], reference: string): number {
  return candidates.reduce((top, c) => Math.max(top, rougeL(c, reference)), 0);
}

/** Sub-heading numbering that makes the first sentence the speech's own heading: （一） 1. (1) ① */
const SUBHEADING = /^([（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])/u;
const COUNTING = new RegExp(
  String.raw`^([一二三四五六七八九十]{1,3}[、．.]${NOT_A_SERIES}|第[一二三四五六七八九十]{1,3}[，,、：:]|(首先|其次|再次|最后)[，,、：:]|[一二三四五六七八九十]是[，,：:]?)`,
  'u',
);

function plain(text: string): string {
  return text.replace(PUNCTUATION, '');
}

/**
 * The title is the first sentence, or the first clause, of what is said on the slide: `true`. The speaker's own heading
 * is `'speech'`, neither drawn nor counted: a sub-heading the speech numbers ("（一）减环节。"), a counted item said
 * as a sentence of its own ("第一，拓宽受理渠道。", "一是压实责任。"), or a line of its own without a sentence's
 * end ("### 坚持逐字逐句读", "【免费维修进社区】").
 */
export function isFirstSentenceTitle(slide: ScoredSlide): boolean | 'speech' {
  const line =
    slide.notes
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  const first = splitSentences(line)[0]?.trim() ?? '';
  if (first === '') return false;
  const title = plain(slide.title);
  if (!/[。！？!?；;…]$/u.test(line) && plain(line) === title) return 'speech';
  const unnumbered = first.replace(SUBHEADING, '').replace(COUNTING, '');
  const clauses = splitClauses(unnumbered);
  const clause = clauses[0]?.text ?? '';
  const candidates = [stripTerminal(unnumbered), clause, clause.replace(/^(我们|要)/u, '')].map(plain);
  if (!candidates.includes(title)) return false;
  if (SUBHEADING.test(first)) return 'speech';
  return COUNTING.test(first) && clauses.length === 1 && plain(stripTerminal(unnumbered)) === title ? 'speech' : true;
}

const FRAGMENT_START =
  /^(而是|而且|而|但是|但|却|并且|并|也|又|就|才|则|从而|进而|以便|以免|所以|因此|因而|于是|甚至|乃至|否则|不然|即|便|其中)/u;
const ANNOUNCEMENT =
  /(谈|讲|汇报|交流|介绍).{0,8}([两三四五六七八九几]点|[两三四五六七八九几]个方面)|汇报如下|(谈|讲)(一谈|一下|谈)/u;

function balanced(text: string): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  return count(/“/gu) === count(/”/gu) && count(/[（(]/gu) === count(/[）)]/gu) && count(/《/gu) === count(/》/gu);
}

/** A point no speaker would keep as written: half a clause, a dangling word, an announcement, unclosed quotation. */
export function isFragment(point: string): boolean {
  const text = point.trim();
  return (
    [...plain(text)].length < 3 ||
    endsOnFunctionWord(stripTerminal(text)) ||
    FRAGMENT_START.test(text) ||
    ANNOUNCEMENT.test(text) ||
    !balanced(text)
  );
}

/** One speech's counts: the draft against its reference; `source` is the speech's text, for the figures shown. */
export function scoreDraft(draft: ScoredDraft, reference: Reference, source: string): Counts {
  const slides = [...draft.opening, ...draft.parts.flatMap((p) => p.slides)];
  const titles = slides.map((s) => s.title);
  const points = slides.flatMap((s) => s.points);
  const shownText = [...titles, ...points].join('\n');
  const referenceSlides = reference.parts.flatMap((p) => p.slides);
  const referenceFigures = referenceSlides.flatMap((s) => s.figures);
  const shownFigures = [...titles, ...points].flatMap((text) => findFigures(text).map((f) => f.text));
  const titleScores = referenceSlides.map((s) => best(titles, s.title));
  const pointScores = referenceSlides.flatMap((s) => s.points).map((p) => best(points, p));
  const firsts = slides.map(isFirstSentenceTitle);
  const headings = draft.parts.map((p) => p.heading);
  return {
    figuresFound: referenceFigures.filter((f) => hasFigure(shownText, f)).length,
    figures: referenceFigures.length,
    shownVerbatim: shownFigures.filter((f) => hasFigure(source, f)).length,
    shown: shownFigures.length,
    firstSentenceTitles: firsts.filter((f) => f === true).length,
    drawnTitles: firsts.filter((f) => f !== 'speech').length,
    titleRouge: titleScores.reduce((a, b) => a + b, 0),
    referenceSlides: referenceSlides.length,
    titlesKept: titleScores.filter((s) => s >= KEPT).length,
    pointsKept: pointScores.filter((s) => s >= KEPT).length,
    referencePoints: pointScores.length,
    fragments: points.filter(isFragment).length,
    points: points.length,
    partsFound: reference.parts.filter((p) => best(headings, p.heading) >= KEPT).length,
    referenceParts: reference.parts.length,
    slidesWithTwoToFour: slides.filter((s) => s.points.length >= 2 && s.points.length <= 4).length,
    slides: slides.length,
    titleAndKind: draft.title === reference.title && (draft.subtitle ?? null) === reference.subtitle ? 1 : 0,
    speeches: 1,
  };
}

/** Counts of several speeches pooled. */
export function addCounts(all: readonly Counts[]): Counts {
  const sum = {} as Counts;
  for (const counts of all)
    for (const key of Object.keys(counts) as Array<keyof Counts>) sum[key] = (sum[key] ?? 0) + counts[key];
  return sum;
}

/** The measures, as ratios from 0 to 1 (NaN where there is nothing to measure). */
export interface Measures {
  figureRecall: number;
  figurePrecision: number;
  firstSentenceTitles: number;
  titleRouge: number;
  titlesKept: number;
  pointsKept: number;
  fragmentRate: number;
  partsFound: number;
  twoToFourPoints: number;
  pointsPerSlide: number;
  titleAndKind: number;
}

export function measures(c: Counts): Measures {
  const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b);
  return {
    figureRecall: ratio(c.figuresFound, c.figures),
    figurePrecision: c.shown === 0 ? 1 : c.shownVerbatim / c.shown,
    firstSentenceTitles: ratio(c.firstSentenceTitles, c.drawnTitles),
    titleRouge: ratio(c.titleRouge, c.referenceSlides),
    titlesKept: ratio(c.titlesKept, c.referenceSlides),
    pointsKept: ratio(c.pointsKept, c.referencePoints),
    fragmentRate: ratio(c.fragments, c.points),
    partsFound: ratio(c.partsFound, c.referenceParts),
    twoToFourPoints: ratio(c.slidesWithTwoToFour, c.slides),
    pointsPerSlide: ratio(c.points, c.slides),
    titleAndKind: ratio(c.titleAndKind, c.speeches),
  };
}

/** The goals on speeches the importer was never tuned on; `below` marks a measure where lower is better. */
const GOALS: ReadonlyArray<{ measure: keyof Measures; goal: number; below?: true; label: string }> = [
  { measure: 'figureRecall', goal: 0.8, label: 'figure recall' },
  { measure: 'figurePrecision', goal: 1, label: 'figure precision' },
  { measure: 'firstSentenceTitles', goal: 0.3, below: true, label: 'first-sentence titles' },
  { measure: 'titleRouge', goal: 0.5, label: 'title ROUGE-L F1' },
  { measure: 'titlesKept', goal: 0.7, label: 'titles kept' },
  { measure: 'pointsKept', goal: 0.6, label: 'points kept' },
  { measure: 'fragmentRate', goal: 0.05, below: true, label: 'fragment rate' },
  { measure: 'partsFound', goal: 1, label: 'parts found' },
  { measure: 'twoToFourPoints', goal: 0.9, label: 'slides with 2–4 points' },
  { measure: 'titleAndKind', goal: 1, label: 'title and kind right' },
];

export function goalMet(measure: keyof Measures, value: number): boolean {
  const goal = GOALS.find((g) => g.measure === measure);
  if (!goal) return true;
  return goal.below ? value <= goal.goal : value >= goal.goal;
}
