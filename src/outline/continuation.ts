// A `---` line inside a slide continues it on a new page with the same title: marks those lines as page breaks.
import type { MarkdownIt, StateCore } from 'markdown-it';

export const CONTINUATION = 'slide_continuation';

export function continuation(md: MarkdownIt): void {
  md.core.ruler.after('block', CONTINUATION, markContinuations);
  md.renderer.rules[CONTINUATION] = () => '';
}

/**
 * Only a top-level `---` is a page break: one inside a list or quote, and `***` or `___`,
 * stay ordinary thematic breaks so a slide can still draw a rule.
 */
function markContinuations(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type === 'hr' && token.level === 0 && token.markup.startsWith('-')) token.type = CONTINUATION;
  }
}
