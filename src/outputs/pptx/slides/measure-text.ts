// The height paragraphs take in a box, as PowerPoint lays them out (about): their lines at their line height, and the
// room after each but the last, each broken between phrases as the deck breaks the same text (`rules`, one per
// paragraph or one for all).
import { PHRASE_RULES, type PhraseRules } from '../../../deck/phrases.ts';
import { PT_PER_PX, type Paragraph } from '../drawingml.ts';
import { lineCount } from '../measure.ts';

export function paragraphsHeight(
  paragraphs: Paragraph[],
  widthPx: number,
  rules: PhraseRules | readonly PhraseRules[] = PHRASE_RULES,
): number {
  return Math.ceil(
    heightOf(paragraphs, (paragraph, text, sizePx, i) => {
      const own = 'clause' in rules ? rules : (rules[i] ?? PHRASE_RULES);
      return lineCount(text, widthPx - (paragraph.style.marginPx ?? 0), sizePx, { rules: own });
    }),
  );
}

/** The height of paragraphs whose lines are the deck's, written in (see `deckLines`): as many lines as each holds,
 *  none wrapped further. */
export function writtenHeight(paragraphs: Paragraph[]): number {
  return heightOf(paragraphs, (paragraph) => 1 + paragraph.runs.filter((run) => 'lineBreak' in run).length);
}

function heightOf(
  paragraphs: Paragraph[],
  lines: (paragraph: Paragraph, text: string, sizePx: number, index: number) => number,
): number {
  let height = 0;
  paragraphs.forEach((paragraph, i) => {
    const firstText = paragraph.runs.find((run) => 'text' in run);
    const sizePx = (firstText?.style.sizePt ?? paragraph.end?.sizePt ?? 21) / PT_PER_PX;
    const text = paragraph.runs.map((run) => ('text' in run ? run.text : '\n')).join('');
    const spacing = paragraph.style.lineSpacing;
    const lineHeight =
      spacing === undefined
        ? sizePx * 1.25
        : typeof spacing === 'number'
          ? sizePx * 1.25 * spacing
          : spacing.exactPt / PT_PER_PX;
    const after = i < paragraphs.length - 1 ? (paragraph.style.spaceAfterPt ?? 0) : 0;
    height +=
      lines(paragraph, text, sizePx, i) * lineHeight + ((paragraph.style.spaceBeforePt ?? 0) + after) / PT_PER_PX;
  });
  return height;
}
