// Cut speech text into sentences and clauses without losing a character, keeping quotations whole.

const TERMINATORS = new Set(['。', '！', '？', '!', '?']);
const OPENERS = new Set(['“', '‘', '「', '『', '（', '(', '《', '【']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】']);
const CLAUSE_ENDS = new Set(['，', ',', '；', ';', '：', ':']);

/**
 * The sentences of a paragraph; joined they give the paragraph back exactly.
 * A sentence ends at 。！？ outside quotations, or at the closing quote of a quotation that ends one.
 */
export function splitSentences(text: string): string[] {
  const nested = cut(text, true);
  // An unbalanced quotation mark would glue the rest of the paragraph into one sentence.
  return nested.balanced ? nested.pieces : cut(text, false).pieces;
}

function cut(text: string, respectQuotes: boolean): { pieces: string[]; balanced: boolean } {
  const chars = [...text];
  const pieces: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch)) depth = Math.max(0, depth - 1);
    else if (isTerminator(chars, i)) {
      let end = i + 1;
      let after = depth;
      while (end < chars.length) {
        const next = chars[end] ?? '';
        if (isTerminator(chars, end)) end++;
        else if (CLOSERS.has(next)) {
          after = Math.max(0, after - 1);
          end++;
        } else break;
      }
      if (!respectQuotes || after === 0) {
        while (end < chars.length && /\s/u.test(chars[end] ?? '')) end++;
        pieces.push(chars.slice(start, end).join(''));
        start = end;
        depth = 0;
        i = end - 1;
      }
    }
  }
  if (start < chars.length) pieces.push(chars.slice(start).join(''));
  return { pieces, balanced: depth === 0 };
}

function isTerminator(chars: string[], i: number): boolean {
  const ch = chars[i] ?? '';
  if (TERMINATORS.has(ch)) return true;
  // An ASCII full stop ends a sentence only before a space or the end, and not inside a number.
  if (ch === '.') {
    const next = chars[i + 1];
    const prev = chars[i - 1] ?? '';
    return (next === undefined || /\s/u.test(next)) && !/\d/.test(prev) && prev !== '';
  }
  return false;
}

/** A clause and the punctuation that ended it ('' for the last). */
export interface Clause {
  text: string;
  end: string;
}

/** The clauses of a sentence, cut at ，；： outside quotations and brackets; the final terminator is dropped. */
export function splitClauses(sentence: string): Clause[] {
  const chars = [...stripTerminal(sentence)];
  const clauses: Clause[] = [];
  let current = '';
  let depth = 0;
  for (const ch of chars) {
    if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && CLAUSE_ENDS.has(ch)) {
      clauses.push({ text: current.trim(), end: ch });
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') clauses.push({ text: current.trim(), end: '' });
  return clauses.filter((c) => c.text !== '');
}

/** A sentence without its final 。！？ (also one just inside a closing quotation mark). */
export function stripTerminal(sentence: string): string {
  let text = sentence.trim();
  for (;;) {
    const stripped = text.replace(/[。！？!?.…；;，,、]+$/u, '').replace(/[。！？!?.…]+([”’」』）)]+)$/u, '$1');
    if (stripped === text) return text;
    text = stripped;
  }
}

/** A sentence that asks ("钱从哪里来？"). */
export function isQuestion(sentence: string): boolean {
  return /[？?]$/u.test(sentence.trim());
}

/** How wide text is on a slide, in Han characters: full-width characters count 1, ASCII ½. */
export function slideWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x2000 ? 0.5 : 1;
  return width;
}
