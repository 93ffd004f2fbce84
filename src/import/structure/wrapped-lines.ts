// Re-join lines that a copy out of a PDF or an e-mail broke at a fixed width, so sentences stay whole.
import { slideWidth } from '../sentences.ts';
import type { SourceLine } from '../types.ts';

const ENDS_SENTENCE = /[。！？!?：:；;”’」』）)…]$/u;
const STARTS_MARKER =
  /^(#|\*\*|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[，,、]|\d{1,2}[、.．])/u;

/**
 * Hard wrapping shows as many lines of the same width that stop mid-sentence, and none much wider;
 * only then are lines of that width joined with the next (no space: the text is Chinese).
 * Otherwise, and across blank lines, lines are left alone.
 */
export function joinWrappedLines(lines: readonly SourceLine[]): SourceLine[] {
  const width = wrapWidth(lines);
  if (width === undefined) return [...lines];
  const joined: SourceLine[] = [];
  let open: SourceLine | undefined;
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (open) joined.push(open);
      open = undefined;
      joined.push(line);
      continue;
    }
    if (open && !STARTS_MARKER.test(line.text.trim())) {
      open = { line: open.line, text: `${open.text}${separator(open.text, line.text)}${line.text.trim()}` };
    } else {
      if (open) joined.push(open);
      open = { line: line.line, text: line.text };
    }
    if (!isWrapped(line.text, width)) {
      joined.push(open);
      open = undefined;
    }
  }
  if (open) joined.push(open);
  return joined;
}

function isWrapped(text: string, width: number): boolean {
  return !ENDS_SENTENCE.test(text) && slideWidth(text) >= width - 1.5;
}

/** The width at which most lines stop mid-sentence while none runs much wider, if there is one. */
function wrapWidth(lines: readonly SourceLine[]): number | undefined {
  const counts = new Map<number, number>();
  const widths = lines.filter((l) => l.text.trim() !== '').map((l) => slideWidth(l.text));
  for (const line of lines) {
    if (ENDS_SENTENCE.test(line.text)) continue;
    const w = Math.round(slideWidth(line.text));
    if (w >= 15) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [w, count] of counts) {
    const near = count + (counts.get(w - 1) ?? 0);
    if (near > bestCount) {
      best = w;
      bestCount = near;
    }
  }
  if (best === undefined || bestCount < 3 || best < 20) return undefined;
  const wide = widths.filter((w) => w > 10);
  const wider = wide.filter((w) => w > best + 2);
  return bestCount >= wide.length * 0.4 && wider.length <= wide.length * 0.1 ? best : undefined;
}

function separator(before: string, after: string): string {
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after.trim()) ? ' ' : '';
}
