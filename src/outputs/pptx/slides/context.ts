// What drawing one slide needs: the plan and the look, the slide's shape tree, and its pictures (related to the
// slide's part as they are placed). Shared pieces of the slide kinds: the title of content slides, blocks stacked
// and centred in the full field, lines of centred text, the short gold rule.
import { LABELS } from '../../../deck/labels.ts';
import { PHRASE_RULES, phraseRulesWith, type PhraseRules } from '../../../deck/phrases.ts';
import type { DeckPlan } from '../../../deck/types.ts';
import { CSS, bodyFrame, innerWidth, titleFrame, type Frame } from '../canvas.ts';
import type { LayoutFrames } from '../template/copy.ts';
import { PT_PER_PX, textBodyXml, type RunStyle } from '../drawingml.ts';
import { titleBodyXml, titleStyle } from '../layouts.ts';
import { balancedBreaks, lineCount, sizeToFit, textWidthEm } from '../measure.ts';
import { FACES } from '../fonts.ts';
import { breakRuns, runStyle, runsOf, type Look } from '../paragraphs.ts';
import { plainText, type Inline } from '../rich-text.ts';
import type { ShapeTree } from '../shapes.ts';
import { placeholderColour } from './readable.ts';

/** A picture placed on the slide: its relationship id and its size in pixels. */
interface PlacedPicture {
  rId: string;
  width: number;
  height: number;
}

export interface SlideContext {
  plan: DeckPlan;
  look: Look;
  tree: ShapeTree;
  /** The picture at `src` related to this slide, or undefined when the PowerPoint cannot hold it. */
  picture(src: string): PlacedPicture | undefined;
  /** How the footer shows the slide's page number (see PageNumber); a slide-number field when not said. */
  pageNumber?: PageNumber;
  /** On an organiser's template: where its layout places the title, the body and the footer (the room left clear of
   *  its decorations). Our own places where it says nothing. */
  frames?: LayoutFrames;
}

/** On a template's title or section layout: where what goes under the title stands — its first content placeholder
 *  (the subtitle, the section's text), else the room between the title and the footer. */
export function underTitle(context: SlideContext, title: Frame): Frame {
  const body = context.frames?.bodies[0];
  if (body) return body;
  const top = title.y + title.h;
  const bottom = context.look.canvas.height - CSS.footerHeight - CSS.footerGap;
  return { x: title.x, y: top, w: title.w, h: Math.max(0, bottom - top) };
}

/** Where the body of a content slide goes: the layout's `n`th content placeholder on a template, else ours. */
export function bodyOf(context: SlideContext, n = 0): Frame {
  return context.frames?.bodies[n] ?? bodyFrame(context.look.canvas);
}

/** Where the slide's text may break a line, as the deck breaks it: between phrases, the outline's own (`keep:`) too. */
export function slideRules(context: SlideContext): PhraseRules {
  return phraseRulesWith(PHRASE_RULES, context.plan.meta.keep);
}

/**
 * The footer's page number: `field`, a slide-number field, in a talk's own PowerPoint (its page is its place in the
 * file, and the field stays right when slides are moved); `text`, the talk's own page written as text, in the
 * meeting's file, where a field would show the place in the whole file (第 37 页 on the slide a speaker calls 第 5 页,
 * as their deck, their handout in the bound PDF and the meeting's HTML deck number it); `none` on the meeting's own
 * slides (cover, programme, next speaker), which are no talk's pages.
 */
export type PageNumber = 'field' | 'text' | 'none';

/** The title of a content, quote or agenda slide on its layout's placeholder, in the deck's lines: on one line where
 *  the deck's is, at its size; where the deck wraps it (balanced, between phrases), broken there and set smaller, so
 *  that its lines stand above the layout's rule as one line does; "（续）" smaller. */
export function slideTitle(context: SlideContext, inlines: Inline[], continued: boolean, frame?: Frame): void {
  const { look } = context;
  frame ??= context.frames?.title;
  const width = frame?.w ?? innerWidth(look.canvas);
  // (in a box of the template's own, of another width than the deck's, its lines are not the deck's to follow: one
  // line, smaller, where it fits)
  const ownBox = !frame;
  const text = plainText([{ kind: 'paragraph', inlines }]) + (continued ? LABELS.continued : '');
  const keep = context.plan.meta.keep;
  // (the deck's （续） is 0.7 em a character: measured as two full-width spaces, the room it takes)
  const title = plainText([{ kind: 'paragraph', inlines }]);
  const titleChars = [...title].length;
  const deckBreaks = ownBox
    ? balancedBreaks(continued ? `${title}\u3000\u3000` : title, width, CSS.titleSize, 0.02, keep).filter(
        (at) => at < titleChars,
      )
    : [];
  const oneLine = ownBox ? CSS.titleSize : sizeToFit(text, width, 1, CSS.titleSize, 52, 0.02);
  const size = deckBreaks.length
    ? titleSizeFor(linesAt(text, deckBreaks), width)
    : lineCount(text, width, oneLine, { spacingEm: 0.02 }) <= 1
      ? oneLine
      : sizeToFit(text, width, 2, 52, 40, 0.02);
  // On a template's title box the text takes its title style's colour, alignment and anchor (white, centred in its
  // bar), which our own colours would hide or move.
  // (unless that colour does not stand out from what lies behind the box there: then ours)
  const inherit = Boolean(frame && frame === context.frames?.title);
  const own = titleStyle(look, size);
  const readable = inherit && frame ? placeholderColour(context, 'title', frame, size, own.colour!) : undefined;
  const style = readable ? { ...own, colour: readable } : inherited(own, inherit);
  const runs = runsOf(inlines, style);
  if (continued)
    runs.push({
      text: LABELS.continued,
      style: { ...style, sizePt: style.sizePt * 0.7, bold: false, colour: inherit ? readable : look.theme.muted },
    });
  const balanced = breakRuns(runs, deckBreaks.length ? deckBreaks : balancedBreaks(text, width, size, 0.02, keep));
  context.tree.placeholder(
    'title',
    frame ?? titleFrame(look.canvas),
    titleBodyXml(
      [{ runs: balanced, style: { lineSpacing: 1.05, ...(inherit ? { align: 'inherit' } : {}) }, end: style }],
      inherit ? 'inherit' : 'b',
    ),
  );
}

/** `text` cut at the character offsets `breaks`. */
function linesAt(text: string, breaks: number[]): string[] {
  const chars = [...text];
  return [0, ...breaks].map((from, i) => chars.slice(from, breaks[i] ?? chars.length).join(''));
}

/** The largest title size, from 52 px (40 for three lines or more: the room above the rule) down to 40, at which
 *  each of `lines` fits `width` on its own. */
function titleSizeFor(lines: string[], width: number): number {
  const widest = Math.max(...lines.map((line) => textWidthEm(line) + 0.02 * [...line].length));
  return Math.max(40, Math.min(lines.length > 2 ? 40 : 52, 2 * Math.floor(width / widest / 2)));
}

/** `style` without its colour where the text stands in a template's placeholder, whose own style colours it. */
function inherited(style: RunStyle, inherit: boolean): RunStyle {
  return inherit ? { ...style, colour: undefined } : style;
}

/** The layout's own `<p:ph>` of its content placeholder at `area` (one of `frames.bodies`, as underTitle and bodyOf
 *  give them), for a slide's placeholder to name; none elsewhere (ours, or off a template). */
export function layoutPh(context: SlideContext, area: Frame): string | undefined {
  const at = context.frames?.bodies.indexOf(area) ?? -1;
  return at < 0 ? undefined : context.frames?.ph.bodies[at];
}

/** On a template's title, closing or section slide: the lines under the title (subtitle, organisation, speaker,
 *  meeting; a part's caption and introduction) in the layout's placeholder there (its subtitle, its section text),
 *  in the placeholder's own colours and alignment, smaller where they would not fit; `kind` the placeholder's, as
 *  written where the layout names none. */
export function subtitleLines(
  context: SlideContext,
  area: Frame,
  lines: Array<{ text: string; sizePx: number; bold?: boolean }>,
  kind: 'subTitle' | 'body' = 'subTitle',
): void {
  if (!lines.length) return;
  const height = (scale: number) =>
    lines.reduce((sum, line) => sum + lineCount(line.text, area.w, line.sizePx * scale) * line.sizePx * scale * 1.4, 0);
  let scale = 1;
  while (scale > 0.6 && height(scale) > area.h) scale -= 0.05;
  const smallest = Math.min(...lines.map((line) => line.sizePx)) * scale;
  const colour = placeholderColour(context, 'subTitle', area, smallest, context.look.theme.fieldText);
  const paragraphs = lines.map(({ text, sizePx, bold }) => {
    const style = runStyle(FACES.text, sizePx * scale, colour, bold ? { bold } : {});
    return { runs: [{ text, style }], style: { align: 'inherit' as const, lineSpacing: 1.2 }, end: style };
  });
  context.tree.placeholder(kind, area, textBodyXml({ anchor: 'inherit' }, paragraphs), layoutPh(context, area));
}

/** The left margin that centres one line of centred text ending in closing punctuation (坚持以人民为中心，) on its
 *  words, as the deck's hanging punctuation does: the punctuation's glyph fills only the left half of its em, so the
 *  line is centred in a box one em narrower on the left. None for text on more lines, or not ending so. */
export function hangingMargin(text: string, lines: number, sizePx: number, spacingEm = 0): number {
  return lines === 1 && /[，。、；：！？]$/u.test(text) ? sizePx * (1 + spacingEm) : 0;
}

/** A block of a full-field slide: its height, and how to draw it once its top is known. */
export interface Stacked {
  h: number;
  draw?: (y: number) => void;
}

/** The tops of blocks of `heights` stacked and centred in `area`. */
function centred(heights: number[], area: Frame): number[] {
  const total = heights.reduce((a, b) => a + b, 0);
  let y = area.y + Math.max(0, (area.h - total) / 2);
  return heights.map((h) => {
    const top = y;
    y += h;
    return top;
  });
}

/** Draws the blocks stacked and centred in `area`; returns their tops. */
export function drawStacked(parts: Stacked[], area: Frame): number[] {
  const tops = centred(
    parts.map((part) => part.h),
    area,
  );
  parts.forEach((part, i) => part.draw?.(tops[i]!));
  return tops;
}

/** Set apart by a gap rather than punctuation, as the HTML deck's `.sd-gap` (1.5 em). */
export const GAP = '\u3000\u2002';

/** A line of text centred across `area` (more lines where it must wrap), with room above and below. */
export function centredLine(
  tree: ShapeTree,
  area: Frame,
  runs: Array<{ text: string; style: RunStyle }>,
  above = 0,
  below = 0,
): Stacked {
  const style = runs[0]!.style;
  const sizePx = style.sizePt / PT_PER_PX;
  const text = runs.map((run) => run.text).join('');
  const lines = lineCount(text, area.w, sizePx, { spacingEm: (style.spacingPt ?? 0) / style.sizePt });
  const h = lines * sizePx * 1.6;
  return {
    h: above + h + below,
    draw: (y) =>
      tree.text(
        { x: area.x, y: y + above, w: area.w, h },
        textBodyXml({ anchor: 'ctr' }, [{ runs, style: { align: 'ctr' }, end: style }]),
      ),
  };
}

/** The short gold rule between a title and the byline. */
export function ruleLine(
  tree: ShapeTree,
  look: Look,
  above: number = CSS.rule.above,
  below: number = CSS.rule.below,
): Stacked {
  const { rule } = CSS;
  return {
    h: above + rule.height + below,
    draw: (y) =>
      tree.rect(
        { x: (look.canvas.width - rule.width) / 2, y: y + above, w: rule.width, h: rule.height },
        look.theme.gold,
      ),
  };
}

/** The theme's lines above and below the title and closing blocks, across the width between the margins. */
export function frameLines(tree: ShapeTree, look: Look, parts: Stacked[], tops: number[], area: Frame): void {
  const frame = look.theme.titleFrame;
  if (!frame || !parts.length) return;
  const end = tops.at(-1)! + parts.at(-1)!.h;
  if (frame.top) tree.rect({ x: area.x, y: tops[0]!, w: area.w, h: frame.top.widthPx }, frame.top.colour);
  if (frame.bottom)
    tree.rect({ x: area.x, y: end - frame.bottom.widthPx, w: area.w, h: frame.bottom.widthPx }, frame.bottom.colour);
}

/** The organisation, then the speaker after their label (`交流人：` in the accent colour), each on its own line. */
export function bylineLines(tree: ShapeTree, look: Look, area: Frame, meta: DeckPlan['meta']): Stacked[] {
  const { theme } = look;
  const lines: Stacked[] = [];
  const spacing = (size: number) => ({ spacingPt: size * 0.08 * PT_PER_PX });
  if (meta.organization) {
    const style = textStyle(40, theme.fieldText, spacing(40));
    lines.push(centredLine(tree, area, [{ text: meta.organization, style }]));
  }
  if (meta.speaker) {
    const style = textStyle(CSS.speakerSize, theme.fieldText, spacing(CSS.speakerSize));
    const runs = [
      ...(meta.speakerLabel ? [{ text: meta.speakerLabel, style: { ...style, colour: theme.fieldAccent } }] : []),
      { text: meta.speaker, style },
    ];
    lines.push(centredLine(tree, area, runs));
  }
  if (lines.length) lines.push({ h: 28 });
  return lines;
}

function textStyle(sizePx: number, colour: RunStyle['colour'], extra: Partial<RunStyle>): RunStyle {
  return runStyle(FACES.text, sizePx, colour, extra);
}
