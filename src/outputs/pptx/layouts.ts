// The slide master's layouts, one per slide kind, with the deck's chrome drawn on them (the band and title rule of
// content slides, the footer band with the event) and placeholders for what each slide fills in. A slide added in
// PowerPoint or WPS from one of them looks like the deck's own.
import type PptxGenJS from 'pptxgenjs';
import type { Meta } from '../../outline/types.ts';
import { CSS, bodyFrame, footerFrame, innerWidth, titleFrame, titleRuleY } from './canvas.ts';
import { textBodyXml, type Paragraph, type RunStyle } from './drawingml.ts';
import { LayoutDrawing, type Drawing } from './drawing.ts';
import { FACES } from './fonts.ts';
import { bodyStyles, runStyle, textParagraph, type Look } from './paragraphs.ts';
import type { Frame, TextBodies } from './text-bodies.ts';
import type { Paint } from './theme.ts';

/** Each layout's name, as the layout gallery of PowerPoint and WPS shows it. */
export const LAYOUT_NAMES = {
  title: '标题页',
  agenda: '提纲页',
  divider: '分隔页',
  content: '内容页',
  continuation: '续页',
  quote: '引文页',
  closing: '结束页',
} as const;

export type LayoutKind = keyof typeof LAYOUT_NAMES;

/** The layouts drawn on the full field (the theme's red or pale background), the rest on the page colour. */
const FIELD: ReadonlySet<LayoutKind> = new Set(['title', 'divider', 'closing']);

/** The prompts an empty placeholder shows while editing. */
const PROMPTS = { title: '单击此处编辑标题', body: '单击此处编辑要点' } as const;

/** The title of a content, quote or agenda slide. */
export function titleStyle(look: Look, sizePx: number = CSS.titleSize): RunStyle {
  return runStyle(FACES.title, sizePx, look.theme.heading, { bold: true, spacingPt: sizePx * 0.02 * 0.5 });
}

/** The title placeholder's text body: its runs sit on the rule, a second line grows upwards. */
export function titleBodyXml(paragraphs: Paragraph[]): string {
  return textBodyXml({ anchor: 'b' }, paragraphs);
}

/**
 * Defines the master's layouts on `pptx`; returns each layout's background (the full field is a gradient, which
 * pptxgenjs cannot write: the package step puts it in).
 */
export function defineLayouts(pptx: PptxGenJS, look: Look, meta: Meta, bodies: TextBodies): Map<string, Paint> {
  const backgrounds = new Map<string, Paint>();
  for (const kind of Object.keys(LAYOUT_NAMES) as LayoutKind[]) {
    const drawing = new LayoutDrawing(bodies);
    const field = FIELD.has(kind);
    if (kind !== 'title') drawFooter(drawing, look, kind === 'divider' ? { ...meta, event: undefined } : meta, field);
    if (!field) drawHeader(drawing, look);
    const title = titleStyle(look);
    if (kind === 'title' || kind === 'divider' || kind === 'closing') {
      const style = runStyle(FACES.title, CSS.partTitleSize, look.theme.fieldTitle, { bold: true });
      const area = { x: look.canvas.padX, y: look.canvas.height / 2 - 100, w: innerWidth(look.canvas), h: 200 };
      drawing.placeholder('title', 'title', area, textBodyXml({ anchor: 'ctr' }, [textParagraph(PROMPTS.title, style, { align: 'ctr' })]));
    } else {
      drawing.placeholder('title', 'title', titleFrame(look.canvas), titleBodyXml([textParagraph(PROMPTS.title, title)]));
    }
    if (kind === 'content' || kind === 'continuation') {
      const styles = bodyStyles(look);
      const prompt = { runs: [{ text: PROMPTS.body, style: styles.point }], style: styles.pointParagraph(false, 1, 1), end: styles.point };
      drawing.placeholder('body', 'body', bodyFrame(look.canvas), textBodyXml({}, [prompt]));
    }
    const name = LAYOUT_NAMES[kind];
    const paint: Paint = field ? look.theme.field : { kind: 'solid', colour: look.theme.page };
    backgrounds.set(name, paint);
    pptx.defineSlideMaster({ title: name, background: { color: look.theme.page.hex }, objects: drawing.objects });
  }
  return backgrounds;
}

/** The band across the top (if the theme has one) and the rule under the title: accent at its start, then pale. */
function drawHeader(drawing: Drawing, look: Look): void {
  const { theme, canvas } = look;
  if (theme.band) {
    const colour = theme.band.paint.kind === 'solid' ? theme.band.paint.colour : theme.band.paint.stops[Math.floor(theme.band.paint.stops.length / 2)]!.colour;
    drawing.rect({ x: 0, y: 0, w: canvas.width, h: theme.band.heightPx }, colour);
    if (theme.band.border) drawing.rect({ x: 0, y: theme.band.heightPx, w: canvas.width, h: theme.band.border.widthPx }, theme.band.border.colour);
  }
  const y = titleRuleY();
  drawing.rect({ x: canvas.padX, y, w: CSS.titleRuleAccent, h: CSS.titleRule }, theme.accent);
  drawing.rect({ x: canvas.padX + CSS.titleRuleAccent, y, w: innerWidth(canvas) - CSS.titleRuleAccent, h: CSS.titleRule }, theme.rule);
}

/** The footer's band and rule, and the event in its middle; the part and the page number are the slide's own. */
function drawFooter(drawing: Drawing, look: Look, meta: Meta, field: boolean): void {
  const { theme, canvas } = look;
  const band = footerFrame(canvas);
  if (!field) drawing.rect(band, theme.footer);
  else if (theme.fieldFooterBand) drawing.rect(band, theme.fieldFooterBand);
  drawing.rect({ ...band, h: CSS.footerRule }, field ? theme.fieldRule : theme.gold);
  if (meta.event) drawing.text(footerFrames(look).event, footerBodyXml(meta.event, footerStyle(look, field), 'ctr'));
}

/** Where the footer's three texts go: the part on the left, the event in the middle, the page on the right. */
export function footerFrames(look: Look): { part: Frame; event: Frame; page: Frame } {
  const { canvas } = look;
  const band = footerFrame(canvas);
  const inner = innerWidth(canvas);
  const y = band.y + CSS.footerRule;
  const h = band.h - CSS.footerRule;
  const side = inner * 0.36;
  return {
    part: { x: canvas.padX, y, w: side, h },
    event: { x: canvas.padX + side + 20, y, w: inner - 2 * side - 40, h },
    page: { x: canvas.padX + inner - side, y, w: side, h },
  };
}

const footerStyles = new WeakMap<Look, Record<'field' | 'page', RunStyle>>();

export function footerStyle(look: Look, field: boolean): RunStyle {
  let styles = footerStyles.get(look);
  if (!styles) {
    styles = { field: runStyle(FACES.text, CSS.footerSize, look.theme.fieldFooter), page: runStyle(FACES.text, CSS.footerSize, look.theme.footerText) };
    footerStyles.set(look, styles);
  }
  return field ? styles.field : styles.page;
}

export function footerBodyXml(text: string, style: RunStyle, align: 'l' | 'ctr' | 'r'): string {
  return textBodyXml({ anchor: 'ctr' }, [textParagraph(text, style, { align })]);
}

export function isField(kind: LayoutKind): boolean {
  return FIELD.has(kind);
}
