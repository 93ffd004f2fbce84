// `## 标题 {.warm data-background-color="#fff"}`: classes and data-* attributes on a heading, via markdown-it-attrs.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';
import type { SlideAttributes } from './types.ts';

/** Anything else (`id`, `style`, `onclick`, `href`) is dropped: an outline must not smuggle in scripts or layout. */
const ALLOWED = ['class', /^data-[a-z0-9-]+$/i];

/** Longer headings are not titles; the cap keeps markdown-it-attrs' rescans of a line bounded. */
const LONGEST_TITLE = 1000;

export function headingAttributes(md: MarkdownIt): void {
  const coreRules = () => md.core.ruler.getRules('') as Array<(state: StateCore) => void>;
  const before = new Set(coreRules());
  md.use(markdownItAttrs, { allowedAttributes: ALLOWED });
  const curly = coreRules().find((rule) => !before.has(rule));
  if (!curly) return;
  // markdown-it-attrs rescans a whole paragraph for every `{…}` it finds, which is quadratic on long text;
  // headings are all the format needs, so it only ever sees one heading at a time.
  md.core.ruler.at('curly_attributes', (state: StateCore) => {
    const tokens = state.tokens;
    for (let index = 0; index + 2 < tokens.length; index++) {
      const [open, inline, close] = [tokens[index]!, tokens[index + 1]!, tokens[index + 2]!];
      if (open.type !== 'heading_open' || inline.type !== 'inline' || inline.content.length > LONGEST_TITLE) continue;
      if (!inline.content.includes('{')) continue;
      curly({ ...state, tokens: [open, inline, close] } as StateCore);
    }
  });
}

/** The classes and data-* attributes markdown-it-attrs put on a heading. */
export function slideAttributes(heading: Token): SlideAttributes {
  const classes: string[] = [];
  const data: Record<string, string> = {};
  for (const [name, value] of heading.attrs ?? []) {
    if (name === 'class') classes.push(...String(value).split(/\s+/).filter(Boolean));
    else if (name.toLowerCase().startsWith('data-')) data[name] = String(value);
  }
  return { classes, data };
}
