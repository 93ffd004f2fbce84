// The PowerPoint writer: a deck plan (and the images its slides show) → the bytes of an editable .pptx, made with
// pptxgenjs from the outline's structure, not from pictures of the slides: every point a paragraph, titles in title
// placeholders, notes on the notes pages, one section per part.
import PptxGenJS from 'pptxgenjs';
import { LABELS, partHeading } from '../../deck/labels.ts';
import type { DeckPlan, Slide } from '../../deck/types.ts';
import { canvasFor } from './canvas.ts';
import { fillXml, listStyleXml, runPropertiesXml } from './drawingml.ts';
import { FACES, type Typeface } from './fonts.ts';
import { defineLayouts, titleStyle } from './layouts.ts';
import { finishPackage, pptxgenjsParts, turn } from './package.ts';
import { bodyStyles, runStyle, type Look } from './paragraphs.ts';
import { blocksOf, type RichBlock } from './rich-text.ts';
import { addSlide, type SlideImage } from './slides.ts';
import { TextBodies } from './text-bodies.ts';
import { trace } from '../../trace.ts';
import type { PptxTheme } from './theme.ts';

export { readTheme, ThemeError, type PptxTheme } from './theme.ts';
export type { SlideImage } from './slides.ts';

export interface PptxInput {
  plan: DeckPlan;
  theme: PptxTheme;
  /** The slides' images by their `src` in the outline's rendered HTML; any missing one is shown as its description. */
  images: ReadonlyMap<string, SlideImage>;
}

export interface PptxOutput {
  bytes: Uint8Array;
  /** Images the slides show that were not given (SVG, WebP, web addresses): their description stands in. */
  imagesLeftOut: string[];
}

export async function writePptx({ plan, theme, images }: PptxInput): Promise<PptxOutput> {
  const { meta } = plan;
  const canvas = canvasFor(meta.aspect);
  const look: Look = { theme, canvas };
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'speechdeck', width: canvas.width / 144, height: canvas.height / 144 });
  pptx.layout = 'speechdeck';
  pptx.title = meta.title;
  pptx.subject = meta.event ?? '';
  pptx.author = meta.speaker ?? '';
  pptx.company = meta.organization ?? '';
  pptx.rtlMode = false;

  const bodies = new TextBodies();
  const backgrounds = defineLayouts(pptx, look, meta, bodies);
  const context = { pptx, plan, look, bodies, images };
  for (const section of sections(plan)) {
    pptx.addSection({ title: section.title });
    for (const slide of section.slides) {
      addSlide(context, slide, section.title);
      if (slide.number % 16 === 0) await turn();
    }
  }

  trace('PowerPoint: slides laid out');
  const written = await pptxgenjsParts(() => pptx.write({ outputType: 'uint8array' }));
  trace('PowerPoint: pptxgenjs wrote its package');
  const slideImage = meta.aspect === '4:3' ? { x: 1371600, y: 1143000, cx: 4114800, cy: 3086100 } : { x: 685800, y: 1143000, cx: 5486400, cy: 3086100 };
  const bytes = await finishPackage(written, {
    bodies,
    colourScheme: colourScheme(theme),
    fontScheme: FONT_SCHEME,
    textStyles: textStyles(look),
    backgrounds: new Map([...[...backgrounds].map(([name, paint]) => [name, fillXml(paint)] as const), ['master', fillXml({ kind: 'solid', colour: theme.page })]]),
    notesSlideImage: slideImage,
    notesNumberRun: runPropertiesXml('a:rPr', runStyle(FACES.text, 24, theme.muted)),
  });
  trace('PowerPoint: package finished');
  return { bytes, imagesLeftOut: imageSources(plan).filter((src) => !images.has(src)) };
}

/** One section per part, so the slide sorter shows the parts; the slides before the first part and the closing
 *  slide in sections of their own. Names are kept unique, as PowerPoint finds a section by its name. */
export function sections(plan: DeckPlan): Array<{ title: string; slides: Slide[] }> {
  const list: Array<{ title: string; slides: Slide[] }> = [];
  const used = new Set<string>();
  const unique = (name: string) => {
    let title = name;
    for (let n = 2; used.has(title); n++) title = `${name}（${n}）`;
    used.add(title);
    return title;
  };
  let current: { key: string; title: string; slides: Slide[] } | undefined;
  for (const slide of plan.slides) {
    const key = slide.kind === 'closing' ? 'closing' : slide.part ? `part-${slide.part.index}` : 'opening';
    if (current?.key !== key) {
      const name = slide.kind === 'closing' ? LABELS.closingSection : slide.part ? partHeading(slide.part.number, slide.part.title, plan.meta.numbering) : LABELS.openingSection;
      current = { key, title: unique(name), slides: [] };
      list.push(current);
    }
    current.slides.push(slide);
  }
  return list.map(({ title, slides }) => ({ title, slides }));
}

/** Every image `src` the slides show, in order. */
export function imageSources(plan: DeckPlan): string[] {
  const sources: string[] = [];
  const visit = (blocks: RichBlock[]) => {
    for (const block of blocks) {
      if (block.kind === 'image') sources.push(block.src);
      if (block.kind === 'quote') visit(block.blocks);
    }
  };
  for (const slide of plan.slides) {
    const blocks = slide.kind === 'content' ? slide.blocks : slide.kind === 'divider' ? slide.intro : [];
    for (const block of blocks) if (block.kind === 'markdown') visit(blocksOf(block.html));
  }
  return [...new Set(sources)];
}

/** The theme's colours as the PowerPoint theme's scheme, so the colour pickers of PowerPoint and WPS offer them. */
const SCHEME: Array<[string, keyof Omit<PptxTheme, 'field' | 'band' | 'titleFrame' | 'fieldFooterBand'>]> = [
  ['dk1', 'text'],
  ['lt1', 'page'],
  ['dk2', 'heading'],
  ['lt2', 'pointBand'],
  ['accent1', 'accent'],
  ['accent2', 'gold'],
  ['accent3', 'muted'],
  ['accent4', 'heading'],
  ['accent5', 'rule'],
  ['accent6', 'footerText'],
  ['hlink', 'accent'],
  ['folHlink', 'muted'],
];

function colourScheme(theme: PptxTheme): string {
  const entries = SCHEME.map(([tag, colour]) => `<a:${tag}><a:srgbClr val="${theme[colour].hex}"/></a:${tag}>`);
  return `<a:clrScheme name="speechdeck">${entries.join('')}</a:clrScheme>`;
}

/** The theme's fonts, Latin and East Asian: text typed later in PowerPoint or WPS comes out in the Chinese face. */
const FONT_SCHEME = (() => {
  const face = (tag: string, typeface: Typeface) => `<a:${tag} typeface="${typeface.typeface}" pitchFamily="${typeface.pitchFamily}" charset="${typeface.charset}"/>`;
  const font = (major: boolean) => {
    const { latin, eastAsian } = major ? FACES.title : FACES.text;
    const tag = major ? 'majorFont' : 'minorFont';
    return `<a:${tag}>${face('latin', latin)}${face('ea', eastAsian)}<a:cs typeface=""/><a:font script="Hans" typeface="${eastAsian.typeface}"/></a:${tag}>`;
  };
  return `<a:fontScheme name="speechdeck">${font(true)}${font(false)}</a:fontScheme>`;
})();

/** The master's text styles: what a title, a point or a text box typed later in PowerPoint or WPS looks like. */
function textStyles(look: Look): string {
  const styles = bodyStyles(look);
  type Level = Parameters<typeof listStyleXml>[0][number];
  const nine = (first: Level, deeper: (depth: number) => Level): Level[] => [first, ...Array.from({ length: 8 }, (_, i) => deeper(i + 1))];
  const title: Level = { paragraph: { lineSpacing: 1.05 }, run: titleStyle(look) };
  const point: Level = { paragraph: styles.pointParagraph(false, 1, 1), run: styles.point };
  const sub = (depth: number): Level => ({ paragraph: { ...styles.subPointParagraph, marginPx: 104 + 40 * (depth - 1) }, run: styles.subPoint });
  const other: Level = { paragraph: {}, run: runStyle(FACES.text, 36, look.theme.text) };
  return (
    '<p:txStyles>' +
    `<p:titleStyle>${listStyleXml([title])}</p:titleStyle>` +
    `<p:bodyStyle>${listStyleXml(nine(point, sub))}</p:bodyStyle>` +
    `<p:otherStyle><a:defPPr><a:defRPr lang="zh-CN"/></a:defPPr>${listStyleXml(nine(other, () => other))}</p:otherStyle>` +
    '</p:txStyles>'
  );
}
