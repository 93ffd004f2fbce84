// A Markdown speech may already carry YAML front matter: its title and speaker fields are used as they are.
import { parse } from 'yaml';
import type { SourceLine } from '../types.ts';
import { findDate } from './speaker.ts';

const FIELDS = ['title', 'subtitle', 'speaker', 'organization', 'event', 'date'] as const;
export type InputMeta = Partial<Record<(typeof FIELDS)[number], string>>;

/** The front matter's known string fields and the lines after it; the lines untouched when there is none or it is not a YAML mapping. */
export function readInputFrontMatter(lines: readonly SourceLine[]): { meta: InputMeta; body: readonly SourceLine[] } {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first < 0 || lines[first]?.text.trim() !== '---') return { meta: {}, body: lines };
  const close = lines.findIndex((l, i) => i > first && l.text.trim() === '---');
  if (close < 0) return { meta: {}, body: lines };
  let data: unknown;
  try {
    data = parse(
      lines
        .slice(first + 1, close)
        .map((l) => l.text)
        .join('\n'),
    );
  } catch {
    return { meta: {}, body: lines };
  }
  if (typeof data !== 'object' || data === null) return { meta: {}, body: lines };
  const meta: InputMeta = {};
  for (const field of FIELDS) {
    const value = (data as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim() !== '') meta[field] = value.trim();
    else if (value instanceof Date) meta[field] = value.toISOString().slice(0, 10);
  }
  // The outline wants YYYY-MM-DD; "2025年3月18日" or "2025/3/18" is read, anything else left out.
  if (meta.date !== undefined) {
    const date = findDate(meta.date)?.iso;
    if (date === undefined) delete meta.date;
    else meta.date = date;
  }
  return { meta, body: lines.slice(close + 1) };
}
