// The closing slide: the closing words large (balanced lines broken between phrases), the gold rule, who spoke.
import type { ClosingSlide } from '../../../deck/types.ts';
import { CSS, fieldArea, type Frame } from '../canvas.ts';
import { PT_PER_PX, textBodyXml } from '../drawingml.ts';
import { FACES } from '../fonts.ts';
import { balancedLines } from '../measure.ts';
import { breakRuns, runStyle } from '../paragraphs.ts';
import {
  bylineLines,
  drawStacked,
  frameLines,
  hangingMargin,
  ruleLine,
  subtitleLines,
  underTitle,
  type SlideContext,
  type Stacked,
} from './context.ts';
import { placeholderColour } from './readable.ts';

export function closingSlide(context: SlideContext, slide: ClosingSlide): void {
  const { look, plan, tree } = context;
  const { theme, canvas } = look;
  const onTemplate = context.frames?.title;
  if (onTemplate) return closingOnTemplate(context, slide, onTemplate);
  const area = fieldArea(canvas);
  const { breaks, lines } = balancedLines(slide.text, area.w, CSS.closingSize, 0.06, plan.meta.keep);
  const frame = theme.titleFrame;
  const parts: Stacked[] = [];
  if (frame?.top) parts.push({ h: frame.top.widthPx + 72 });
  const h = lines * CSS.closingSize * 1.4;
  parts.push({
    h,
    draw: (y) => {
      const style = runStyle(FACES.title, CSS.closingSize, theme.fieldTitle, {
        bold: true,
        spacingPt: CSS.closingSize * 0.06 * PT_PER_PX,
      });
      const runs = breakRuns([{ text: slide.text, style }], breaks);
      tree.placeholder(
        'title',
        { x: area.x, y, w: area.w, h },
        textBodyXml({ anchor: 'ctr' }, [
          {
            runs,
            style: {
              align: 'ctr',
              lineSpacing: 1.15,
              marginPx: hangingMargin(slide.text, lines, CSS.closingSize, 0.06),
            },
            end: style,
          },
        ]),
      );
    },
  });
  parts.push(ruleLine(tree, look));
  parts.push(...bylineLines(tree, look, area, plan.meta));
  if (frame?.bottom) parts.push({ h: 64 + frame.bottom.widthPx });
  frameLines(tree, look, parts, drawStacked(parts, area), area);
}

/** The smallest size the closing words are set in to fit a template's title box. */
const MIN_CLOSING = 44;

/** On a template's title layout: the closing words in its title box (smaller until they fit), in its title style;
 *  who spoke in its subtitle placeholder, in its subtitle style. */
function closingOnTemplate(context: SlideContext, slide: ClosingSlide, box: Frame): void {
  const { meta } = context.plan;
  const setIn = (size: number) => ({ size, ...balancedLines(slide.text, box.w, size, 0.06, meta.keep) });
  let words = setIn(CSS.closingSize);
  while (words.lines * words.size * 1.3 > box.h && words.size > MIN_CLOSING) words = setIn(words.size - 4);
  const colour = placeholderColour(context, 'title', box, words.size, context.look.theme.fieldTitle);
  const style = runStyle(FACES.title, words.size, colour, { bold: true, spacingPt: words.size * 0.06 * PT_PER_PX });
  context.tree.placeholder(
    'title',
    box,
    textBodyXml({ anchor: 'inherit' }, [
      {
        runs: breakRuns([{ text: slide.text, style }], words.breaks),
        style: { align: 'inherit', lineSpacing: 1.15 },
        end: style,
      },
    ]),
  );
  const speaker = meta.speaker ? `${meta.speakerLabel ?? ''}${meta.speaker}` : '';
  subtitleLines(
    context,
    underTitle(context, box),
    [
      { text: meta.organization ?? '', sizePx: 36 },
      { text: speaker, sizePx: 36 },
    ].filter((line) => line.text),
  );
}
