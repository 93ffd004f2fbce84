// Take the advertising, watermark, header/footer and page-number lines out of a speech, saying why for each.
import type { RemovedLine, SourceLine } from '../types.ts';
import { banner, contact, documentSite, membership, promotion, source } from './advertising.ts';
import { pageNumber } from './page-number.ts';
import { repeated } from './repeated.ts';
import type { NoiseRule } from './rule.ts';
import { trailer } from './trailer.ts';
import { distribution } from './watermark.ts';
import { webPage } from './web-page.ts';

export type { NoiseRule } from './rule.ts';

/** In order: later rules see what earlier ones removed (the header and trailer rules need that). */
export const NOISE_RULES: readonly NoiseRule[] = [
  pageNumber,
  contact,
  promotion,
  source,
  distribution,
  membership,
  documentSite,
  webPage,
  banner,
  repeated,
  trailer,
];

export interface Cleaned {
  /** Every line not removed, blank ones included, with its original line number. */
  kept: SourceLine[];
  removed: RemovedLine[];
}

/**
 * Apply the rules to every line; a line is removed only when a rule says so, and the first rule that does names it.
 * `firstLine` is the line number of the text's first line in its file.
 */
export function removeNoise(text: string, rules: readonly NoiseRule[] = NOISE_RULES, firstLine = 1): Cleaned {
  const lines = text.split('\n');
  const removedBy = new Map<number, string>();
  for (const rule of rules) {
    const removed = new Set(removedBy.keys());
    const facts = new Map<string, unknown>();
    const once = <T>(key: string, compute: () => T): T => {
      if (!facts.has(key)) facts.set(key, compute());
      return facts.get(key) as T;
    };
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] ?? '';
      if (line.trim() === '' || removedBy.has(index)) continue;
      if (rule.test(line, { lines, index, removed, once })) removedBy.set(index, rule.name);
    }
  }
  const kept: SourceLine[] = [];
  const removed: RemovedLine[] = [];
  lines.forEach((text, index) => {
    const rule = removedBy.get(index);
    if (rule === undefined) kept.push({ line: index + firstLine, text });
    else removed.push({ line: index + firstLine, text, rule });
  });
  return { kept, removed };
}
