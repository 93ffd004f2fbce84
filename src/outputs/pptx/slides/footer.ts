// The footer's texts on one line each, as the HTML deck's: the part's name on the left, the event at the slide's
// centre (the two giving way in proportion where all does not fit, see deck/footer.ts), the page number, a
// slide-number field, on the right. What does not fit is shortened with "…" where the deck shortens it (deck/footer.ts).
import { footerTexts, shortened } from '../../../deck/footer.ts';
import { LABELS, partHeading } from '../../../deck/labels.ts';
import { textEm } from '../../../deck/measure.ts';
import type { Slide } from '../../../deck/types.ts';
import { CSS, footerFrame, innerWidth } from '../canvas.ts';
import { textBodyXml, type Paragraph, type RunStyle } from '../drawingml.ts';
import { footerStyle } from '../layouts.ts';
import { textWidthEm } from '../measure.ts';
import { textParagraph } from '../paragraphs.ts';
import type { PageNumber, SlideContext } from './context.ts';
import { placeholderColour } from './readable.ts';

/** The estimate of a text's width is for Noto; 微软雅黑 and the readers' metrics run a little wider. */
const SLACK = 1.06;

/** The footer of a slide, or of a slide of the meeting's own that no plan holds (its kind and page number). */
export function footer(context: SlideContext, slide: Pick<Slide, 'kind' | 'number' | 'part'>, field: boolean): void {
  const shown = context.pageNumber ?? 'field';
  const { look, plan, tree } = context;
  const { canvas } = look;
  const style = footerStyle(look, field);
  const band = footerFrame(canvas);
  const y = band.y + CSS.footerRule;
  const h = band.h - CSS.footerRule;
  const inner = innerWidth(canvas);
  const width = (text: string) => textWidthEm(text) * CSS.footerSize * SLACK;
  // As the deck measures them (its face's widths): how the line is shared and where a text is cut are the deck's, so
  // the same characters stand before the "…"; the boxes are as wide as the reader's face needs for them.
  const deckWidth = (text: string) => textEm(text) * CSS.footerSize;

  const page = shown === 'none' ? '' : LABELS.page(slide.number);
  const pageWidth = width(page) + CSS.footerSize;
  // On a template with a slide-number box (in its footer bar): the number there, in the template's footer style.
  const onTemplate = context.frames;
  if (page && onTemplate?.number) {
    const own = {
      ...style,
      colour: placeholderColour(context, 'number', onTemplate.number, CSS.footerSize, style.colour!),
    };
    tree.placeholder(
      'number',
      onTemplate.number,
      textBodyXml({ anchor: 'inherit', wrap: false }, [
        { runs: pageRuns(page, slide.number, own, shown), style: { align: 'inherit' }, end: own },
      ]),
      onTemplate.ph.number,
    );
  } else if (page) {
    const runs = pageRuns(page, slide.number, style, shown);
    tree.text(
      { x: canvas.padX + inner - pageWidth, y, w: pageWidth, h },
      textBodyXml({ anchor: 'ctr', wrap: false }, [{ runs, style: { align: 'r' }, end: style }]),
    );
  }

  // A divider's footer shows the page number only: its part's name stands large above it.
  const part =
    slide.part && slide.kind !== 'divider' ? partHeading(slide.part.number, slide.part.title, plan.meta.numbering) : '';
  const event = slide.kind === 'divider' ? '' : (plan.meta.event ?? '');
  // The event at the slide's centre, the part's name on its left, as the deck shares the line (deck/footer.ts).
  // On a template with a footer box: the part's name and the event there, in the template's footer style.
  if (onTemplate?.footer) {
    const box = onTemplate.footer;
    const text = [part, event].filter(Boolean).join(' · ');
    if (text)
      tree.placeholder(
        'footer',
        box,
        textBodyXml({ anchor: 'inherit', wrap: false }, [
          textParagraph(
            shortened(text, box.w, width),
            { ...style, colour: placeholderColour(context, 'footer', box, CSS.footerSize, style.colour!) },
            { align: 'inherit' },
          ),
        ]),
        onTemplate.ph.footer,
      );
    if (onTemplate.number) return;
  }
  const cut = footerTexts({ part, event: onTemplate?.footer ? '' : event, page }, inner, deckWidth);
  if (cut.part && !onTemplate?.footer)
    tree.text(
      { x: canvas.padX, y, w: width(cut.part), h },
      textBodyXml({ anchor: 'ctr', wrap: false }, [textParagraph(cut.part, style, { align: 'l' })]),
    );
  if (cut.event && !onTemplate?.footer) {
    const w = width(cut.event);
    tree.text(
      { x: (canvas.width - w) / 2, y, w, h },
      textBodyXml({ anchor: 'ctr', wrap: false }, [textParagraph(cut.event, style, { align: 'ctr' })]),
    );
  }
}

/** 第 5 页: the number a slide-number field (kept right as slides move), or text where `shown` says so. */
function pageRuns(page: string, number: number, style: RunStyle, shown: PageNumber): Paragraph['runs'] {
  if (shown === 'text') return [{ text: page, style }];
  const at = page.indexOf(String(number));
  return [
    { text: page.slice(0, at), style },
    { field: 'slidenum', text: String(number), style },
    { text: page.slice(at + String(number).length), style },
  ];
}
