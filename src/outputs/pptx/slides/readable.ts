// Text on an organiser's template that can be read: its colour stands out from what lies behind it there (the
// layout's or master's page, a bar or band they draw). A placeholder keeps the template's own text colour where that
// stands out; where it does not (a section layout that sets no colour under a master whose white title style is for
// its dark title bar), or where text of ours in our colours would not, the text takes a colour of our theme that does.
import type { Frame } from '../canvas.ts';
import type { TextRole } from '../template/backdrop.ts';
import { contrast } from '../template/backdrop.ts';
import type { LayoutFrames } from '../template/copy.ts';
import type { Colour, PptxTheme } from '../theme.ts';

/** Where text is placed: the slide's template layout (none off a template) and our theme (a SlideContext is one). */
interface On {
  frames?: LayoutFrames | undefined;
  look: { theme: PptxTheme };
}

/** The contrast text needs (WCAG 2): 3 : 1 for large text (18 pt, 24 px, and up), 4.5 : 1 below. */
function needed(sizePx: number): number {
  return sizePx >= 24 ? 3 : 4.5;
}

/** The colour behind the middle of `frame` on the layout: the last filled shape drawn there, else the page; undefined
 *  where that is a picture or not one colour (nothing to judge against). */
function behind(frames: LayoutFrames, frame: Frame): string | undefined {
  const x = frame.x + frame.w / 2;
  const y = frame.y + frame.h / 2;
  const over = frames.colours.shapes.findLast(
    ({ frame: f }) => x >= f.x && x <= f.x + f.w && y >= f.y && y <= f.y + f.h,
  );
  return over ? over.hex : frames.colours.page;
}

const BLACK: Colour = { hex: '000000', alpha: 1 };
const WHITE: Colour = { hex: 'FFFFFF', alpha: 1 };

/** The first of `preferred` and the theme's text colours that stands out from `backdrop` by `ratio`, else the one
 *  that stands out most (black or white at worst). */
function standingOut(preferred: Colour, theme: PptxTheme, backdrop: string, ratio: number): Colour {
  const candidates = [preferred, theme.heading, theme.text, theme.fieldTitle, theme.page, theme.onAccent, BLACK, WHITE];
  return (
    candidates.find((colour) => contrast(colour.hex, backdrop) >= ratio) ??
    candidates.reduce((best, colour) => (contrast(colour.hex, backdrop) > contrast(best.hex, backdrop) ? colour : best))
  );
}

/** Text of ours at `frame` in `colour`: that colour where it stands out from what lies behind on the template's layout
 *  (or off a template), else our theme's colour that does. */
export function readable(context: On, frame: Frame, colour: Colour, sizePx: number): Colour {
  const frames = context.frames;
  const backdrop = frames && behind(frames, frame);
  if (!backdrop || contrast(colour.hex, backdrop) >= needed(sizePx)) return colour;
  return standingOut(colour, context.look.theme, backdrop, needed(sizePx));
}

/** The colour to write on text of `role` in the template's placeholder at `frame`: none (the template's own style
 *  colours it) where the template's colour stands out from what lies behind; else `ours`, or our theme's colour that
 *  does. */
export function placeholderColour(
  context: On,
  role: TextRole,
  frame: Frame,
  sizePx: number,
  ours: Colour,
): Colour | undefined {
  const frames = context.frames;
  const own = frames?.colours.text[role];
  const backdrop = frames && behind(frames, frame);
  if (!own || !backdrop || contrast(own, backdrop) >= needed(sizePx)) return undefined;
  return standingOut(ours, context.look.theme, backdrop, needed(sizePx));
}
