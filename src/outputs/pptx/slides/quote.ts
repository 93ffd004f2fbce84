// A quote slide: the quote large in the serif, a large opening quotation mark behind its first line, the gold rule and
// the attribution to the right.
import type { QuoteSlide } from '../../../deck/types.ts';
import { CSS } from '../canvas.ts';
import { textBodyXml } from '../drawingml.ts';
import { FACES } from '../fonts.ts';
import { READER_ROOM_EM, lineCount } from '../measure.ts';
import { deckLines, runStyle, runsOf, textBlocks, textParagraph } from '../paragraphs.ts';
import { blocksOf, inlinesOf, plainText } from '../rich-text.ts';
import { bodyOf, slideRules, slideTitle, type SlideContext } from './context.ts';

export function quoteSlide(context: SlideContext, slide: QuoteSlide): void {
  const { look, tree } = context;
  const { theme } = look;
  slideTitle(context, inlinesOf(slide.titleInlines), slide.continued);
  const body = bodyOf(context);
  const inset = 80;
  const textWidth = body.w - 2 * inset;
  const size = slide.typeSize;
  const style = runStyle(FACES.title, size, theme.heading, { bold: true });
  const lines = textBlocks(blocksOf(slide.quote.blocks));
  const rules = slideRules(context);
  const textHeight =
    lines.reduce(
      (sum, inlines) =>
        sum + lineCount(plainText([{ kind: 'paragraph', inlines }]), textWidth, size, { rules }) * size * 1.6,
      0,
    ) + 12;
  const attribution = slide.quote.attribution ? 40 + 3 + 28 + CSS.attributionSize * 1.5 : 0;
  const top = body.y + Math.max(0, (body.h - textHeight - attribution) / 2);
  const mark = runStyle(FACES.title, 220, { ...theme.accent, alpha: 0.35 });
  tree.text(
    { x: body.x - 10, y: top - 80, w: 160, h: 240 },
    textBodyXml({}, [textParagraph('\u201C', mark, { lineSpacing: 1 })]),
  );
  // Not justified: lines end between phrases, and a short line stretched to the edge spaces its characters apart.
  // The deck's lines, written in: the reader would break the Chinese anywhere (到群 / 众中去).
  const paragraphs = lines.map((inlines) => ({
    runs: deckLines(runsOf(inlines, style), textWidth, size, rules, { pretty: true }),
    style: { lineSpacing: 1.3, spaceAfterPt: 6 },
    end: style,
  }));
  const readerWidth = textWidth + (context.frames ? 0 : READER_ROOM_EM * size);
  tree.text({ x: body.x + inset, y: top, w: readerWidth, h: textHeight }, textBodyXml({}, paragraphs));
  if (slide.quote.attribution) {
    const ruleY = top + textHeight + 40;
    tree.rect({ x: body.x + inset, y: ruleY, w: textWidth, h: 3 }, theme.gold);
    const who = runStyle(FACES.text, CSS.attributionSize, theme.muted);
    tree.text(
      { x: body.x + inset, y: ruleY + 3 + 28, w: textWidth, h: CSS.attributionSize * 1.5 },
      textBodyXml({}, [textParagraph(`—— ${slide.quote.attribution}`, who, { align: 'r' })]),
    );
  }
}
