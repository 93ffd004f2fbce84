// How long the speaker talks: the notes as read aloud (spoken.ts: figures and Latin words at their spoken length),
// divided by `pace`.
import { spokenLength } from './spoken.ts';

const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Units of speech, as read aloud: 65% is six (百分之六十五), a Han character one. */
export function spokenUnits(text: string): number {
  return spokenLength(text);
}

/** Units of print, for how long a line looks: a Han character one, a run of letters or digits of another script one. */
export function writtenUnits(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const others = text.replace(HAN, ' ').match(WORD)?.length ?? 0;
  return han + others;
}

/** Seconds to say `text` at `pace` units per minute. */
export function spokenSeconds(text: string, pace: number): number {
  return (spokenUnits(text) / pace) * 60;
}

/** 75 → "1:15" */
export function formatMinutes(seconds: number): string {
  const total = Math.round(seconds);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** The seconds the speaker view's pacing timer allots each slide: the estimates, scaled to fill
 *  `duration` when it is set, and never less than a few seconds for a slide with no notes. */
export function pacingSeconds(estimates: number[], durationMinutes?: number): number[] {
  const MIN = 5;
  const base = estimates.map((s) => Math.max(s, MIN));
  const sum = base.reduce((a, b) => a + b, 0);
  const scale = durationMinutes && sum > 0 ? (durationMinutes * 60) / sum : 1;
  return base.map((s) => Math.max(1, Math.round(s * scale)));
}
