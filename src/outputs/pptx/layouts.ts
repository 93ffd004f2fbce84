// The slide master's layouts, one per slide kind, with the deck's chrome drawn on them (the band and title rule of
// content slides, the footer band with the event) and placeholders for what each slide fills in. A slide added in
// PowerPoint or WPS from one of them looks like the deck's own.
import { CSS, bodyFrame, footerFrame, innerWidth, titleFrame, titleRuleY } from './canvas.ts';
import { fillXml, textBodyXml, type Paragraph, type RunStyle } from './drawingml.ts';
import { FACES } from './fonts.ts';
import { bodyStyles, runStyle, textParagraph, type Look } from './paragraphs.ts';
import { CENTRED_TITLE_PH, ShapeTree } from './shapes.ts';

/** Each layout's name, as the layout gallery of PowerPoint and WPS shows it. */
const LAYOUT_NAMES = {
  title: '标题页',
  agenda: '提纲页',
  divider: '分隔页',
  content: '内容页',
  continuation: '续页',
  statement: '陈述页',
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
export function titleBodyXml(paragraphs: Paragraph[], anchor: 'b' | 'inherit' = 'b'): string {
  return textBodyXml({ anchor }, paragraphs);
}

/** A layout as the package writes it: its name, its background fill and its shape tree. */
export interface Layout {
  kind: LayoutKind;
  name: string;
  backgroundXml: string;
  shapeTreeXml: string;
}

/** The master's layouts, one per slide kind: the chrome drawn, placeholders with their prompts. */
export function layouts(look: Look): Layout[] {
  return (Object.keys(LAYOUT_NAMES) as LayoutKind[]).map((kind) => {
    const tree = new ShapeTree(kind === 'title' ? CENTRED_TITLE_PH : undefined);
    const field = FIELD.has(kind);
    if (kind !== 'title') drawFooter(tree, look, field);
    if (!field) drawHeader(tree, look, kind !== 'statement');
    if (field) {
      const style = runStyle(FACES.title, CSS.partTitleSize, look.theme.fieldTitle, { bold: true });
      const area = { x: look.canvas.padX, y: look.canvas.height / 2 - 100, w: innerWidth(look.canvas), h: 200 };
      tree.placeholder(
        'title',
        area,
        textBodyXml({ anchor: 'ctr' }, [textParagraph(PROMPTS.title, style, { align: 'ctr' })]),
      );
    } else if (kind === 'statement') {
      const style = { ...titleStyle(look, 84), spacingPt: 84 * 0.04 * 0.5 };
      const width = Math.min(1500, innerWidth(look.canvas));
      const area = { x: (look.canvas.width - width) / 2, y: look.canvas.height / 2 - 120, w: width, h: 160 };
      tree.placeholder(
        'title',
        area,
        textBodyXml({ anchor: 'ctr' }, [textParagraph(PROMPTS.title, style, { align: 'ctr' })]),
      );
    } else {
      tree.placeholder(
        'title',
        titleFrame(look.canvas),
        titleBodyXml([textParagraph(PROMPTS.title, titleStyle(look))]),
      );
    }
    if (kind === 'content' || kind === 'continuation') {
      const styles = bodyStyles(look);
      const prompt = {
        runs: [{ text: PROMPTS.body, style: styles.point }],
        style: styles.pointParagraph(false, 1, 1),
        end: styles.point,
      };
      tree.placeholder('body', bodyFrame(look.canvas), textBodyXml({}, [prompt]));
    }
    const paint = field ? look.theme.field : { kind: 'solid' as const, colour: look.theme.page };
    return { kind, name: LAYOUT_NAMES[kind], backgroundXml: fillXml(paint), shapeTreeXml: tree.xml() };
  });
}

/** The band across the top (if the theme has one) and the rule under the title: accent at its start, then pale (a
 *  statement's title stands in the middle, between rules of its own). */
function drawHeader(drawing: ShapeTree, look: Look, titleRule: boolean): void {
  const { theme, canvas } = look;
  if (theme.band) {
    const colour =
      theme.band.paint.kind === 'solid'
        ? theme.band.paint.colour
        : theme.band.paint.stops[Math.floor(theme.band.paint.stops.length / 2)]!.colour;
    drawing.rect({ x: 0, y: 0, w: canvas.width, h: theme.band.heightPx }, colour);
    if (theme.band.border)
      drawing.rect(
        { x: 0, y: theme.band.heightPx, w: canvas.width, h: theme.band.border.widthPx },
        theme.band.border.colour,
      );
  }
  if (!titleRule) return;
  const y = titleRuleY();
  drawing.rect({ x: canvas.padX, y, w: CSS.titleRuleAccent, h: CSS.titleRule }, theme.accent);
  drawing.rect(
    { x: canvas.padX + CSS.titleRuleAccent, y, w: innerWidth(canvas) - CSS.titleRuleAccent, h: CSS.titleRule },
    theme.rule,
  );
}

/** The footer's band and its rule; the texts in it (part, event, page) are each slide's own. */
function drawFooter(drawing: ShapeTree, look: Look, field: boolean): void {
  const { theme, canvas } = look;
  const band = footerFrame(canvas);
  if (!field) drawing.rect(band, theme.footer);
  else if (theme.fieldFooterBand) drawing.rect(band, theme.fieldFooterBand);
  drawing.rect({ ...band, h: CSS.footerRule }, field ? theme.fieldRule : theme.gold);
}

const footerStyles = new WeakMap<Look, Record<'field' | 'page', RunStyle>>();

export function footerStyle(look: Look, field: boolean): RunStyle {
  let styles = footerStyles.get(look);
  if (!styles) {
    styles = {
      field: runStyle(FACES.text, CSS.footerSize, look.theme.fieldFooter),
      page: runStyle(FACES.text, CSS.footerSize, look.theme.footerText),
    };
    footerStyles.set(look, styles);
  }
  return field ? styles.field : styles.page;
}

export function isField(kind: LayoutKind): boolean {
  return FIELD.has(kind);
}
