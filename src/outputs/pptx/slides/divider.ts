// A part's divider: its number large in gold (01, 02…), its caption (第一部分 between two gold rules), its title
// large, and its introduction, as the deck's `.sd-part-number`, `.sd-part-caption` and `h2.sd-part-title`.
import { partCaption } from '../../../deck/labels.ts';
import { partTitleSize } from '../../../deck/layout.ts';
import type { DividerSlide } from '../../../deck/types.ts';
import { CSS, fieldArea } from '../canvas.ts';
import { PT_PER_PX, textBodyXml } from '../drawingml.ts';
import { FACES } from '../fonts.ts';
import { READER_ROOM_EM, balancedLines, lineCount, textWidthEm } from '../measure.ts';
import { breakRuns, runStyle, runsOf, textBlocks, textParagraph } from '../paragraphs.ts';
import { blocksOf, inlinesOf, plainText, pointsAsParagraphs } from '../rich-text.ts';
import { drawStacked, hangingMargin, subtitleLines, underTitle, type SlideContext, type Stacked } from './context.ts';
import { placeholderColour, readable } from './readable.ts';

export function dividerSlide(context: SlideContext, slide: DividerSlide): void {
  const { look, tree } = context;
  const { theme, canvas } = look;
  // On a template: the part's title in its section header's title placeholder, the caption and introduction in its
  // text placeholder (or, where the layout has none, under the title), clear of its decorations; the large part
  // number (the caption names it) left out.
  const onTemplate = context.frames?.title;
  const textPlaceholder = onTemplate ? context.frames?.bodies[0] : undefined;
  const area = onTemplate ? underTitle(context, onTemplate) : fieldArea(canvas);
  const parts: Stacked[] = [];
  const caption = partCaption(slide.part.index + 1, context.plan.meta.numbering);
  const introParagraphs = slide.intro.flatMap((block) =>
    textBlocks(block.kind === 'points' ? pointsAsParagraphs(block.points) : blocksOf(block.blocks)),
  );
  if (textPlaceholder)
    subtitleLines(
      context,
      textPlaceholder,
      [
        ...(caption ? [{ text: caption, sizePx: CSS.partCaptionSize, bold: true }] : []),
        ...introParagraphs.map((inlines) => ({
          text: plainText([{ kind: 'paragraph', inlines }]),
          sizePx: CSS.partIntroSize,
        })),
      ],
      'body',
    );
  if (caption && !onTemplate) {
    // In figures above the caption, the divider's anchor (a large 一 between the caption's rules reads as a rule).
    const size = CSS.partNumberSize;
    const number = String(slide.part.index + 1).padStart(2, '0');
    const style = runStyle(FACES.title, size, theme.gold, { bold: true, spacingPt: size * 0.04 * PT_PER_PX });
    parts.push({
      h: size + 8,
      draw: (y) =>
        tree.text(
          { x: area.x, y, w: area.w, h: size },
          textBodyXml({ anchor: 'ctr', wrap: false }, [textParagraph(number, style, { align: 'ctr', lineSpacing: 1 })]),
          { name: 'Part number' },
        ),
    });
  }
  if (caption && !textPlaceholder) {
    const size = CSS.partCaptionSize;
    const width = (textWidthEm(caption) + 0.35 * [...caption].length) * size;
    parts.push({
      h: size * 1.2 + 44,
      draw: (y) => {
        const x = area.x + (area.w - width) / 2;
        const box = { x, y, w: width, h: size * 1.2 };
        const colour = readable(context, box, theme.fieldAccent, size);
        const style = runStyle(FACES.title, size, colour, { bold: true, spacingPt: size * 0.35 * PT_PER_PX });
        tree.text(
          box,
          textBodyXml({ anchor: 'ctr', wrap: false }, [
            textParagraph(caption, style, { align: 'ctr', lineSpacing: 1 }),
          ]),
        );
        const ruleY = y + (size * 1.2) / 2 - 1.5;
        tree.rect({ x: x - 36 - 160, y: ruleY, w: 160, h: 3 }, theme.gold);
        tree.rect({ x: x + width + 36, y: ruleY, w: 160, h: 3 }, theme.gold);
      },
    });
  }
  const titleWidth = onTemplate ? onTemplate.w : Math.min(CSS.partTitleMaxWidth, area.w);
  const titleText = plainText([{ kind: 'paragraph', inlines: inlinesOf(slide.part.titleInlines) }]);
  const { meta } = context.plan;
  // (smaller where a set phrase and the word it carries would not fit on a line: as the deck sets it; and where the
  // template's title box is lower than its lines)
  let titleSize = partTitleSize(slide.part.titleHtml, meta.aspect, meta.keep);
  let title = balancedLines(titleText, titleWidth, titleSize, 0.03, meta.keep);
  while (onTemplate && title.lines * titleSize * 1.35 > onTemplate.h && titleSize > 40) {
    titleSize -= 4;
    title = balancedLines(titleText, titleWidth, titleSize, 0.03, meta.keep);
  }
  const titleHeight = title.lines * titleSize * 1.35;
  const titlePart: Stacked = {
    h: titleHeight,
    draw: (y) => {
      // (on a template: in its section title's own style, colour and alignment; in our colour where the template's
      // would not stand out from what lies behind its box: a white title style meant for a dark bar, on a white page)
      const colour = onTemplate
        ? placeholderColour(context, 'title', onTemplate, titleSize, theme.fieldTitle)
        : theme.fieldTitle;
      const style = runStyle(FACES.title, titleSize, colour, {
        bold: true,
        spacingPt: titleSize * 0.03 * PT_PER_PX,
      });
      // (the deck's lines, written in, in a box a little wider, so a reader's face a hair wider does not wrap them)
      const boxWidth = Math.min(titleWidth + READER_ROOM_EM * titleSize, canvas.width);
      const box = onTemplate ?? { x: (canvas.width - boxWidth) / 2, y, w: boxWidth, h: titleHeight };
      const runs = breakRuns(runsOf(inlinesOf(slide.part.titleInlines), style), title.breaks);
      tree.placeholder(
        'title',
        box,
        textBodyXml({ anchor: onTemplate ? 'inherit' : 'ctr' }, [
          {
            runs,
            style: onTemplate
              ? { align: 'inherit', lineSpacing: 1.1 }
              : { align: 'ctr', lineSpacing: 1.1, marginPx: hangingMargin(titleText, title.lines, titleSize, 0.03) },
            end: style,
          },
        ]),
      );
    },
  };
  if (onTemplate) titlePart.draw!(onTemplate.y);
  else parts.push(titlePart);
  if (introParagraphs.length && !textPlaceholder) {
    const introWidth = Math.min(CSS.partIntroMaxWidth, area.w);
    const paragraphs = introParagraphs;
    const h = paragraphs.reduce(
      (sum, inlines) =>
        sum +
        lineCount(plainText([{ kind: 'paragraph', inlines }]), introWidth, CSS.partIntroSize) * CSS.partIntroSize * 1.6,
      0,
    );
    parts.push({
      h: 48 + h,
      draw: (y) => {
        const box = { x: area.x + (area.w - introWidth) / 2, y: y + 48, w: introWidth, h };
        const style = runStyle(
          FACES.text,
          CSS.partIntroSize,
          readable(context, box, theme.fieldText, CSS.partIntroSize),
        );
        const xml = textBodyXml(
          {},
          paragraphs.map((inlines) => ({
            runs: runsOf(inlines, style),
            style: { align: 'ctr' as const, lineSpacing: 1.3 },
            end: style,
          })),
        );
        tree.text(box, xml);
      },
    });
  }
  drawStacked(parts, area);
}
