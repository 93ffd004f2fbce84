// `## 提升做好新时代<br>群众工作的能力`: a `<br>` in a `#`/`##` heading is the writer's own line break, even without `html: true`.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';

/** `<br>`, `<br/>` and `<br />`, as people write them. */
const BREAK = /<br\s*\/?>/i;
const BREAKS = /<br\s*\/?>/gi;

export function headingBreaks(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'heading_break', (state: StateCore) => {
    const tokens = state.tokens;
    for (let index = 1; index < tokens.length; index++) {
      const inline = tokens[index]!;
      if (inline.type !== 'inline' || tokens[index - 1]!.type !== 'heading_open' || !inline.children) continue;
      if (!BREAK.test(inline.content)) continue;
      inline.children = inline.children.flatMap((child) => breaksOf(state, child));
    }
  });
}

/** A text token cut at each `<br>` (a raw `<br>` token with `html: true`), with hard breaks between the pieces. */
function breaksOf(state: StateCore, child: Token): Token[] {
  if (child.type === 'html_inline' && BREAK.test(child.content) && child.content.replace(BREAKS, '').trim() === '') {
    return [hardBreak(state)];
  }
  if (child.type !== 'text' || !BREAK.test(child.content)) return [child];
  const pieces: Token[] = [];
  child.content.split(BREAKS).forEach((piece, i) => {
    if (i > 0) pieces.push(hardBreak(state));
    if (piece === '') return;
    const text = new state.Token('text', '', 0);
    text.content = piece;
    pieces.push(text);
  });
  return pieces;
}

function hardBreak(state: StateCore): Token {
  return new state.Token('hardbreak', 'br', 0);
}
