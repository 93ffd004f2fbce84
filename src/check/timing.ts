// Timing: how long the talk runs at `pace`, part by part, against its `duration`; slides whose notes say nothing.
import { partHeading } from '../deck/labels.ts';
import { formatMinutes, spokenUnits } from '../deck/timing.ts';
import type { DeckPlan } from '../deck/types.ts';
import type { Outline } from '../outline/types.ts';
import { aboutSlide } from './findings.ts';
import type { Finding } from './findings.ts';
import { say } from '../messages/index.ts';

/** One row of the timing table: a part (or the opening before the first part, or the closing). */
interface TimingRow {
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
  /** How many rehearsals measured `pace`: 0 when it is the front matter's. */
  rehearsals: number;
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
      const label = slide.part
        ? partHeading(slide.part.number, slide.part.title, plan.meta.numbering)
        : say(!plan.parts.length ? 'allSlidesRow' : key === 'opening' ? 'openingRow' : 'closingRow');
      row = { label, slides: 0, spoken: 0, seconds: 0 };
      rows.push(row);
      rowKey = key;
    }
    row!.slides++;
    row!.spoken += spokenUnits(slide.notes?.text ?? '');
    row!.seconds += slide.seconds;
  }
  const total = rows.reduce(
    (sum, r) => ({
      ...sum,
      slides: sum.slides + r.slides,
      spoken: sum.spoken + r.spoken,
      seconds: sum.seconds + r.seconds,
    }),
    {
      label: say('totalRow'),
      slides: 0,
      spoken: 0,
      seconds: 0,
    },
  );
  return {
    rows,
    total,
    pace: plan.meta.pace,
    rehearsals: plan.rehearsed?.rehearsals ?? 0,
    ...(plan.meta.duration ? { duration: plan.meta.duration } : {}),
  };
}

/** Over the slot, under half of it (at the `duration` line), and the slides whose notes say nothing (the estimate
 *  counts them as 0:00). */
export function timingFindings(deck: { outline: Outline; plan: DeckPlan }): Finding[] {
  const { plan, outline } = deck;
  const file = outline.file;
  const findings: Finding[] = [];
  const { duration } = plan.meta;
  if (duration) {
    const slot = duration * 60;
    const at = outline.keys.duration ?? { line: 1, column: 1 };
    const spoken = formatMinutes(plan.seconds);
    if (plan.seconds > slot) {
      findings.push({
        severity: 'warning',
        file,
        ...at,
        code: 'over-time',
        message: say('overTime', spoken, formatMinutes(plan.seconds - slot), duration),
        hint: say('overTimeFix', plan.meta.pace),
      });
    } else if (plan.seconds < slot / 2) {
      findings.push({
        severity: 'warning',
        file,
        ...at,
        code: 'under-time',
        message: say('underTime', spoken, duration),
        hint: say('underTimeFix'),
      });
    }
  }
  for (const slide of plan.slides) {
    // A slide the plan continued carries its notes on its first slide, not on each （续）.
    const continued = slide.kind === 'content' && slide.continuedByPlan === true;
    if ((slide.kind === 'content' || slide.kind === 'quote') && !continued && !slide.notes?.text.trim()) {
      findings.push({
        ...aboutSlide(slide, file),
        severity: 'hint',
        code: 'no-notes',
        message: say('noNotes', slide.number, slide.title),
        hint: say('noNotesFix'),
      });
    }
  }
  return findings;
}
