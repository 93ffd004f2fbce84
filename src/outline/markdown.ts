// The one markdown-it set up for outline bodies: CommonMark + tables, no setext headings, plus the outline's own syntax.
import markdownIt, { type MarkdownIt } from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import { headingAttributes } from './attributes.ts';
import { images } from './images.ts';
import { comments } from './comment.ts';
import { continuation } from './continuation.ts';
import { headingBreaks } from './heading-break.ts';
import { notes } from './notes.ts';
import { quoteAttribution } from './quote.ts';

const instances = new Map<boolean, MarkdownIt>();

/** The configured markdown-it; `html` is the front matter's `html` setting. Instances are kept, as setup is not free. */
export function markdownFor(html: boolean): MarkdownIt {
  let md = instances.get(html);
  if (md === undefined) {
    md = createMarkdown(html);
    instances.set(html, md);
  }
  return md;
}

function createMarkdown(html: boolean): MarkdownIt {
  // markdown-it's own validateLink stays: `javascript:`, `vbscript:`, `file:` and non-image `data:` links are not made.
  const md = markdownIt('default', { html, linkify: false, typographer: false });
  // `text` over `---` must be a paragraph and a continuation, never a heading.
  md.disable('lheading');
  // CommonMark's emphasis rules ignore CJK punctuation: `牢记**“国之大者”**，增强` would show its `**`.
  md.use(cjkFriendly);
  md.use(comments)
    .use(notes)
    .use(continuation)
    .use(quoteAttribution)
    .use(headingAttributes)
    .use(headingBreaks)
    .use(images);
  return md;
}
