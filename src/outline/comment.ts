// HTML comments (`<!-- … -->`) are the writer's remarks: never shown on a slide, whatever `html` says.
import type { MarkdownIt, StateBlock } from 'markdown-it';

const OPEN = '<!--';
const CLOSE = '-->';

/** A block rule: a comment that starts a line is consumed up to the line that closes it, and leaves no token.
 *  An unclosed `<!--` is not a comment here: it stays visible text rather than hiding the rest of the outline. */
function comment(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (!state.src.startsWith(OPEN, start)) return false;
  const close = state.src.indexOf(CLOSE, start + OPEN.length);
  if (close < 0) return false;
  let last = startLine;
  while (last < endLine && state.eMarks[last]! < close) last++;
  if (last >= endLine) return false;
  // Only a comment that ends its line is a block of its own; `<!-- x --> text` stays a paragraph.
  const after = state.src.slice(close + CLOSE.length, state.eMarks[last]).trim();
  if (after !== '') return false;
  if (silent) return true;
  state.line = last + 1;
  return true;
}

export function comments(md: MarkdownIt): void {
  md.block.ruler.before('html_block', 'outline_comment', comment, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
}
