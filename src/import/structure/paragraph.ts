// The unit the structure step works on: one paragraph of the cleaned speech, with its Markdown markup read off.
import type { SourceLine } from '../types.ts';
import { joinWrappedLines } from './wrapped-lines.ts';

export interface Paragraph {
  /** The paragraph's words, without `#` or `**` markup. */
  text: string;
  /** 1-based line in the decoded input. */
  line: number;
  /** `#` count of a Markdown (or Word) heading. */
  level?: number;
  /** The whole paragraph was bold (a Word heading typed by hand, or `**…**` in Markdown). */
  bold?: boolean;
}

/** Non-blank lines become paragraphs (after re-joining lines a PDF copy broke); Markdown headings and bold lines are marked. */
export function toParagraphs(lines: readonly SourceLine[]): Paragraph[] {
  return joinWrappedLines(lines)
    .filter((l) => l.text.trim() !== '')
    .map(readMarkup);
}

function readMarkup(source: SourceLine): Paragraph {
  const text = source.text.trim();
  const heading = /^(#{1,6})\s+(.+?)(\s+#+)?$/u.exec(text);
  if (heading) return { text: stripBold(heading[2] ?? ''), line: source.line, level: (heading[1] ?? '#').length };
  const bold = /^(\*\*|__)(.+)\1$/u.exec(text);
  if (bold && !(bold[2] ?? '').includes(bold[1] ?? '**')) return { text: (bold[2] ?? '').trim(), line: source.line, bold: true };
  // Inline markup inside a paragraph is kept as written; plain text is escaped later, when drafted.
  return { text, line: source.line };
}

function stripBold(text: string): string {
  const bold = /^(\*\*|__)(.+)\1$/u.exec(text.trim());
  return bold ? (bold[2] ?? '').trim() : text.trim();
}
