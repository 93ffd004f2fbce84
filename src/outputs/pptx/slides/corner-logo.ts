// `logoOnEverySlide`: the logo small in the left margin of the slides with a title at the top (content, quote,
// agenda), level with the title, as the deck's `img.sd-corner-logo` stands: a square 0.6 of the margin wide,
// centred in the margin, 4 px under the frame's top padding, the picture fitted inside it.
import type { Slide } from '../../../deck/types.ts';
import type { SlideContext } from './context.ts';

/** The deck's `--sd-pad-top`: where the corner logo's box starts (4 px below it). */
const PAD_TOP = 64;

export function cornerLogo(context: SlideContext, slide: Slide): void {
  const { meta } = context.plan;
  const shows = slide.kind === 'content' || slide.kind === 'quote' || slide.kind === 'agenda';
  if (!meta.logo || !meta.logoOnEverySlide || !shows) return;
  const logo = context.picture(meta.logo);
  if (!logo) return;
  const { padX } = context.look.canvas;
  const box = 0.6 * padX;
  const scale = Math.min(box / logo.width, box / logo.height);
  const w = logo.width * scale;
  const h = logo.height * scale;
  context.tree.picture({ x: (padX - box) / 2 + (box - w) / 2, y: PAD_TOP + 4 + (box - h) / 2, w, h }, logo.rId, '');
}
