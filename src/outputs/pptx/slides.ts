// Each slide of the plan on its layout: titles in the title placeholder, a content slide's text in its body
// placeholder (a paragraph per point), images and tables placed under or beside the text, the footer's part and page
// number, the notes. Positions mirror themes/_layout.css; heights of text are estimated (measure.ts).
import type PptxGenJS from 'pptxgenjs';
import { LABELS, meetingWords, partCaption, partHeading } from '../../deck/labels.ts';
import type { AgendaSlide, ClosingSlide, ContentSlide, DeckPlan, DividerSlide, QuoteSlide, Slide, TitleSlide } from '../../deck/types.ts';
import { CSS, bodyFrame, fieldArea, innerWidth } from './canvas.ts';
import { PT_PER_PX, textBodyXml, type Paragraph, type RunStyle } from './drawingml.ts';
import { SlideDrawing, position } from './drawing.ts';
import { FACES } from './fonts.ts';
import { LAYOUT_NAMES, footerBodyXml, footerFrames, footerStyle, isField, titleBodyXml, titleStyle, type LayoutKind } from './layouts.ts';
import { balancedBreaks, lineCount, sizeToFit, textWidthEm } from './measure.ts';
import { breakRuns, notesParagraphs, runStyle, runsOf, slideContent, textBlocks, textParagraph, type Look, type Media } from './paragraphs.ts';
import { blocksOf, inlinesOf, plainText, type Inline, type TableRow } from './rich-text.ts';
import type { Frame, TextBodies } from './text-bodies.ts';

/** An image of the slides, read by the caller: its bytes as base64 and its size in pixels. */
export interface SlideImage {
  /** `image/png`, `image/jpeg`, `image/gif`, `image/bmp`. */
  mime: string;
  base64: string;
  width: number;
  height: number;
}

interface Context {
  pptx: PptxGenJS;
  plan: DeckPlan;
  look: Look;
  bodies: TextBodies;
  images: ReadonlyMap<string, SlideImage>;
}

export function layoutOf(slide: Slide): LayoutKind {
  if (slide.kind === 'content' && slide.continued) return 'continuation';
  return slide.kind;
}

/** Adds `slide` to the presentation, in section `section`. */
export function addSlide(context: Context, slide: Slide, section: string): void {
  const kind = layoutOf(slide);
  const added = context.pptx.addSlide({ masterName: LAYOUT_NAMES[kind], sectionTitle: section });
  const drawing = new SlideDrawing(added, context.bodies);
  switch (slide.kind) {
    case 'title':
      titleSlide(drawing, slide, context);
      break;
    case 'agenda':
      agendaSlide(drawing, slide, context);
      break;
    case 'divider':
      dividerSlide(drawing, slide, context);
      break;
    case 'content':
      contentSlide(drawing, slide, context);
      break;
    case 'quote':
      quoteSlide(drawing, slide, context);
      break;
    case 'closing':
      closingSlide(drawing, slide, context);
      break;
  }
  if (slide.kind !== 'title') footer(drawing, slide, context, isField(kind));
  // Every slide has a notes page; one without notes gets an empty body in the notes' style, ready to be written in.
  const notes = slide.notes ? notesParagraphs(slide.notes.html, context.look.theme) : [];
  added.addNotes(context.bodies.mark(textBodyXml({ insetsPx: [7, 14, 7, 14] }, notes)));
}

/** The title of a content, quote or agenda slide, on one line when it fits, else on two; "（续）" smaller. */
function slideTitle(drawing: SlideDrawing, context: Context, inlines: Inline[], continued: boolean): void {
  const { look } = context;
  const width = innerWidth(look.canvas);
  const text = plainText([{ kind: 'paragraph', inlines }]) + (continued ? LABELS.continued : '');
  const oneLine = sizeToFit(text, width, 1, CSS.titleSize, 52, 0.02);
  const size = lineCount(text, width, oneLine, 0.02) <= 1 ? oneLine : sizeToFit(text, width, 2, 52, 40, 0.02);
  const style = titleStyle(look, size);
  const runs = runsOf(inlines, style);
  if (continued) runs.push({ text: LABELS.continued, style: { ...style, sizePt: style.sizePt * 0.7, bold: false, colour: look.theme.muted } });
  const balanced = breakRuns(runs, balancedBreaks(text, width, size, 0.02));
  drawing.placeholder('title', titleBodyXml([{ runs: balanced, style: { lineSpacing: 1.05 }, end: style }]));
}

function contentSlide(drawing: SlideDrawing, slide: ContentSlide, context: Context): void {
  const { look } = context;
  slideTitle(drawing, context, inlinesOf(slide.titleHtml), slide.continued);
  // The plan's type size: larger for few short points (issue 12's type scale), the regular size otherwise.
  const { paragraphs, media } = slideContent(slide.blocks, look, slide.typeSize);
  const body = bodyFrame(look.canvas);
  if (!media.length) {
    // Balanced between the title and the footer, as the HTML deck's body (issue 12), not pinned to the top.
    drawing.placeholder('body', textBodyXml({ anchor: 'ctr' }, paragraphs));
    return;
  }
  const textHeight = paragraphs.length ? estimateHeight(paragraphs, body.w) : 0;
  const gap = 32;
  const below = body.h - textHeight - (paragraphs.length ? gap : 0);
  // Media under the text while they get most of the body's height; beside it when the text would squeeze them.
  if (!paragraphs.length || below >= body.h * 0.45) {
    const textFrame = { ...body, h: Math.max(textHeight, 40) };
    drawing.placeholder('body', textBodyXml({}, paragraphs), textFrame);
    placeMedia(drawing, media, { ...body, y: body.y + body.h - below, h: below }, context);
  } else {
    const textWidth = Math.round(body.w * 0.55);
    drawing.placeholder('body', textBodyXml({}, paragraphs), { ...body, w: textWidth });
    placeMedia(drawing, media, { ...body, x: body.x + textWidth + gap, w: body.w - textWidth - gap }, context);
  }
}

/** The height paragraphs take at `widthPx`, as PowerPoint would lay them out (about). */
function estimateHeight(paragraphs: Paragraph[], widthPx: number): number {
  let height = 0;
  for (const paragraph of paragraphs) {
    const sizePx = (paragraph.runs[0]?.style.sizePt ?? 21) / PT_PER_PX;
    const text = paragraph.runs.map((run) => ('text' in run ? run.text : '\n')).join('');
    const lines = lineCount(text, widthPx - (paragraph.style.marginPx ?? 0), sizePx);
    const spacing = typeof paragraph.style.lineSpacing === 'number' ? paragraph.style.lineSpacing : 1;
    height += lines * sizePx * 1.25 * spacing + ((paragraph.style.spaceAfterPt ?? 0) + (paragraph.style.spaceBeforePt ?? 0)) / PT_PER_PX;
  }
  return Math.ceil(height);
}

/** Images and tables share `area` top to bottom, each as large as its share allows. */
function placeMedia(drawing: SlideDrawing, media: Media[], area: Frame, context: Context): void {
  const gap = 24;
  const share = (area.h - gap * (media.length - 1)) / media.length;
  media.forEach((item, i) => {
    const frame = { ...area, y: area.y + i * (share + gap), h: share };
    if (item.kind === 'image') placeImage(drawing, item, frame, context);
    else placeTable(drawing, item.rows, frame, context);
  });
}

function placeImage(drawing: SlideDrawing, item: Extract<Media, { kind: 'image' }>, frame: Frame, context: Context): void {
  const image = context.images.get(item.src);
  if (!image) {
    // An image the PowerPoint cannot hold (a web address, SVG or WebP): its description stands in a frame instead.
    const style = runStyle(FACES.text, CSS.pointSize * 0.7, context.look.theme.muted);
    const h = Math.min(frame.h, 160);
    drawing.text({ ...frame, h }, textBodyXml({ anchor: 'ctr', insetsPx: [12, 24, 12, 24] }, [textParagraph(`［图片：${item.alt || item.src}］`, style, { align: 'ctr' })]), {
      line: { colour: context.look.theme.rule, widthPx: 2 },
    });
    return;
  }
  // Natural size on the 1080-pixel canvas (as the HTML deck shows it), shrunk to fit, never enlarged.
  const scale = Math.min(1, frame.w / image.width, Math.min(frame.h, CSS.imageMaxHeight) / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  drawing.slide.addImage({ data: `${image.mime};base64,${image.base64}`, ...position({ x: frame.x, y: frame.y, w, h }), altText: item.alt });
}

/** A native table: header row bold in the heading colour over an accent rule, hairlines between rows, cells
 *  aligned as the Markdown says; type as in the HTML deck (0.8 of a point's) or smaller until it fits. */
function placeTable(drawing: SlideDrawing, rows: TableRow[], frame: Frame, context: Context): void {
  const { theme } = context.look;
  const columns = Math.max(1, ...rows.map((row) => row.cells.length));
  const cellText = (row: TableRow, c: number) => plainText([{ kind: 'paragraph', inlines: row.cells[c]?.inlines ?? [] }]);
  const padX = 0.8;
  let size = CSS.pointSize * 0.8;
  let widths: number[] = [];
  let height = 0;
  for (; size >= 20; size -= 2) {
    const natural = Array.from({ length: columns }, (_, c) => Math.max(2, ...rows.map((row) => textWidthEm(cellText(row, c)))) + 2 * padX);
    const total = natural.reduce((a, b) => a + b, 0) * size;
    widths = natural.map((w) => (total > frame.w ? (w * size * frame.w) / total : w * size));
    height = rows.reduce((sum, row) => sum + Math.max(1, ...widths.map((w, c) => lineCount(cellText(row, c), w - 2 * padX * size, size))) * size * 1.35 + 0.6 * size, 0);
    if (height <= frame.h) break;
  }
  const hairline = { type: 'solid' as const, pt: 0.5, color: theme.rule.hex };
  const none = { type: 'none' as const };
  const tableRows = rows.map((row) =>
    row.cells.map((cell) => {
      const style = runStyle(FACES.text, size, row.header ? theme.heading : theme.text, row.header ? { bold: true } : {});
      const align = cell.align === 'right' ? 'r' : cell.align === 'center' ? 'ctr' : 'l';
      const body = textBodyXml({ anchor: 'ctr', insetsPx: [0.3 * size, padX * size, 0.3 * size, padX * size] }, [
        { runs: runsOf(cell.inlines, style, theme.accent), style: { align }, end: style },
      ]);
      const bottom = row.header ? { type: 'solid' as const, pt: 1, color: theme.accent.hex } : hairline;
      const border: [PptxGenJS.BorderProps, PptxGenJS.BorderProps, PptxGenJS.BorderProps, PptxGenJS.BorderProps] = [none, none, bottom, none];
      return { text: context.bodies.mark(body), options: { border } };
    }),
  );
  const w = widths.reduce((a, b) => a + b, 0);
  drawing.slide.addTable(tableRows, { ...position({ x: frame.x, y: frame.y, w, h: Math.min(height, frame.h) }), colW: widths.map((px) => px / 144) });
}

function quoteSlide(drawing: SlideDrawing, slide: QuoteSlide, context: Context): void {
  const { look } = context;
  const { theme } = look;
  slideTitle(drawing, context, inlinesOf(slide.titleHtml), slide.continued);
  const body = bodyFrame(look.canvas);
  const inset = 80;
  const textWidth = body.w - 2 * inset;
  const size = slide.typeSize;
  const style = runStyle(FACES.title, size, theme.heading, { bold: true });
  const lines = textBlocks(blocksOf(slide.quote.html));
  const textHeight = lines.reduce((sum, inlines) => sum + lineCount(plainText([{ kind: 'paragraph', inlines }]), textWidth, size) * size * 1.6, 0) + 12;
  const attribution = slide.quote.attribution ? 40 + 3 + 28 + CSS.attributionSize * 1.5 : 0;
  const top = body.y + Math.max(0, (body.h - textHeight - attribution) / 2);
  // The large opening quotation mark behind the text's first line, as in the HTML deck.
  const mark = runStyle(FACES.title, 220, { ...theme.accent, alpha: 0.35 });
  drawing.text({ x: body.x - 10, y: top - 80, w: 160, h: 240 }, textBodyXml({}, [textParagraph('\u201C', mark, { lineSpacing: 1 })]));
  const paragraphs = lines.map((inlines) => ({ runs: runsOf(inlines, style), style: { align: 'just' as const, lineSpacing: 1.3, spaceAfterPt: 6 }, end: style }));
  drawing.text({ x: body.x + inset, y: top, w: textWidth, h: textHeight }, textBodyXml({}, paragraphs));
  if (slide.quote.attribution) {
    const ruleY = top + textHeight + 40;
    drawing.rect({ x: body.x + inset, y: ruleY, w: textWidth, h: 3 }, theme.gold);
    const who = runStyle(FACES.text, CSS.attributionSize, theme.muted);
    drawing.text({ x: body.x + inset, y: ruleY + 3 + 28, w: textWidth, h: CSS.attributionSize * 1.5 }, textBodyXml({}, [textParagraph(`—— ${slide.quote.attribution}`, who, { align: 'r' })]));
  }
}

function agendaSlide(drawing: SlideDrawing, slide: AgendaSlide, context: Context): void {
  const { look, plan } = context;
  const { theme } = look;
  slideTitle(drawing, context, [{ text: slide.title }], false);
  const body = bodyFrame(look.canvas);
  const count = slide.entries.length;
  const box = CSS.agendaBox;
  const pitch = Math.min(box + CSS.agendaGap, (body.h - 12) / count);
  const scale = Math.min(1, pitch / (box + CSS.agendaGap));
  const size = Math.round(CSS.agendaSize * scale);
  slide.entries.forEach((entry, i) => {
    const y = body.y + 12 + i * pitch;
    const side = box * scale;
    const number = entry.number || String(entry.index + 1);
    const numberStyle = runStyle(FACES.title, size, theme.onAccent, { bold: true });
    const plain = plan.meta.numbering === 'none';
    drawing.text({ x: body.x, y, w: side, h: side }, textBodyXml({ anchor: 'ctr' }, [textParagraph(number, numberStyle, { align: 'ctr' })]), {
      ...(plain ? {} : { fill: theme.accent, line: { colour: theme.gold, widthPx: 3 } }),
    });
    const titleStyle = runStyle(FACES.text, size, theme.text, { bold: true });
    const x = body.x + side + 40 * scale;
    drawing.text({ x, y, w: body.x + body.w - x, h: side }, textBodyXml({ anchor: 'ctr' }, [{ runs: runsOf(inlinesOf(entry.titleHtml), titleStyle), style: {}, end: titleStyle }]));
  });
}

/** Blocks of the full-field slides are centred in the field: their heights, top to bottom. */
function centred(heights: number[], area: Frame): number[] {
  const total = heights.reduce((a, b) => a + b, 0);
  let y = area.y + Math.max(0, (area.h - total) / 2);
  return heights.map((h) => {
    const top = y;
    y += h;
    return top;
  });
}

function titleSlide(drawing: SlideDrawing, slide: TitleSlide, context: Context): void {
  const { look, plan } = context;
  const { theme, canvas } = look;
  const { meta } = plan;
  const area = fieldArea(canvas);
  const titleWidth = Math.min(CSS.deckTitleMaxWidth, area.w);
  // The writer's own lines (`title: |` on two lines) where given, else balanced ones.
  const ownLines = meta.titleLines && meta.titleLines.length > 1 ? meta.titleLines : undefined;
  const titleText = ownLines ? ownLines.join('\n') : meta.title;
  const titleLines = ownLines ? ownLines.reduce((sum, line) => sum + lineCount(line, titleWidth, CSS.deckTitleSize, 0.04), 0) : lineCount(meta.title, titleWidth, CSS.deckTitleSize, 0.04);
  const what = meetingWords(meta);
  const frame = theme.titleFrame;
  const parts: Array<{ h: number; draw?: (y: number) => void }> = [];
  if (frame?.top) parts.push({ h: frame.top.widthPx + 72 });
  parts.push({
    h: titleLines * CSS.deckTitleSize * 1.3,
    draw: (y) => {
      const style = runStyle(FACES.title, CSS.deckTitleSize, theme.fieldTitle, { bold: true, spacingPt: CSS.deckTitleSize * 0.04 * 0.5 });
      const box = { x: (canvas.width - titleWidth) / 2, y, w: titleWidth, h: titleLines * CSS.deckTitleSize * 1.3 };
      const runs = ownLines
        ? ownLines.flatMap((line, i): Paragraph['runs'] => (i ? [{ lineBreak: true, style }, { text: line, style }] : [{ text: line, style }]))
        : breakRuns([{ text: titleText, style }], balancedBreaks(titleText, titleWidth, CSS.deckTitleSize, 0.04));
      drawing.placeholder('title', textBodyXml({ anchor: 'ctr' }, [{ runs, style: { align: 'ctr', lineSpacing: 1.1 }, end: style }]), box);
    },
  });
  if (meta.subtitle) {
    const style = runStyle(FACES.title, CSS.subtitleSize, theme.fieldAccent, { bold: true, spacingPt: CSS.subtitleSize * 0.3 * 0.5 });
    parts.push(centredLine(drawing, area, meta.subtitle, style, 36));
  }
  parts.push(ruleLine(drawing, look));
  // The organisation and the speaker (after its label, e.g. 交流人：) on lines of their own, as the HTML deck.
  const speakerStyle = runStyle(FACES.text, CSS.speakerSize, theme.fieldText, { spacingPt: CSS.speakerSize * 0.08 * 0.5 });
  for (const line of bylineLines(meta)) parts.push(centredLine(drawing, area, line, speakerStyle, 0, 8));
  if (what.length) parts.push(centredLine(drawing, area, what.join(GAP), runStyle(FACES.text, CSS.meetingSize, theme.fieldAccent, { spacingPt: CSS.meetingSize * 0.06 * 0.5 })));
  if (frame?.bottom) parts.push({ h: 64 + frame.bottom.widthPx });
  drawParts(parts, area);
  frameLines(drawing, look, parts, area);
}

function closingSlide(drawing: SlideDrawing, slide: ClosingSlide, context: Context): void {
  const { look, plan } = context;
  const { theme, canvas } = look;
  const area = fieldArea(canvas);
  const lines = lineCount(slide.text, area.w, CSS.closingSize, 0.06);
  const frame = theme.titleFrame;
  const parts: Array<{ h: number; draw?: (y: number) => void }> = [];
  if (frame?.top) parts.push({ h: frame.top.widthPx + 72 });
  parts.push({
    h: lines * CSS.closingSize * 1.4,
    draw: (y) => {
      const style = runStyle(FACES.title, CSS.closingSize, theme.fieldTitle, { bold: true, spacingPt: CSS.closingSize * 0.06 * 0.5 });
      const runs = breakRuns([{ text: slide.text, style }], balancedBreaks(slide.text, area.w, CSS.closingSize, 0.06));
      drawing.placeholder('title', textBodyXml({ anchor: 'ctr' }, [{ runs, style: { align: 'ctr', lineSpacing: 1.15 }, end: style }]), {
        x: area.x,
        y,
        w: area.w,
        h: lines * CSS.closingSize * 1.4,
      });
    },
  });
  parts.push(ruleLine(drawing, look));
  const speakerStyle = runStyle(FACES.text, CSS.speakerSize, theme.fieldText, { spacingPt: CSS.speakerSize * 0.08 * 0.5 });
  for (const line of bylineLines(plan.meta)) parts.push(centredLine(drawing, area, line, speakerStyle, 0, 8));
  if (frame?.bottom) parts.push({ h: 64 + frame.bottom.widthPx });
  drawParts(parts, area);
  frameLines(drawing, look, parts, area);
}

function dividerSlide(drawing: SlideDrawing, slide: DividerSlide, context: Context): void {
  const { look } = context;
  const { theme, canvas } = look;
  const area = fieldArea(canvas);
  const parts: Array<{ h: number; draw?: (y: number) => void }> = [];
  // The caption over the title, between two short gold rules: 第一部分 (none without numbering).
  const caption = partCaption(slide.part.index + 1, context.plan.meta.numbering);
  if (caption) {
    const size = CSS.partCaptionSize;
    const style = runStyle(FACES.title, size, theme.fieldAccent, { bold: true, spacingPt: size * 0.35 * 0.5 });
    const width = (textWidthEm(caption) + 0.35 * [...caption].length) * size;
    parts.push({
      h: size * 1.2 + 44,
      draw: (y) => {
        const x = (canvas.width - width) / 2;
        drawing.text({ x, y, w: width, h: size * 1.2 }, textBodyXml({ anchor: 'ctr' }, [textParagraph(caption, style, { align: 'ctr', lineSpacing: 1 })]));
        const ruleY = y + (size * 1.2) / 2 - 1.5;
        drawing.rect({ x: x - 36 - 160, y: ruleY, w: 160, h: 3 }, theme.gold);
        drawing.rect({ x: x + width + 36, y: ruleY, w: 160, h: 3 }, theme.gold);
      },
    });
  }
  const titleWidth = Math.min(CSS.partTitleMaxWidth, area.w);
  const titleText = plainText([{ kind: 'paragraph', inlines: inlinesOf(slide.part.titleHtml) }]);
  const titleLines = lineCount(titleText, titleWidth, CSS.partTitleSize, 0.03);
  parts.push({
    h: titleLines * CSS.partTitleSize * 1.35,
    draw: (y) => {
      const style = runStyle(FACES.title, CSS.partTitleSize, theme.fieldTitle, { bold: true, spacingPt: CSS.partTitleSize * 0.03 * 0.5 });
      const box = { x: (canvas.width - titleWidth) / 2, y, w: titleWidth, h: titleLines * CSS.partTitleSize * 1.35 };
      const runs = breakRuns(runsOf(inlinesOf(slide.part.titleHtml), style), balancedBreaks(titleText, titleWidth, CSS.partTitleSize, 0.03));
      drawing.placeholder('title', textBodyXml({ anchor: 'ctr' }, [{ runs, style: { align: 'ctr', lineSpacing: 1.1 }, end: style }]), box);
    },
  });
  if (slide.intro.length) {
    const introWidth = Math.min(CSS.partIntroMaxWidth, area.w);
    const style = runStyle(FACES.text, CSS.partIntroSize, theme.fieldText);
    const paragraphs = slide.intro.flatMap((block) => textBlocks(blocksOf(block.kind === 'points' ? block.points.map((p) => `<p>${p.html}</p>`).join('') : block.html)));
    const h = paragraphs.reduce((sum, inlines) => sum + lineCount(plainText([{ kind: 'paragraph', inlines }]), introWidth, CSS.partIntroSize) * CSS.partIntroSize * 1.6, 0);
    parts.push({
      h: 48 + h,
      draw: (y) => {
        const xml = textBodyXml({}, paragraphs.map((inlines) => ({ runs: runsOf(inlines, style), style: { align: 'ctr' as const, lineSpacing: 1.3 }, end: style })));
        drawing.text({ x: (canvas.width - introWidth) / 2, y: y + 48, w: introWidth, h }, xml);
      },
    });
  }
  drawParts(parts, area);
}

/** The byline of the title slide: the organisation, then the speaker after its label. */
function bylineLines(meta: DeckPlan['meta']): string[] {
  return [meta.organization, meta.speaker ? `${meta.speakerLabel ?? ''}${meta.speaker}` : undefined].filter((line): line is string => !!line);
}

/** Set apart by a gap rather than punctuation, as the HTML deck's `.sd-gap` (1.5 em). */
const GAP = '\u3000\u2002';

function centredLine(drawing: SlideDrawing, area: Frame, text: string, style: RunStyle, above = 0, below = 0): { h: number; draw: (y: number) => void } {
  const sizePx = style.sizePt / PT_PER_PX;
  const lines = lineCount(text, area.w, sizePx);
  const h = lines * sizePx * 1.6;
  return {
    h: above + h + below,
    draw: (y) => drawing.text({ x: area.x, y: y + above, w: area.w, h }, textBodyXml({ anchor: 'ctr' }, [textParagraph(text, style, { align: 'ctr' })])),
  };
}

/** The short gold rule between a title and the byline. */
function ruleLine(drawing: SlideDrawing, look: Look): { h: number; draw: (y: number) => void } {
  const { rule } = CSS;
  return {
    h: rule.above + rule.height + rule.below,
    draw: (y) => drawing.rect({ x: (look.canvas.width - rule.width) / 2, y: y + rule.above, w: rule.width, h: rule.height }, look.theme.gold),
  };
}

function drawParts(parts: Array<{ h: number; draw?: (y: number) => void }>, area: Frame): void {
  const tops = centred(parts.map((part) => part.h), area);
  parts.forEach((part, i) => part.draw?.(tops[i]!));
}

/** The theme's lines above and below the title and closing blocks, across the width between the margins. */
function frameLines(drawing: SlideDrawing, look: Look, parts: Array<{ h: number }>, area: Frame): void {
  const frame = look.theme.titleFrame;
  if (!frame) return;
  const tops = centred(parts.map((part) => part.h), area);
  const end = tops.at(-1)! + parts.at(-1)!.h;
  if (frame.top) drawing.rect({ x: area.x, y: tops[0]!, w: area.w, h: frame.top.widthPx }, frame.top.colour);
  if (frame.bottom) drawing.rect({ x: area.x, y: end - frame.bottom.widthPx, w: area.w, h: frame.bottom.widthPx }, frame.bottom.colour);
}

/** The footer's part name (left) and page number (right, a slide-number field inside "第 N 页"). */
function footer(drawing: SlideDrawing, slide: Slide, context: Context, field: boolean): void {
  const { look, plan } = context;
  const frames = footerFrames(look);
  const style = footerStyle(look, field);
  // A divider's footer shows the page number only: its part's name stands large above it.
  if (slide.part && slide.kind !== 'divider') {
    const text = partHeading(slide.part.number, slide.part.title, plan.meta.numbering);
    const size = sizeToFit(text, frames.part.w, 1, CSS.footerSize, 16);
    drawing.text(frames.part, footerBodyXml(text, { ...style, sizePt: size * PT_PER_PX }, 'l'));
  }
  const page = LABELS.page(slide.number);
  const at = page.indexOf(String(slide.number));
  const runs: Paragraph['runs'] = [
    { text: page.slice(0, at), style },
    { field: 'slidenum', text: String(slide.number), style },
    { text: page.slice(at + String(slide.number).length), style },
  ];
  drawing.text(frames.page, textBodyXml({ anchor: 'ctr' }, [{ runs, style: { align: 'r' }, end: style }]));
}

