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
  let height = 0;
  paragraphs.forEach((paragraph, i) => {
    const firstText = paragraph.runs.find((run) => 'text' in run);
    const sizePx = (firstText?.style.sizePt ?? paragraph.end?.sizePt ?? 21) / PT_PER_PX;
    const text = paragraph.runs.map((run) => ('text' in run ? run.text : '\n')).join('');
    const own = 'clause' in rules ? rules : (rules[i] ?? PHRASE_RULES);
    const lines = lineCount(text, widthPx - (paragraph.style.marginPx ?? 0), sizePx, { rules: own });
    const spacing = paragraph.style.lineSpacing;
    const lineHeight =
      spacing === undefined
        ? sizePx * 1.25
        : typeof spacing === 'number'
          ? sizePx * 1.25 * spacing
          : spacing.exactPt / PT_PER_PX;
    const after = i < paragraphs.length - 1 ? (paragraph.style.spaceAfterPt ?? 0) : 0;
    height += lines * lineHeight + ((paragraph.style.spaceBeforePt ?? 0) + after) / PT_PER_PX;
  });
  return Math.ceil(height);
}
