// Each slide of the plan drawn on its layout, a module per slide kind as deck/render.ts renders them: titles in the
// title placeholder, points in the body placeholder, pictures, tables, cards and the footer as shapes.
import type { Slide } from '../../../deck/types.ts';
import { isField, type LayoutKind } from '../layouts.ts';
import { agendaSlide } from './agenda.ts';
import { closingSlide } from './closing.ts';
import { cornerLogo } from './corner-logo.ts';
import { contentSlide } from './content.ts';
import type { SlideContext } from './context.ts';
import { dividerSlide } from './divider.ts';
import { footer } from './footer.ts';
import { quoteSlide } from './quote.ts';
import { titleSlide } from './title.ts';

export type { SlideContext } from './context.ts';

export function layoutOf(slide: Slide): LayoutKind {
  if (slide.kind === 'content' && slide.layout === 'statement') return 'statement';
  if (slide.kind === 'content' && slide.continued) return 'continuation';
  return slide.kind;
}

/** Draws `slide` on `context.tree`. */
export function drawSlide(context: SlideContext, slide: Slide): void {
  switch (slide.kind) {
    case 'title':
      titleSlide(context);
      break;
    case 'agenda':
      agendaSlide(context, slide);
      break;
    case 'divider':
      dividerSlide(context, slide);
      break;
    case 'content':
      contentSlide(context, slide);
      break;
    case 'quote':
      quoteSlide(context, slide);
      break;
    case 'closing':
      closingSlide(context, slide);
      break;
  }
  if (slide.kind !== 'title') footer(context, slide, isField(layoutOf(slide)));
  cornerLogo(context, slide);
}
