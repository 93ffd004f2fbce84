// The unit the structure step works on: one paragraph of the cleaned speech, with its Markdown markup read off.
import type { SourceLine } from '../types.ts';
import { slideWidth } from '../sentences.ts';
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
  /** A bold sentence that opens the paragraph ("**压紧责任链条。**责任不落实……"), without its markers; `text` starts with it. */
  lead?: string;
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
  if (bold && !(bold[2] ?? '').includes(bold[1] ?? '**'))
    return { text: (bold[2] ?? '').trim(), line: source.line, bold: true };
  const lead = boldLead(text);
  if (lead) return { text: lead.lead + lead.rest, line: source.line, lead: lead.lead };
  // Inline markup inside a paragraph is kept as written; plain text is escaped later, when drafted.
  return { text, line: source.line };
}

/**
 * "**压紧责任链条，让每个岗位都有明白人。**责任不落实……": a bold sentence before the paragraph's own words.
 * Emphasis on a word or a counting word ("**首先**，要……") is not a lead: it is too short, or a clause runs on after it.
 */
function boldLead(text: string): { lead: string; rest: string } | undefined {
  const match = /^(\*\*|__)([^*_]+?)\1(.+)$/u.exec(text);
  const lead = match?.[2]?.trim() ?? '';
  const rest = match?.[3] ?? '';
  const width = slideWidth(lead.replace(/[。！？!?]+$/u, ''));
  if (!match || width < 4 || width > 40 || /^[，,、；;：:]/u.test(rest.trim()) || rest.trim() === '') return undefined;
  // The space a Markdown author puts after the closing ** is not part of a Chinese paragraph.
  return { lead, rest: /[。！？!?]$/u.test(lead) ? rest.replace(/^[ \t\u3000]+/u, '') : rest };
}

function stripBold(text: string): string {
  const bold = /^(\*\*|__)(.+)\1$/u.exec(text.trim());
  return bold ? (bold[2] ?? '').trim() : text.trim();
}
