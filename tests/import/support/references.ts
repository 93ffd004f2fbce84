// The reference set of the import corpus: speeches with the slides a skilled speaker made from each (NAME.reference.json),
// drafted and scored the same way by the test and by `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { draftOutline } from '../../../src/import/index.ts';
import {
  addCounts,
  measures,
  scoreDraft,
  type Counts,
  type Measures,
  type Reference,
  type ScoredDraft,
  type ScoredSlide,
} from '../../../src/import/score.ts';
import { parseOutline, type Outline, type SlideSource } from '../../../src/outline/index.ts';
import { CORPUS_DIR, docxOf, encode, type Encoding } from './corpus.ts';

interface ReferenceFile extends Reference {
  input: 'txt' | 'md' | 'docx';
  encoding?: Encoding;
  lineEnds?: 'lf' | 'crlf';
  shape: string;
  /**
   * Held-out speeches come in sets: 2 was written a round later, to measure afresh what set 1 had been scored on twice;
   * 3 a round after that, committed before the importer was run on it; 4 a round later still, committed before the
   * importer was run on it or changed; 5 a round after that, committed before the importer was run on it, its "before"
   * scored at the end of that round on the importer as it stood when the set was written; 6 a round later, committed
   * and then scored once, as a whole, on the importer as it stood, before any rule of that round; 7 a round later
   * still, the same way; 8 a round after that, the same way, while the importer was tuned by others who never read it;
   * 9 a round later still, the same way; 10 a round after that, the same way; 11 a round later still, the same way; 12 a
   * round after that, the same way.
   */
  heldOutSet?: number;
  /** Lines the importer must remove as noise. */
  noise: string[];
}

export interface ReferenceCase {
  name: string;
  fileName: string;
  source: string;
  bytes: Uint8Array;
  reference: ReferenceFile;
}

const SUFFIX = '.reference.json';

export function loadReferences(tunedOnly = false): ReferenceCase[] {
  const files = readdirSync(CORPUS_DIR);
  return files
    .filter((file) => file.endsWith(SUFFIX))
    .sort()
    .flatMap((file) => {
      const name = file.slice(0, -SUFFIX.length);
      const reference = JSON.parse(readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as ReferenceFile;
      if (tunedOnly && reference.heldOut) return [];
      const sourceFile = files.find(
        (other) => other.startsWith(`${name}.`) && !other.endsWith('.json') && !other.endsWith('.yaml'),
      );
      if (!sourceFile) throw new Error(`${file}: no speech beside it`);
      const source = readFileSync(path.join(CORPUS_DIR, sourceFile), 'utf8');
      const bytes =
        reference.input === 'docx'
          ? docxOf(source)
          : encode(source, reference.encoding ?? 'utf-8', reference.lineEnds ?? 'lf');
      return [{ name, fileName: `${name}.${reference.input}`, source, bytes, reference }];
    });
}

function scoredSlide(slide: SlideSource): ScoredSlide {
  return {
    title: slide.title,
    points: slide.pages.flatMap((page) =>
      page.blocks.flatMap((b) => (b.kind === 'points' ? b.points.map((p) => p.text) : [])),
    ),
    notes: slide.pages.map((page) => page.notes?.text ?? '').join('\n'),
  };
}

/** The draft as the deck reads it back. */
export function scoredDraft(outline: Outline): ScoredDraft {
  return {
    title: outline.meta.title,
    ...(outline.meta.subtitle ? { subtitle: outline.meta.subtitle } : {}),
    opening: outline.opening.map(scoredSlide),
    parts: outline.parts.map((part) => ({ heading: part.title, slides: part.slides.map(scoredSlide) })),
  };
}

/** Which measure a speech counts in: tuned on, then the held-out sets in the order they were written (set 1, the
 *  fresh one written later, the third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh and twelfth), each a
 *  round after the one before. */
const SETS = [
  'tuned',
  'heldOut',
  'fresh',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
] as const;
type SetName = (typeof SETS)[number];

function setOf(reference: ReferenceFile): SetName {
  if (!reference.heldOut) return 'tuned';
  return SETS[Math.min(Math.max(reference.heldOutSet ?? 1, 1), SETS.length - 1)]!;
}

interface ScoredCase {
  name: string;
  heldOut: boolean;
  set: SetName;
  counts: Counts;
  outline: Outline;
  markdown: string;
  removed: string[];
}

async function scoreCase(test: ReferenceCase): Promise<ScoredCase> {
  const draft = await draftOutline({ bytes: test.bytes, fileName: test.fileName });
  const outline = parseOutline(draft.markdown, test.fileName.replace(/\.\w+$/u, '.md'));
  const source = test.source.replace(/^\[(Title|Heading1|Heading2|bold)\]\s*/gmu, '');
  return {
    name: test.name,
    heldOut: test.reference.heldOut,
    set: setOf(test.reference),
    counts: scoreDraft(scoredDraft(outline), test.reference, source),
    outline,
    markdown: draft.markdown,
    removed: draft.removed.map((r) => r.text.trim()),
  };
}

/** The measures of each set, and of all held-out sets together. */
export type ScoreTable = Record<SetName, Measures> & { allHeldOut: Measures; cases: ScoredCase[] };

/** `tunedOnly`: draft and score only the speeches the importer is tuned on (the held-out ones are not even read). */
export async function scoreReferences(tunedOnly = false): Promise<ScoreTable> {
  const cases: ScoredCase[] = [];
  for (const test of loadReferences(tunedOnly)) cases.push(await scoreCase(test));
  const of = (keep: (c: ScoredCase) => boolean): Measures =>
    measures(addCounts(cases.filter(keep).map((c) => c.counts)));
  const bySet = Object.fromEntries(SETS.map((set) => [set, of((c) => c.set === set)])) as Record<SetName, Measures>;
  return { ...bySet, allHeldOut: of((c) => c.heldOut), cases };
}

/**
 * The measures on the day each set was written, before the importer was tuned on it (the fresh set: scored once on the
 * importer as it stood when it was written).
 */
export const BEFORE: Record<SetName, Measures> = {
  tuned: {
    figureRecall: 0.09,
    figurePrecision: 1,
    firstSentenceTitles: 0.476,
    titleRouge: 0.519,
    titlesKept: 0.45,
    pointsKept: 0.186,
    fragmentRate: 0.009,
    partsFound: 1,
    twoToFourPoints: 0.84,
    pointsPerSlide: 2.16,
    titleAndKind: 0.625,
  },
  heldOut: {
    figureRecall: 0.103,
    figurePrecision: 1,
    firstSentenceTitles: 0.65,
    titleRouge: 0.511,
    titlesKept: 0.467,
    pointsKept: 0.162,
    fragmentRate: 0.017,
    partsFound: 0.667,
    twoToFourPoints: 0.893,
    pointsPerSlide: 2.071,
    titleAndKind: 1,
  },
  fresh: {
    figureRecall: 0.789,
    figurePrecision: 1,
    firstSentenceTitles: 0.357,
    titleRouge: 0.563,
    titlesKept: 0.533,
    pointsKept: 0.573,
    fragmentRate: 0,
    partsFound: 0.917,
    twoToFourPoints: 1,
    pointsPerSlide: 2.639,
    titleAndKind: 1,
  },
  third: {
    figureRecall: 0.843,
    figurePrecision: 1,
    firstSentenceTitles: 0.083,
    titleRouge: 0.389,
    titlesKept: 0.286,
    pointsKept: 0.63,
    fragmentRate: 0,
    partsFound: 0.4,
    twoToFourPoints: 1,
    pointsPerSlide: 2.75,
    titleAndKind: 1,
  },
  fourth: {
    figureRecall: 0.881,
    figurePrecision: 1,
    firstSentenceTitles: 0.182,
    titleRouge: 0.669,
    titlesKept: 0.625,
    pointsKept: 0.681,
    fragmentRate: 0,
    partsFound: 0.923,
    twoToFourPoints: 1,
    pointsPerSlide: 2.607,
    titleAndKind: 0.75,
  },
  fifth: {
    figureRecall: 0.814,
    figurePrecision: 1,
    firstSentenceTitles: 0.233,
    titleRouge: 0.433,
    titlesKept: 0.407,
    pointsKept: 0.512,
    fragmentRate: 0,
    partsFound: 0.75,
    twoToFourPoints: 1,
    pointsPerSlide: 2.9,
    titleAndKind: 0.75,
  },
  sixth: {
    figureRecall: 0.871,
    figurePrecision: 1,
    firstSentenceTitles: 0.231,
    titleRouge: 0.582,
    titlesKept: 0.517,
    pointsKept: 0.562,
    fragmentRate: 0,
    partsFound: 0.538,
    twoToFourPoints: 1,
    pointsPerSlide: 2.844,
    titleAndKind: 0.75,
  },
  seventh: {
    figureRecall: 0.803,
    figurePrecision: 1,
    firstSentenceTitles: 0.143,
    titleRouge: 0.296,
    titlesKept: 0.182,
    pointsKept: 0.533,
    fragmentRate: 0,
    partsFound: 0.688,
    twoToFourPoints: 0.971,
    pointsPerSlide: 2.4,
    titleAndKind: 0.75,
  },
  eighth: {
    figureRecall: 0.774,
    figurePrecision: 1,
    firstSentenceTitles: 0.109,
    titleRouge: 0.437,
    titlesKept: 0.404,
    pointsKept: 0.514,
    fragmentRate: 0,
    partsFound: 0.875,
    twoToFourPoints: 0.934,
    pointsPerSlide: 2.459,
    titleAndKind: 0.875,
  },
  ninth: {
    figureRecall: 0.76,
    figurePrecision: 1,
    firstSentenceTitles: 0.178,
    titleRouge: 0.427,
    titlesKept: 0.375,
    pointsKept: 0.551,
    fragmentRate: 0.006,
    partsFound: 0.88,
    twoToFourPoints: 1,
    pointsPerSlide: 2.946,
    titleAndKind: 0.875,
  },
  tenth: {
    figureRecall: 0.801,
    figurePrecision: 1,
    firstSentenceTitles: 0.14,
    titleRouge: 0.402,
    titlesKept: 0.338,
    pointsKept: 0.633,
    fragmentRate: 0,
    partsFound: 0.625,
    twoToFourPoints: 1,
    pointsPerSlide: 3.087,
    titleAndKind: 0.8,
  },
  eleventh: {
    figureRecall: 0.739,
    figurePrecision: 1,
    firstSentenceTitles: 0.2,
    titleRouge: 0.471,
    titlesKept: 0.433,
    pointsKept: 0.579,
    fragmentRate: 0.007,
    partsFound: 0.744,
    twoToFourPoints: 0.989,
    pointsPerSlide: 2.811,
    titleAndKind: 0.917,
  },
  twelfth: {
    figureRecall: 0.732,
    figurePrecision: 1,
    firstSentenceTitles: 0.171,
    titleRouge: 0.424,
    titlesKept: 0.373,
    pointsKept: 0.58,
    fragmentRate: 0,
    partsFound: 0.872,
    twoToFourPoints: 0.988,
    pointsPerSlide: 2.628,
    titleAndKind: 0.923,
  },
};

const ROWS: ReadonlyArray<{ measure: keyof Measures; label: string; goal: string }> = [
  { measure: 'figureRecall', label: 'figure recall', goal: '≥ 0.80' },
  { measure: 'figurePrecision', label: 'figure precision', goal: '1.0' },
  { measure: 'firstSentenceTitles', label: 'first-sentence titles', goal: '≤ 0.30' },
  { measure: 'titleRouge', label: 'title ROUGE-L F1', goal: '≥ 0.50' },
  { measure: 'titlesKept', label: 'titles kept (ROUGE-L ≥ 0.5)', goal: '≥ 0.70' },
  { measure: 'pointsKept', label: 'points kept (ROUGE-L ≥ 0.5)', goal: '≥ 0.60' },
  { measure: 'fragmentRate', label: 'fragment rate', goal: 'low' },
  { measure: 'partsFound', label: 'parts found', goal: '1.0' },
  { measure: 'twoToFourPoints', label: 'slides with 2–4 points', goal: '≥ 0.90' },
  { measure: 'pointsPerSlide', label: 'points per slide', goal: '2–4' },
  { measure: 'titleAndKind', label: 'title and kind right', goal: '1.0' },
];

/** The scorer's table in Markdown: before and now, for the tuned and the held-out speeches. */
export function scoreTableMarkdown(table: ScoreTable): string {
  const f = (n: number): string => (Number.isNaN(n) ? '–' : n.toFixed(3));
  const count = (set: SetName): number => table.cases.filter((c) => c.set === set).length;
  const label = (set: SetName, i: number): string => (set === 'tuned' ? 'tuned' : `held-out ${i}`);
  const columns = SETS.flatMap((set, i) => [`${label(set, i)} before`, `${label(set, i)} now`]);
  const lines = [
    `| measure | goal | ${columns.join(' | ')} | all held-out now |`,
    `|${'---|'.repeat(columns.length + 3)}`,
    ...ROWS.map(
      (r) =>
        `| ${r.label} | ${r.goal} | ${SETS.flatMap((set) => [f(BEFORE[set][r.measure]), f(table[set][r.measure])]).join(' | ')} | ${f(table.allHeldOut[r.measure])} |`,
    ),
    '',
    `${count('tuned')} tuned speeches; held-out set 1 (${count('heldOut')} speeches), set 2 (${count('fresh')}, written later), set 3 (${count('third')}, written two rounds later), set 4 (${count('fourth')}, three rounds later) set 5 (${count('fifth')}, four rounds later), set 6 (${count('sixth')}, five rounds later), set 7 (${count('seventh')}, six rounds later), set 8 (${count('eighth')}, seven rounds later), set 9 (${count('ninth')}, eight rounds later), set 10 (${count('tenth')}, nine rounds later), set 11 (${count('eleventh')}, ten rounds later) and set 12 (${count('twelfth')}, eleven rounds later), each scored on the importer as it stood when written ("before") and after the rules that followed.`,
  ];
  return lines.join('\n');
}
