// The title slide: the logo, the talk's title (the writer's own lines, or balanced ones broken between phrases), the
// subtitle, the gold rule, who speaks, and the meeting and its date, centred in the full field.
import { meetingWords } from '../../../deck/labels.ts';
import { deckTitleSize } from '../../../deck/render.ts';
import { CSS, fieldArea, type Frame } from '../canvas.ts';
import { PT_PER_PX, textBodyXml, type Paragraph } from '../drawingml.ts';
import { FACES } from '../fonts.ts';
import { balancedLines, lineCount } from '../measure.ts';
import { breakRuns, runStyle } from '../paragraphs.ts';
import {
  GAP,
  bylineLines,
  underTitle,
  centredLine,
  drawStacked,
  frameLines,
  ruleLine,
  subtitleLines,
  type SlideContext,
  type Stacked,
} from './context.ts';
import { placeholderColour } from './readable.ts';

/** The smallest size a title is set in to fit a template's title box. */
const MIN_TITLE = 48;

/** The share of a line's width the estimate may fill where a line must not wrap in the reader's own faces. */
const READER_SLACK = 0.85;

/** The logo's box on the title slide (`img.sd-logo`): at most 320 × 128 px, 32 px above the title. */
const LOGO = { width: 320, height: 128, below: 32 };

export function titleSlide(context: SlideContext): void {
  const { look, plan, tree } = context;
  const { theme, canvas } = look;
  const { meta } = plan;
  // On a template: the title in its layout's title placeholder, the rest in its subtitle's (or under the title),
  // clear of its decorations, each in the template's own text styles.
  const onTemplate = context.frames?.title;
  if (onTemplate) return titleOnTemplate(context, onTemplate);
  const area = fieldArea(canvas);
  const frame = theme.titleFrame;
  const parts: Stacked[] = [];
  if (frame?.top) parts.push({ h: frame.top.widthPx + 72 });

  const logo = meta.logo ? context.picture(meta.logo) : undefined;
  if (logo) {
    const scale = Math.min(LOGO.width / logo.width, LOGO.height / logo.height);
    const w = logo.width * scale;
    const h = logo.height * scale;
    parts.push({
      h: LOGO.height + LOGO.below,
      draw: (y) => tree.picture({ x: (canvas.width - w) / 2, y: y + (LOGO.height - h) / 2, w, h }, logo.rId, ''),
    });
  }

  const titleWidth = Math.min(CSS.deckTitleMaxWidth, area.w);
  // The writer's own lines (`title: |` on two lines) where given, else the title; each in balanced lines broken
  // between phrases where it is wider than the box (as the deck's `text-wrap: balance`), never inside a phrase.
  const ownLines = meta.titleLines && meta.titleLines.length > 1 ? meta.titleLines : [meta.title];
  const layOut = (size: number) => {
    const balanced = ownLines.map((line) => ({ line, ...balancedLines(line, titleWidth, size, 0.04, meta.keep) }));
    return { size, balanced, height: balanced.reduce((sum, { lines }) => sum + lines, 0) * size * 1.3 };
  };
  const { size, balanced, height: titleHeight } = layOut(deckTitleSize(meta));
  const titlePart: Stacked = {
    h: titleHeight,
    draw: (y) => {
      const style = runStyle(FACES.title, size, theme.fieldTitle, { bold: true, spacingPt: size * 0.04 * PT_PER_PX });
      const runs = balanced.flatMap(({ line, breaks }, i): Paragraph['runs'] => [
        ...(i ? [{ lineBreak: true as const, style }] : []),
        ...breakRuns([{ text: line, style }], breaks),
      ]);
      const box = { x: (canvas.width - titleWidth) / 2, y, w: titleWidth, h: titleHeight };
      tree.placeholder(
        'title',
        box,
        textBodyXml({ anchor: 'ctr' }, [{ runs, style: { align: 'ctr', lineSpacing: 1.1 }, end: style }]),
      );
    },
  };
  parts.push(titlePart);
  if (meta.subtitle) {
    const style = runStyle(FACES.title, CSS.subtitleSize, theme.fieldAccent, {
      bold: true,
      spacingPt: CSS.subtitleSize * 0.3 * PT_PER_PX,
    });
    parts.push(centredLine(tree, area, [{ text: meta.subtitle, style }], logo ? 24 : 36));
  }
  parts.push(logo ? ruleLine(tree, look, 40, 32) : ruleLine(tree, look));
  parts.push(...bylineLines(tree, look, area, meta));
  const what = meetingWords(meta);
  if (what.length) {
    // The event and the date on one line, apart by a gap; on two where one would not hold them (a 4:3 slide), each
    // whole: a date is never broken.
    const style = runStyle(FACES.text, CSS.meetingSize, theme.fieldAccent, {
      spacingPt: CSS.meetingSize * 0.06 * PT_PER_PX,
    });
    // One line only with room to spare: the reader's faces run wider than the estimate, and PowerPoint, WPS and
    // LibreOffice add space between Chinese and figures (2025 年), which would wrap the date's last character.
    const oneLine = lineCount(what.join(GAP), area.w * READER_SLACK, CSS.meetingSize, { spacingEm: 0.06 }) <= 1;
    const runs = oneLine
      ? [{ text: what.join(GAP), style }]
      : what.flatMap((text, i) =>
          i
            ? [
                { lineBreak: true as const, style },
                { text, style },
              ]
            : [{ text, style }],
        );
    const h = (oneLine ? 1 : what.length) * CSS.meetingSize * 1.6;
    parts.push({
      h,
      draw: (y) =>
        tree.text({ ...area, y, h }, textBodyXml({ anchor: 'ctr' }, [{ runs, style: { align: 'ctr' }, end: style }])),
    });
  }
  if (frame?.bottom) parts.push({ h: 64 + frame.bottom.widthPx });
  frameLines(tree, look, parts, drawStacked(parts, area), area);
}

/** The title slide on a template's title layout: the title in its title box, sized to fit, in its title style; a logo
 *  the outline names at the top of the room under the title; the subtitle, who speaks and the meeting in its subtitle
 *  placeholder below the logo, in its subtitle style (no gold rule: the template draws its own decoration). */
function titleOnTemplate(context: SlideContext, box: Frame): void {
  const { tree } = context;
  const { meta } = context.plan;
  let area = underTitle(context, box);
  const ownLines = meta.titleLines && meta.titleLines.length > 1 ? meta.titleLines : [meta.title];
  const layOut = (size: number) => {
    const balanced = ownLines.map((line) => ({ line, ...balancedLines(line, box.w, size, 0.04, meta.keep) }));
    return { size, balanced, height: balanced.reduce((sum, { lines }) => sum + lines, 0) * size * 1.3 };
  };
  let title = layOut(deckTitleSize(meta));
  while (title.height > box.h && title.size > MIN_TITLE) title = layOut(title.size - 4);
  const colour = placeholderColour(context, 'title', box, title.size, context.look.theme.fieldTitle);
  const style = runStyle(FACES.title, title.size, colour, { bold: true, spacingPt: title.size * 0.04 * PT_PER_PX });
  const runs = title.balanced.flatMap(({ line, breaks }, i): Paragraph['runs'] => [
    ...(i ? [{ lineBreak: true as const, style }] : []),
    ...breakRuns([{ text: line, style }], breaks),
  ]);
  tree.placeholder(
    'title',
    box,
    textBodyXml({ anchor: 'inherit' }, [{ runs, style: { align: 'inherit', lineSpacing: 1.1 }, end: style }]),
  );

  // The template's own emblem is on its master already; a logo the outline names is the speaker's, and drawn.
  const logo = meta.logo && !meta.logoFromTemplate ? context.picture(meta.logo) : undefined;
  if (logo) {
    // (a quarter of the room at most: the lines under it stay legible)
    const room = Math.min(LOGO.height, area.h * 0.25);
    const scale = Math.min(LOGO.width / logo.width, room / logo.height);
    const w = logo.width * scale;
    const h = logo.height * scale;
    tree.picture({ x: area.x + (area.w - w) / 2, y: area.y + 12, w, h }, logo.rId, '');
    area = { ...area, y: area.y + h + 24, h: Math.max(0, area.h - h - 24) };
  }
  const speaker = meta.speaker ? `${meta.speakerLabel ?? ''}${meta.speaker}` : '';
  subtitleLines(
    context,
    area,
    [
      { text: meta.subtitle ?? '', sizePx: CSS.subtitleSize * 0.8 },
      { text: meta.organization ?? '', sizePx: 36 },
      { text: speaker, sizePx: 36 },
      { text: meetingWords(meta).join(GAP), sizePx: 30 },
    ].filter((line) => line.text),
  );
}
