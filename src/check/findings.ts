// What `check` (and the dev server) says about a deck, as data: one finding per thing to fix or know, with where
// it is. The topics that make findings are files of their own: timing.ts, density.ts, layout.ts, handout.ts.
import type { OutlineError } from '../outline/error.ts';
import { sentences, where } from '../outline/error.ts';
import { byPosition } from '../outline/position.ts';
import type { Point, Position } from '../outline/types.ts';
import type { Slide } from '../deck/types.ts';
import type { Language } from '../messages/language.mjs';

export type Severity = 'error' | 'warning' | 'hint';

/** The kinds of finding, by what they are about; the report groups them by `FINDING_TOPIC`. */
export type FindingCode =
  | 'outline'
  | 'over-time'
  | 'under-time'
  | 'no-notes'
  | 'overflow'
  | 'small-text'
  | 'too-many-points'
  | 'long-point'
  | 'empty-slide'
  | 'notes-cut'
  | 'small-on-paper'
  | 'set-smaller'
  | 'continued'
  | 'too-long'
  | 'fallback-glyph'
  | 'picture-scaled-down'
  | 'no-glyph'
  | 'unplaced-marks'
  | 'pptx-rare-characters';

export interface Finding {
  severity: Severity;
  /** The outline file as the user named it. */
  file: string;
  /** Where it is; none for a problem of the file as a whole (it cannot be opened). */
  line?: number;
  column?: number;
  /** The slide's page number in the deck, for findings about one slide. */
  slide?: number;
  title?: string;
  code: FindingCode;
  /** One sentence on what is wrong. */
  message: string;
  /** How to fix it, when there is a way. */
  hint?: string | undefined;
  /** Every item the message names, when it names only the first ten (characters of a line): for `check --json`. */
  items?: string[];
}

export const FINDING_TOPIC: Record<FindingCode, 'outline' | 'timing' | 'layout' | 'density' | 'handout' | 'fonts'> = {
  outline: 'outline',
  'over-time': 'timing',
  'under-time': 'timing',
  'no-notes': 'timing',
  overflow: 'layout',
  'small-text': 'layout',
  'too-many-points': 'density',
  'long-point': 'density',
  'empty-slide': 'density',
  'notes-cut': 'handout',
  'small-on-paper': 'handout',
  'set-smaller': 'layout',
  continued: 'layout',
  'too-long': 'layout',
  'fallback-glyph': 'fonts',
  'picture-scaled-down': 'outline',
  'no-glyph': 'fonts',
  'unplaced-marks': 'fonts',
  'pptx-rare-characters': 'layout',
};

/** The sizes look.md asks for: about 6 points a slide, short points, nothing smaller than 24 px at 1080 px high. */
export const LIMITS = {
  points: 6,
  /** Han characters (or words of other scripts) in one line of a point. */
  pointLength: 30,
  /** Smallest legible text, in px on the 1920×1080 (or 1440×1080) slide. */
  textPx: 24,
} as const;

/** What the dev server tells the page after each save (the check event): findings and the timing. */
export interface DeckCheck {
  file: string;
  findings: Finding[];
  /** Estimated seconds of the talk, and the slot in minutes; missing when the outline does not parse. */
  seconds?: number;
  duration?: number;
  /** Which save of the outline these are about (0: as the server started); the page's slides carry theirs, so
   *  what the page measured on older slides is never shown beside them. */
  version: number;
  /** The language the server speaks, for the page's own words. */
  lang: Language;
  /** The outline's lines that errors point at, by line number, for the page to quote. */
  excerpts?: Record<number, string>;
}

/** Whether the findings stop the outline from showing: it did not parse. */
export function isBroken(check: Pick<DeckCheck, 'findings'>): boolean {
  return check.findings.some((finding) => finding.code === 'outline');
}

/** Every problem of an outline that does not parse (or whose theme or images are missing), as error findings. */
export function problemFindings(error: OutlineError): Finding[] {
  return error.problems.map((problem) => ({
    severity: 'error',
    file: error.file,
    ...(problem.line === undefined ? {} : { line: problem.line, column: problem.column ?? 1 }),
    code: 'outline',
    message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
  }));
}

export function inFileOrder(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || byPosition(a, b));
}

export function countFindings(findings: Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** `file:line:col  message. Hint.`, the way every speechdeck error is written. */
export function formatFinding(finding: Finding): string {
  return `${where(finding.file, finding)}  ${sentences(finding.message, finding.hint)}`;
}

/** The place and slide a finding about one slide names. */
export function aboutSlide(
  slide: Pick<Slide, 'number' | 'title' | 'line'>,
  file: string,
): Pick<Finding, 'file' | 'line' | 'column' | 'slide' | 'title'> {
  return { file, line: slide.line, column: 1, slide: slide.number, title: slide.title };
}

export function position(point: Point): Position {
  return { line: point.line, column: point.column };
}

/** A short quotation of slide text in a message: “…”. */
export function quote(text: string): string {
  const short = text.replace(/\s+/g, ' ').trim();
  return `“${short.length > 16 ? `${short.slice(0, 16)}…` : short}”`;
}
