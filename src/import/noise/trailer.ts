// Rule for the filler lines of an advertising block at the end: short fragments after an ad, with only ads after them.
import { slideWidth } from '../sentences.ts';
import { looksLikeHeading, type NoiseContext, type NoiseRule } from './rule.ts';

/** A slogan-sized line: not a sentence, a heading, or a signature date. */
function isFragment(line: string): boolean {
  return (
    /\p{L}/u.test(line) &&
    slideWidth(line) <= 30 &&
    !/[。！？!?]/u.test(line) &&
    !looksLikeHeading(line) &&
    !/\d{4}\s*年|\d{4}[-./]\d{1,2}/u.test(line)
  );
}

export const trailer: NoiseRule = {
  name: 'advert-block',
  description:
    'in the advertising block that ends the file, a short fragment between removed lines (only ads and fragments after it)',
  test(line, context) {
    return isFragment(line) && onlyNoiseAfter(context) && precededByRemoved(context);
  },
};

/** Walking up past blank lines and other fragments, the first other line was removed. */
function precededByRemoved(context: NoiseContext): boolean {
  for (let i = context.index - 1; i >= 0; i--) {
    const other = context.lines[i] ?? '';
    if (context.removed.has(i)) return true;
    if (other.trim() === '' || isFragment(other)) continue;
    return false;
  }
  return false;
}

/** Everything below is blank, removed, or another fragment, and at least one line below was removed. */
function onlyNoiseAfter(context: NoiseContext): boolean {
  const { lastWords, lastRemoved } = context.once('tail', () => {
    let lastWords = -1;
    let lastRemoved = -1;
    context.lines.forEach((line, i) => {
      if (context.removed.has(i)) lastRemoved = i;
      else if (line.trim() !== '' && !isFragment(line)) lastWords = i;
    });
    return { lastWords, lastRemoved };
  });
  return context.index > lastWords && context.index < lastRemoved;
}
