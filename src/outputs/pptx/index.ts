// The PowerPoint writer: a deck plan (and the pictures its slides show) → the bytes of an editable .pptx, written
// part by part from the outline's structure, not from pictures of the slides: every point a paragraph, titles in
// title placeholders, notes on the notes pages, one section per part.
import { LABELS, partHeading } from '../../deck/labels.ts';
import type { DeckPlan, Slide } from '../../deck/types.ts';
import { trace } from '../../trace.ts';
import { canvasFor } from './canvas.ts';
import { EMU_PER_PX, fillXml, listStyleXml, runPropertiesXml, textBodyXml } from './drawingml.ts';
import { FACES } from './fonts.ts';
import { layouts, titleStyle } from './layouts.ts';
import { NAMESPACES } from './package/namespaces.ts';
import { slideLayoutXml, slideMasterXml, notesMasterXml, notesSlideXml, MASTER_ID } from './package/masters.ts';
import { Media } from './package/media.ts';
import { CONTENT_TYPE, Package, Part, RELATIONSHIP } from './package/opc.ts';
import {
  PRESENTATION_PROPERTIES_XML,
  TABLE_STYLES_XML,
  VIEW_PROPERTIES_XML,
  presentationXml,
} from './package/presentation.ts';
import { appPropertiesXml, corePropertiesXml } from './package/properties.ts';
import { themeXml } from './package/theme.ts';
import { bodyStyles, notesParagraphs, runStyle, type Look } from './paragraphs.ts';
import { blocksOf, type RichBlock } from './rich-text.ts';
import { ShapeTree } from './shapes.ts';
import { drawSlide, layoutOf } from './slides/index.ts';
import type { PptxTheme } from './theme.ts';

export { readTheme, ThemeError, type PptxTheme } from './theme.ts';

/** A picture of the slides, read by the caller: its bytes, type and size in pixels. */
export interface SlideImage {
  /** `image/png`, `image/jpeg`, `image/gif`, `image/bmp`. */
  mime: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

export interface PptxInput {
  plan: DeckPlan;
  theme: PptxTheme;
  /** The slides' images by their `src` in the outline's rendered HTML; any missing one is shown as its description. */
  images: ReadonlyMap<string, SlideImage>;
  /** When the file is made (its document properties); now when not given. */
  created?: Date;
}

export interface PptxOutput {
  bytes: Uint8Array;
  /** Images the slides show that were not given (SVG, WebP, web addresses): their description stands in. */
  imagesLeftOut: string[];
}

/** Lets other work of the process run (in `deck`, the browser's messages while it prints): the PowerPoint is written
 *  in Node's one thread, in turns of a few milliseconds. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function writePptx({ plan, theme, images, created = new Date() }: PptxInput): Promise<PptxOutput> {
  const { meta } = plan;
  const canvas = canvasFor(meta.aspect);
  const look: Look = { theme, canvas };
  const pkg = new Package();
  try {
    return await writePackage(pkg, { plan, theme, images, created }, look);
  } finally {
    pkg.close();
  }
}

async function writePackage(
  pkg: Package,
  { plan, theme, images, created = new Date() }: PptxInput,
  look: Look,
): Promise<PptxOutput> {
  const { meta } = plan;
  const { canvas } = look;
  const media = new Media(pkg);

  const presentation = pkg.add(new Part('ppt/presentation.xml', CONTENT_TYPE.presentation));
  pkg.root.relate(RELATIONSHIP.officeDocument, presentation);
  const properties = {
    title: meta.title,
    subject: meta.event ?? '',
    author: meta.speaker ?? '',
    company: meta.organization ?? '',
    slides: plan.slides.length,
    format: `On-screen Show (${meta.aspect})`,
    created,
  };
  pkg.root.relate(
    RELATIONSHIP.coreProperties,
    pkg.add(new Part('docProps/core.xml', CONTENT_TYPE.coreProperties, corePropertiesXml(properties))),
  );
  pkg.root.relate(
    RELATIONSHIP.extendedProperties,
    pkg.add(new Part('docProps/app.xml', CONTENT_TYPE.extendedProperties, appPropertiesXml(properties))),
  );

  // The slide master and its layouts, one per slide kind.
  const master = pkg.add(new Part('ppt/slideMasters/slideMaster1.xml', CONTENT_TYPE.slideMaster));
  const masterId = presentation.relate(RELATIONSHIP.slideMaster, master);
  const slideTheme = pkg.add(new Part('ppt/theme/theme1.xml', CONTENT_TYPE.theme, themeXml(theme)));
  const layoutParts = new Map<string, Part>();
  const layoutIds: string[] = [];
  for (const layout of layouts(look)) {
    const part = pkg.add(
      new Part(
        `ppt/slideLayouts/slideLayout${layoutParts.size + 1}.xml`,
        CONTENT_TYPE.slideLayout,
        slideLayoutXml(layout.name, layout.backgroundXml, layout.shapeTreeXml),
      ),
    );
    part.relate(RELATIONSHIP.slideMaster, master);
    layoutIds.push(master.relate(RELATIONSHIP.slideLayout, part));
    layoutParts.set(layout.kind, part);
  }
  master.relate(RELATIONSHIP.theme, slideTheme);
  master.content = slideMasterXml(fillXml({ kind: 'solid', colour: theme.page }), layoutIds, textStyles(look));

  // The notes master, with a theme of its own (a copy of the slides'), as PowerPoint writes it.
  const notesNumberRun = runPropertiesXml('a:rPr', runStyle(FACES.text, 24, theme.muted));
  const notesText = runStyle(FACES.text, 24, theme.text);
  const notesMaster = pkg.add(
    new Part(
      'ppt/notesMasters/notesMaster1.xml',
      CONTENT_TYPE.notesMaster,
      notesMasterXml(notesSlideImage(meta.aspect), notesNumberRun, listStyleXml([{ paragraph: {}, run: notesText }])),
    ),
  );
  notesMaster.relate(
    RELATIONSHIP.theme,
    pkg.add(new Part('ppt/theme/theme2.xml', CONTENT_TYPE.theme, themeXml(theme))),
  );

  const slideIds: string[] = [];
  for (const slide of plan.slides) {
    const part = pkg.add(new Part(`ppt/slides/slide${slide.number}.xml`, CONTENT_TYPE.slide));
    part.relate(RELATIONSHIP.slideLayout, layoutParts.get(layoutOf(slide))!);
    const notes = pkg.add(new Part(`ppt/notesSlides/notesSlide${slide.number}.xml`, CONTENT_TYPE.notesSlide));
    part.relate(RELATIONSHIP.notesSlide, notes);
    notes.relate(RELATIONSHIP.notesMaster, notesMaster);
    notes.relate(RELATIONSHIP.slide, part);
    slideIds.push(presentation.relate(RELATIONSHIP.slide, part));

    const tree = new ShapeTree();
    const picture = (src: string) => {
      const image = images.get(src);
      if (!image) return undefined;
      return {
        rId: part.relate(RELATIONSHIP.image, media.part(image.bytes, image.mime)),
        width: image.width,
        height: image.height,
      };
    };
    drawSlide({ plan, look, tree, picture }, slide);
    part.content = slideXml(tree.xml());
    // Every slide has a notes page; one without notes gets an empty body in the notes' style, ready to be written in.
    const notesBody = textBodyXml(
      { insetsPx: [7, 14, 7, 14] },
      slide.notes ? notesParagraphs(slide.notes.blocks, theme) : [],
    );
    notes.content = notesSlideXml(notesBody, slide.number, notesNumberRun);
    // compressed on zlib's threads while the next slides are laid out
    pkg.write(part);
    pkg.write(notes);
    if (slide.number % 16 === 0) await turn();
  }
  trace('PowerPoint: slides laid out');

  const notesMasterId = presentation.relate(RELATIONSHIP.notesMaster, notesMaster);
  presentation.relate(RELATIONSHIP.theme, slideTheme);
  presentation.relate(
    RELATIONSHIP.presProps,
    pkg.add(new Part('ppt/presProps.xml', CONTENT_TYPE.presProps, PRESENTATION_PROPERTIES_XML)),
  );
  presentation.relate(
    RELATIONSHIP.viewProps,
    pkg.add(new Part('ppt/viewProps.xml', CONTENT_TYPE.viewProps, VIEW_PROPERTIES_XML)),
  );
  presentation.relate(
    RELATIONSHIP.tableStyles,
    pkg.add(new Part('ppt/tableStyles.xml', CONTENT_TYPE.tableStyles, TABLE_STYLES_XML)),
  );
  const size = { cx: Math.round(canvas.width * EMU_PER_PX), cy: Math.round(canvas.height * EMU_PER_PX) };
  const sectionList = sections(plan).map((section) => ({
    title: section.title,
    slides: section.slides.map((slide) => slide.number - 1),
  }));
  presentation.content = presentationXml(
    size,
    { master: { rId: masterId, id: MASTER_ID }, notesMaster: notesMasterId, slides: slideIds },
    sectionList,
  );

  const bytes = await pkg.bytes();
  trace('PowerPoint: package written');
  return { bytes, imagesLeftOut: imageSources(plan).filter((src) => !images.has(src)) };
}

/** The slide's part: its shape tree on its layout. */
function slideXml(shapeTree: string): string {
  return `<p:sld ${NAMESPACES}><p:cSld>${shapeTree}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`;
}

/** Where the slide's picture sits on a notes page (EMU), for the deck's aspect. */
function notesSlideImage(aspect: DeckPlan['meta']['aspect']) {
  return aspect === '4:3'
    ? { x: 1371600, y: 1143000, cx: 4114800, cy: 3086100 }
    : { x: 685800, y: 1143000, cx: 5486400, cy: 3086100 };
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
      const name =
        slide.kind === 'closing'
          ? LABELS.closingSection
          : slide.part
            ? partHeading(slide.part.number, slide.part.title, plan.meta.numbering)
            : LABELS.openingSection;
      current = { key, title: unique(name), slides: [] };
      list.push(current);
    }
    current.slides.push(slide);
  }
  return list.map(({ title, slides }) => ({ title, slides }));
}

/** Every image `src` the slides show, in order: the logo, then the pictures of the slides. */
export function imageSources(plan: DeckPlan): string[] {
  const sources: string[] = plan.meta.logo ? [plan.meta.logo] : [];
  const visit = (blocks: RichBlock[]) => {
    for (const block of blocks) {
      if (block.kind === 'image') sources.push(block.src);
      if (block.kind === 'quote') visit(block.blocks);
    }
  };
  for (const slide of plan.slides) {
    const blocks = slide.kind === 'content' ? slide.blocks : slide.kind === 'divider' ? slide.intro : [];
    for (const block of blocks) if (block.kind === 'markdown') visit(blocksOf(block.blocks));
  }
  return [...new Set(sources)];
}

/** The master's text styles: what a title, a point or a text box typed later in PowerPoint or WPS looks like. */
function textStyles(look: Look): string {
  const styles = bodyStyles(look);
  type Level = Parameters<typeof listStyleXml>[0][number];
  const nine = (first: Level, deeper: (depth: number) => Level): Level[] => [
    first,
    ...Array.from({ length: 8 }, (_, i) => deeper(i + 1)),
  ];
  const title: Level = { paragraph: { lineSpacing: 1.05 }, run: titleStyle(look) };
  const point: Level = { paragraph: styles.pointParagraph(false, 1, 1), run: styles.point };
  const sub = (depth: number): Level => ({
    paragraph: { ...styles.subPointParagraph, marginPx: 104 + 40 * (depth - 1) },
    run: styles.subPoint,
  });
  const other: Level = { paragraph: {}, run: runStyle(FACES.text, 36, look.theme.text) };
  return (
    '<p:txStyles>' +
    `<p:titleStyle>${listStyleXml([title])}</p:titleStyle>` +
    `<p:bodyStyle>${listStyleXml(nine(point, sub))}</p:bodyStyle>` +
    `<p:otherStyle><a:defPPr><a:defRPr lang="zh-CN"/></a:defPPr>${listStyleXml(nine(other, () => other))}</p:otherStyle>` +
    '</p:txStyles>'
  );
}
