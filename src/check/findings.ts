// What `check` (and the dev server) says about a deck, as data: the outline's problems, timing against `duration`,
// slides that overflow or have too little room, and density hints. Pure: the browser measurement comes in as data.
import type { OutlineError } from '../outline/error.ts';
import type { Outline, Point, Position } from '../outline/types.ts';
import { partHeading } from '../deck/labels.ts';
import { formatMinutes, spokenUnits } from '../deck/timing.ts';
import type { DeckPlan, Slide } from '../deck/types.ts';

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
  | 'long-point';

export interface Finding {
  severity: Severity;
  /** The outline file as the user named it. */
  file: string;
  line: number;
  column: number;
  /** The slide's page number in the deck, for findings about one slide. */
  slide?: number;
  title?: string;
  code: FindingCode;
  /** One sentence on what is wrong. */
  message: string;
  /** How to fix it, when there is a way. */
  hint?: string;
}

export const FINDING_TOPIC: Record<FindingCode, 'outline' | 'timing' | 'layout' | 'density'> = {
  outline: 'outline',
  'over-time': 'timing',
  'under-time': 'timing',
  'no-notes': 'timing',
  overflow: 'layout',
  'small-text': 'layout',
  'too-many-points': 'density',
  'long-point': 'density',
};

/** The sizes look.md asks for: about 6 points a slide, short points, nothing smaller than 24 px at 1080 px high. */
export const LIMITS = {
  points: 6,
  /** Han characters (or words of other scripts) in one line of a point. */
  pointLength: 30,
  /** Smallest legible text, in px on the 1920×1080 (or 1440×1080) slide. */
  textPx: 24,
} as const;

/** Every problem of an outline that does not parse (or whose theme or images are missing), as error findings. */
export function problemFindings(error: OutlineError): Finding[] {
  return error.problems.map((problem) => ({
    severity: 'error',
    file: error.file,
    line: problem.line,
    column: problem.column,
    code: 'outline',
    message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
  }));
}

// ---------- timing ----------

/** One row of the timing table: a part (or the opening before the first part, or the closing). */
export interface TimingRow {
  label: string;
  slides: number;
  /** Han characters and words of other scripts in the notes: what the estimate counts. */
  spoken: number;
  seconds: number;
}

export interface Timing {
  rows: TimingRow[];
  total: TimingRow;
  pace: number;
  /** The slot in minutes, when the front matter sets `duration`. */
  duration?: number;
}

export function timingTable(plan: DeckPlan): Timing {
  const rows: TimingRow[] = [];
  let seenPart = false;
  let row: TimingRow | undefined;
  let rowKey: string | undefined;
  for (const slide of plan.slides) {
    if (slide.part) seenPart = true;
    const key = slide.part ? `part ${slide.part.index}` : seenPart ? 'closing' : 'opening';
    if (key !== rowKey) {
      // With no parts at all, every slide is in one row.
      const label = slide.part ? partHeading(slide.part.number, slide.part.title, plan.meta.numbering) : plan.parts.length ? key : 'all slides';
      row = { label, slides: 0, spoken: 0, seconds: 0 };
      rows.push(row);
      rowKey = key;
    }
    row!.slides++;
    row!.spoken += spokenUnits(slide.notes?.text ?? '');
    row!.seconds += slide.seconds;
  }
  const total = rows.reduce((sum, r) => ({ ...sum, slides: sum.slides + r.slides, spoken: sum.spoken + r.spoken, seconds: sum.seconds + r.seconds }), {
    label: 'total',
    slides: 0,
    spoken: 0,
    seconds: 0,
  });
  return { rows, total, pace: plan.meta.pace, ...(plan.meta.duration ? { duration: plan.meta.duration } : {}) };
}

/** Over the slot, under half of it, and the slides whose notes say nothing (the estimate counts them as 0:00). */
export function timingFindings(plan: DeckPlan, file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  const { duration } = plan.meta;
  if (duration) {
    const slot = duration * 60;
    const at = frontMatterKeyAt(source, 'duration');
    const spoken = formatMinutes(plan.seconds);
    if (plan.seconds > slot) {
      findings.push({
        severity: 'warning',
        file,
        ...at,
        code: 'over-time',
        message: `the talk runs about ${spoken}, ${formatMinutes(plan.seconds - slot)} over its ${duration}-minute slot`,
        hint: `shorten the notes (at ${plan.meta.pace} characters a minute), or set \`duration\` to the real slot.`,
      });
    } else if (plan.seconds < slot / 2) {
      findings.push({
        severity: 'warning',
        file,
        ...at,
        code: 'under-time',
        message: `the talk runs about ${spoken}, less than half of its ${duration}-minute slot`,
        hint: 'write out in the notes what you will say: the estimate counts only the notes.',
      });
    }
  }
  for (const slide of plan.slides) {
    if ((slide.kind === 'content' || slide.kind === 'quote') && !slide.notes?.text.trim()) {
      findings.push({
        ...aboutSlide(slide, file),
        severity: 'hint',
        code: 'no-notes',
        message: `slide ${slide.number} “${slide.title}” has no notes: the estimate counts it as 0:00`,
        hint: 'add `::: notes` … `:::` with what you will say.',
      });
    }
  }
  return findings;
}

// ---------- density ----------

/** Slides with more points than the back row can take in, and points too long to read at a glance. */
export function densityFindings(plan: DeckPlan, file: string): Finding[] {
  const findings: Finding[] = [];
  for (const slide of plan.slides) {
    if (slide.kind !== 'content') continue;
    const points = slide.blocks.flatMap((block) => (block.kind === 'points' ? block.points : []));
    const excess = points[LIMITS.points];
    if (excess) {
      findings.push({
        ...aboutSlide(slide, file),
        ...position(excess),
        severity: 'hint',
        code: 'too-many-points',
        message: `slide ${slide.number} “${slide.title}” has ${points.length} points; about ${LIMITS.points} read well from the back of the room`,
        hint: 'split the slide with a `---` line, or merge points.',
      });
    }
    for (const point of points.flatMap((p) => [p, ...p.points])) {
      const length = point.text.split('\n').reduce((longest, line) => Math.max(longest, spokenUnits(line)), 0);
      if (length <= LIMITS.pointLength) continue;
      findings.push({
        ...aboutSlide(slide, file),
        ...position(point),
        severity: 'hint',
        code: 'long-point',
        message: `a point of ${length} characters on slide ${slide.number} “${slide.title}”: about 20 read at a glance`,
        hint: 'keep the point short and say the rest in the notes.',
      });
    }
  }
  return findings;
}

// ---------- layout, as the browser measured it ----------

/** What the browser measured on one slide (src/client/layout-check.ts), in px of the slide at its real size. */
export interface SlideMeasure {
  /** 0-based position of the slide in the deck. */
  index: number;
  /** How far content reaches past the slide's content box (or over the footer), when it does. */
  overflow?: { bottom: number; right: number; top: number; left: number; text: string };
  /** The smallest text on the slide, when it is below `LIMITS.textPx`. */
  smallText?: { px: number; text: string };
}

/** The slide facts a layout finding names; from the plan in `check`, from the page in the dev server. */
export interface SlideRef {
  number: number;
  title: string;
  line: number;
}

export function layoutFindings(file: string, slides: SlideRef[], measures: SlideMeasure[]): Finding[] {
  const findings: Finding[] = [];
  for (const measure of measures) {
    const slide = slides[measure.index] ?? { number: measure.index + 1, title: '', line: 1 };
    const about = { file, line: slide.line, column: 1, slide: slide.number, title: slide.title };
    const name = `slide ${slide.number} “${slide.title}”`;
    if (measure.overflow) {
      findings.push({
        ...about,
        severity: 'error',
        code: 'overflow',
        message: `${name} overflows: ${overflowText(measure.overflow)}`,
        hint:
          measure.overflow.bottom > 0 || measure.overflow.top > 0
            ? 'split it with a `---` line, or shorten its points and say the rest in the notes.'
            : 'shorten the line that does not wrap (a long address, number or table row).',
      });
    }
    if (measure.smallText) {
      findings.push({
        ...about,
        severity: 'warning',
        code: 'small-text',
        message: `${name} has text at ${Math.round(measure.smallText.px)} px (${quote(measure.smallText.text)}), too small to read from the back; ${LIMITS.textPx} px is the least`,
        hint: 'give that text a slide of its own, or move it to the notes.',
      });
    }
  }
  return findings;
}

function overflowText(overflow: NonNullable<SlideMeasure['overflow']>): string {
  const sides = [
    overflow.bottom > 0 ? `${Math.ceil(overflow.bottom)} px past the bottom` : '',
    overflow.right > 0 ? `${Math.ceil(overflow.right)} px past the right edge` : '',
    overflow.top > 0 ? `${Math.ceil(overflow.top)} px above the top` : '',
    overflow.left > 0 ? `${Math.ceil(overflow.left)} px past the left edge` : '',
  ].filter(Boolean);
  const where = overflow.text ? ` (from ${quote(overflow.text)})` : '';
  return `its content runs ${sides.join(' and ')}${where}`;
}

// ---------- all of it ----------

/** What the dev server tells the page after each save (the `speechdeck:check` event): findings and the timing. */
export interface DeckCheck {
  file: string;
  findings: Finding[];
  /** Estimated seconds of the talk, and the slot in minutes; missing when the outline does not parse. */
  seconds?: number;
  duration?: number;
}


/** Everything found without a browser, in file order: timing and density (the outline parsed, or there is no deck). */
export function deckFindings(deck: { outline: Outline; plan: DeckPlan; source: string }): Finding[] {
  return inFileOrder([...timingFindings(deck.plan, deck.outline.file, deck.source), ...densityFindings(deck.plan, deck.outline.file)]);
}

export function inFileOrder(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export function countFindings(findings: Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** `file:line:col  message hint`, the way every speechdeck error is written. */
export function formatFinding(finding: Finding): string {
  const hint = finding.hint ? ` ${finding.hint}` : '';
  return `${finding.file}:${finding.line}:${finding.column}  ${finding.message}${hint}`;
}

/** Where a front matter key is written (line 1 when it is not found). */
export function frontMatterKeyAt(source: string, key: string): Position {
  const pattern = new RegExp(`^[ \\t]*${key}[ \\t]*:`);
  let start = 0;
  // Only the front matter: from line 1 to the closing `---`, looked at line by line without splitting a huge file.
  for (let line = 1; start < source.length && line < 10_000; line++) {
    const end = source.indexOf('\n', start);
    const text = source.slice(start, end === -1 ? source.length : end);
    if (line > 1 && /^---[ \t]*\r?$/.test(text)) break;
    if (pattern.test(text)) return { line, column: 1 };
    if (end === -1) break;
    start = end + 1;
  }
  return { line: 1, column: 1 };
}

function aboutSlide(slide: Slide, file: string): Pick<Finding, 'file' | 'line' | 'column' | 'slide' | 'title'> {
  return { file, line: slide.line, column: 1, slide: slide.number, title: slide.title };
}

function position(point: Point): Position {
  return { line: point.line, column: point.column };
}

function quote(text: string): string {
  const short = text.replace(/\s+/g, ' ').trim();
  return `“${short.length > 16 ? `${short.slice(0, 16)}…` : short}”`;
}
