// How long the speaker talks: the notes as read aloud (spoken.ts: figures and Latin words at their spoken length),
// divided by `pace`.
import { hanApart, spokenLength } from './spoken.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** Units of speech already counted, by text: the plan counts each slide's notes, the timing table and the rehearsal
 *  count them again. Kept small, and emptied when full. */
const counted = new Map<string, number>();
const COUNTED_MOST = 10_000;

/** Units of speech, as read aloud: 65% is six (百分之六十五), a Han character one. */
export function spokenUnits(text: string): number {
  const known = counted.get(text);
  if (known !== undefined) return known;
  if (counted.size >= COUNTED_MOST) counted.clear();
  const units = spokenLength(text);
  counted.set(text, units);
  return units;
}

/** Units of print, for how long a line looks: a Han character one, a run of letters or digits of another script one. */
export function writtenUnits(text: string): number {
  const { han, rest } = hanApart(text);
  return han + (rest.match(WORD)?.length ?? 0);
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
