// What a rehearsal teaches about the talk: the speaker's own pace (units of speech a minute, counted as `check`
// counts them) and each slide's measured time, used to predict the talk instead of the `pace:` of the front matter.
// A slide keeps its measured time while its notes are unchanged (a hash of them is kept in the rehearsal file);
// a changed slide is predicted at the measured pace. With several rehearsals, the mean. Pure.
import { spokenUnits } from './timing.ts';
import type { DeckPlan, RehearsedPace, Slide } from './types.ts';

/** One slide as it was read in a rehearsal. */
export interface RehearsedSlide {
  number: number;
  title: string;
  /** notesHash() of the slide's notes when it was read. */
  notes: string;
  /** Units of speech in its notes (spokenUnits). */
  spoken: number;
  /** Seconds the slide was shown while the clock ran (pauses excluded; going back adds to it). */
  seconds: number;
}

/** One rehearsal: when, the pace it measured (undefined when no slide with notes was read), its slides. */
export interface Rehearsal {
  date: string;
  pace?: number;
  seconds: number;
  slides: RehearsedSlide[];
}

/** Faster than this a slide was skipped, not read: nobody reads 600 characters a minute aloud. */
const MAX_PACE = 600;

/** A short stable hash of a slide's notes (FNV-1a, 64 bits): enough to tell whether they changed, not a secret. */
export function notesHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const bytes = new TextEncoder().encode(text.trim());
  for (const byte of bytes) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}

function notesOf(slide: Slide): string {
  return slide.notes?.text ?? '';
}

/** Whether a rehearsed slide's time is a measurement: shown long enough to have been read (a slide without notes
 *  counts as it was shown). */
function measured(slide: RehearsedSlide): boolean {
  if (!(slide.seconds >= 0)) return false;
  if (slide.spoken === 0) return true;
  return slide.seconds > 0 && (slide.spoken / slide.seconds) * 60 <= MAX_PACE;
}

/** Units of speech a minute over the slides read (with notes, shown long enough to be read); undefined when none. */
export function measuredPace(slides: readonly RehearsedSlide[]): number | undefined {
  let spoken = 0;
  let seconds = 0;
  for (const slide of slides) {
    if (slide.spoken === 0 || !measured(slide)) continue;
    spoken += slide.spoken;
    seconds += slide.seconds;
  }
  return seconds > 0 ? Math.round((spoken / seconds) * 60) : undefined;
}

/** The rehearsal of `plan` whose slides were shown `seconds[i]` each (missing or negative: not shown). */
export function recordRehearsal(plan: DeckPlan, seconds: readonly number[], date: Date): Rehearsal {
  const shown = plan.slides.map((_, i) => {
    const s = seconds[i];
    return typeof s === 'number' && Number.isFinite(s) && s > 0 ? s : 0;
  });
  // A slide the plan continued shows the rest of its page while the speaker still reads the first slide's notes:
  // its time is that slide's.
  plan.slides.forEach((slide, i) => {
    if (slide.kind !== 'content' || slide.continuedByPlan !== true) return;
    let first = i;
    while (first > 0 && isContinuation(plan.slides[first]!)) first--;
    shown[first] = shown[first]! + shown[i]!;
    shown[i] = 0;
  });
  const slides = plan.slides.map((slide, i) => ({
    number: slide.number,
    title: slide.title,
    notes: notesHash(notesOf(slide)),
    spoken: spokenUnits(notesOf(slide)),
    seconds: Math.round(shown[i]! * 10) / 10,
  }));
  const pace = measuredPace(slides);
  return {
    date: date.toISOString(),
    ...(pace === undefined ? {} : { pace }),
    seconds: Math.round(slides.reduce((sum, slide) => sum + slide.seconds, 0) * 10) / 10,
    slides,
  };
}

function isContinuation(slide: Slide): boolean {
  return slide.kind === 'content' && slide.continuedByPlan === true;
}

/** The slide of `rehearsal` that was `slide` with the same notes: at the same number if it is there, else the first
 *  with the same notes (and, for slides without notes, the same title). */
function sameSlide(slide: Slide, hash: string, rehearsal: Rehearsal): RehearsedSlide | undefined {
  const alike = (r: RehearsedSlide) => r.notes === hash && (notesOf(slide).trim() !== '' || r.title === slide.title);
  const atNumber = rehearsal.slides[slide.number - 1];
  if (atNumber && alike(atNumber)) return atNumber;
  return rehearsal.slides.find(alike);
}

/** The mean pace of the rehearsals that measured one; undefined when none did. */
function meanPace(rehearsals: readonly Rehearsal[]): { pace: number; rehearsals: number } | undefined {
  const paces = rehearsals.map((r) => r.pace).filter((pace): pace is number => typeof pace === 'number' && pace > 0);
  if (!paces.length) return undefined;
  return { pace: Math.round(paces.reduce((a, b) => a + b, 0) / paces.length), rehearsals: paces.length };
}

/** `plan` predicted from the rehearsals: each slide its mean measured time while its notes are unchanged, else its
 *  notes at the measured pace; the plan's pace is the measured one. The plan as it was when none measured a pace. */
export function rehearsedPlan(plan: DeckPlan, rehearsals: readonly Rehearsal[]): DeckPlan {
  const mean = meanPace(rehearsals);
  if (!mean) return plan;
  let measuredSlides = 0;
  const slides = plan.slides.map((slide) => {
    const hash = notesHash(notesOf(slide));
    const times = rehearsals
      .map((r) => sameSlide(slide, hash, r))
      .filter((r): r is RehearsedSlide => r !== undefined && measured(r))
      .map((r) => r.seconds);
    if (times.length) {
      if (notesOf(slide).trim() !== '') measuredSlides++;
      return { ...slide, seconds: times.reduce((a, b) => a + b, 0) / times.length };
    }
    return { ...slide, seconds: (spokenUnits(notesOf(slide)) / mean.pace) * 60 };
  });
  const rehearsed: RehearsedPace = { pace: mean.pace, rehearsals: mean.rehearsals, measuredSlides };
  return {
    ...plan,
    meta: { ...plan.meta, pace: mean.pace },
    slides,
    seconds: slides.reduce((sum, slide) => sum + slide.seconds, 0),
    rehearsed,
  };
}
