// The package under every PowerPoint speechdeck writes: runs of slides ("pieces"), each drawn in its own theme on a
// slide master of that theme (the master, its layouts and its theme part written once per theme), the notes pages,
// the sections. A talk's PowerPoint is one piece; the meeting's is its own slides and every talk, one after another.
import type { DeckPlan } from '../../deck/types.ts';
import type { Aspect, Notes } from '../../outline/types.ts';
import { trace } from '../../trace.ts';
import { canvasFor } from './canvas.ts';
import { EMU_PER_PX, fillXml, listStyleXml, runPropertiesXml, textBodyXml } from './drawingml.ts';
import { FACES } from './fonts.ts';
import { layouts, titleStyle, type LayoutKind } from './layouts.ts';
import { NAMESPACES } from './package/namespaces.ts';
import { MASTER_ID, notesMasterXml, notesSlideXml, slideLayoutXml, slideMasterXml } from './package/masters.ts';
import { Media } from './package/media.ts';
import { CONTENT_TYPE, Package, Part, RELATIONSHIP } from './package/opc.ts';
import {
  PRESENTATION_PROPERTIES_XML,
  TABLE_STYLES_XML,
  VIEW_PROPERTIES_XML,
  presentationXml,
  type Section,
} from './package/presentation.ts';
import { appPropertiesXml, corePropertiesXml } from './package/properties.ts';
import { themeXml } from './package/theme.ts';
import { bodyStyles, notesParagraphs, runStyle, type Look } from './paragraphs.ts';
import { CENTRED_TITLE_PH, ShapeTree } from './shapes.ts';
import type { SlideContext } from './slides/index.ts';
import type { PptxTheme } from './theme.ts';
import { addTemplate, type LayoutFrames, type TemplateMaster } from './template/copy.ts';
import type { Template, TemplateLayoutKind } from './template/read.ts';

/** A picture of the slides, read by the caller: its bytes, type and size in pixels. */
export interface SlideImage {
  /** `image/png`, `image/jpeg`, `image/gif`, `image/bmp`. */
  mime: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** One slide to draw: on which layout, how (given its number in the whole file), and its notes page's text. */
export interface PptxSlide {
  layout: LayoutKind;
  /** The template's layout it goes on, where not the one its kind goes on. */
  template?: TemplateLayoutKind | undefined;
  draw(context: SlideContext, number: number): void;
  notes?: Notes | undefined;
}

/** A run of slides drawn in one theme: a talk, or the meeting's own slides. */
export interface PptxPiece {
  /** The talk's plan (its meta is what the slides name: title, speaker, event, numbering). */
  plan: DeckPlan;
  /** Pieces with the same theme object share one slide master. */
  theme: PptxTheme;
  /** The organiser's template: the slides go on its master and layouts (pieces with the same one share them). */
  template?: Template | undefined;
  /** The slides' images by their `src` in the plan's rendered HTML. */
  images: ReadonlyMap<string, SlideImage>;
  slides: PptxSlide[];
}

export interface PptxDocument {
  /** One slide size for the whole file. */
  aspect: Aspect;
  properties: { title: string; subject: string; author: string; company: string };
  pieces: PptxPiece[];
  /** The slide sorter's sections, by the 0-based index of their slides in the whole file. */
  sections: Section[];
  created: Date;
  /** Told of each slide drawn on our own layout for want of the template's layout of its kind. */
  onFallback?: (kind: TemplateLayoutKind, slide: number) => void;
}

/** Lets other work of the process run (in `deck`, the browser's messages while it prints): the PowerPoint is written
 *  in Node's one thread, in turns of a few milliseconds. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The PowerPoint's bytes, made in memory. */
export async function writePresentation(document: PptxDocument): Promise<Uint8Array> {
  const pkg = new Package();
  await writePackage(pkg, document);
  const bytes = pkg.bytes();
  trace('PowerPoint: package written');
  return bytes;
}

/** The PowerPoint written to `target`, each slide's parts as it is laid out (Node holds none of the file: at 3,000
 *  slides it held the deck's parts, 11 MB compressed, and their zip joined in memory, at its peak); renamed into
 *  place once whole. Returns its size in bytes. */
export async function savePresentation(document: PptxDocument, target: string): Promise<number> {
  const pkg = Package.toFile(target);
  try {
    await writePackage(pkg, document);
  } catch (error) {
    await pkg.close();
    throw error;
  }
  const bytes = await pkg.save();
  trace('PowerPoint: package written');
  return bytes;
}

/** A slide master of one theme: its part, its id, its layouts by slide kind, and the look its slides are drawn in. */
interface Master {
  part: Part;
  id: number;
  layouts: Map<LayoutKind, Part>;
  look: Look;
}

/** The template's layout each of our slide kinds is drawn on (a slide may name another: a picture beside its points
 *  on two contents). */
const TEMPLATE_KINDS: Record<LayoutKind, TemplateLayoutKind> = {
  title: 'title',
  closing: 'title',
  divider: 'secHead',
  agenda: 'obj',
  content: 'obj',
  continuation: 'obj',
  statement: 'titleOnly',
  quote: 'titleOnly',
};

/** Lays out every slide into `pkg`, writing each slide's parts as it goes, then the parts that name them all. */
async function writePackage(pkg: Package, document: PptxDocument): Promise<void> {
  const canvas = canvasFor(document.aspect);
  const media = new Media(pkg);
  const slideCount = document.pieces.reduce((sum, piece) => sum + piece.slides.length, 0);

  const presentation = pkg.add(new Part('ppt/presentation.xml', CONTENT_TYPE.presentation));
  pkg.root.relate(RELATIONSHIP.officeDocument, presentation);
  const properties = {
    ...document.properties,
    slides: slideCount,
    format: `On-screen Show (${document.aspect})`,
    created: document.created,
  };
  pkg.root.relate(
    RELATIONSHIP.coreProperties,
    pkg.add(new Part('docProps/core.xml', CONTENT_TYPE.coreProperties, corePropertiesXml(properties))),
  );
  pkg.root.relate(
    RELATIONSHIP.extendedProperties,
    pkg.add(new Part('docProps/app.xml', CONTENT_TYPE.extendedProperties, appPropertiesXml(properties))),
  );

  // A slide master per theme, its layouts one per slide kind, made when a slide first needs it; a template's master
  // with its own layouts and theme, and ours beside it for the slides it has no layout for.
  const masters = new Map<PptxTheme, Master>();
  const templateMasters = new Map<Template, TemplateMaster>();
  const masterIds: Array<{ rId: string; id: number }> = [];
  let themes = 0;
  let firstTheme: Part | undefined;
  let layoutCount = 0;
  let nextId = MASTER_ID;
  let masterCount = 0;
  const size = { cx: Math.round(canvas.width * EMU_PER_PX), cy: Math.round(canvas.height * EMU_PER_PX) };
  const ourMaster = (theme: PptxTheme): Master => {
    const known = masters.get(theme);
    if (known) return known;
    const look: Look = { theme, canvas };
    const part = pkg.add(new Part(`ppt/slideMasters/slideMaster${++masterCount}.xml`, CONTENT_TYPE.slideMaster));
    const slideTheme = pkg.add(new Part(`ppt/theme/theme${++themes}.xml`, CONTENT_TYPE.theme, themeXml(theme)));
    firstTheme ??= slideTheme;
    const layoutParts = new Map<LayoutKind, Part>();
    const layoutIds: string[] = [];
    for (const layout of layouts(look)) {
      const layoutPart = pkg.add(
        new Part(
          `ppt/slideLayouts/slideLayout${++layoutCount}.xml`,
          CONTENT_TYPE.slideLayout,
          slideLayoutXml(layout.name, layout.backgroundXml, layout.shapeTreeXml),
        ),
      );
      layoutPart.relate(RELATIONSHIP.slideMaster, part);
      layoutIds.push(part.relate(RELATIONSHIP.slideLayout, layoutPart));
      layoutParts.set(layout.kind, layoutPart);
    }
    part.relate(RELATIONSHIP.theme, slideTheme);
    part.content = slideMasterXml(fillXml({ kind: 'solid', colour: theme.page }), layoutIds, textStyles(look), nextId);
    const master = { part, id: nextId, layouts: layoutParts, look };
    nextId += 1 + layoutIds.length;
    masters.set(theme, master);
    masterIds.push({ rId: presentation.relate(RELATIONSHIP.slideMaster, part), id: master.id });
    return master;
  };
  const templateMaster = (template: Template): TemplateMaster => {
    const known = templateMasters.get(template);
    if (known) return known;
    const master = addTemplate(pkg, template, size, {
      master: ++masterCount,
      id: nextId,
      layout: () => ++layoutCount,
      theme: () => ++themes,
    });
    firstTheme ??= master.theme;
    masterIds.push({ rId: presentation.relate(RELATIONSHIP.slideMaster, master.master), id: nextId });
    nextId += 1 + master.layoutCount;
    templateMasters.set(template, master);
    return master;
  };
  /** The layout a slide is drawn on: the template's of its kind, else ours (named to the caller). */
  const layoutFor = (
    piece: PptxPiece,
    slide: PptxSlide,
    number: number,
  ): { part: Part; frames?: LayoutFrames; titlePh?: string | undefined } => {
    if (piece.template) {
      const kind = slide.template ?? TEMPLATE_KINDS[slide.layout];
      const found = templateMaster(piece.template).layouts.get(kind);
      if (found) return { ...found, titlePh: found.frames.ph.title };
      document.onFallback?.(kind, number);
    }
    return {
      part: ourMaster(piece.theme).layouts.get(slide.layout)!,
      ...(slide.layout === 'title' ? { titlePh: CENTRED_TITLE_PH } : {}),
    };
  };

  // The notes master, with a theme of its own (a copy of the first piece's), as PowerPoint writes it.
  const notesTheme = document.pieces[0]!.theme;
  const notesNumberRun = runPropertiesXml('a:rPr', runStyle(FACES.text, 24, notesTheme.muted));
  const notesText = runStyle(FACES.text, 24, notesTheme.text);
  const notesMaster = pkg.add(
    new Part(
      'ppt/notesMasters/notesMaster1.xml',
      CONTENT_TYPE.notesMaster,
      notesMasterXml(
        notesSlideImage(document.aspect),
        notesNumberRun,
        listStyleXml([{ paragraph: {}, run: notesText }]),
      ),
    ),
  );
  notesMaster.relate(
    RELATIONSHIP.theme,
    pkg.add(new Part(`ppt/theme/theme${++themes}.xml`, CONTENT_TYPE.theme, themeXml(notesTheme))),
  );

  const slideIds: string[] = [];
  let number = 0;
  for (const piece of document.pieces) {
    const look: Look = { theme: piece.theme, canvas };
    for (const slide of piece.slides) {
      number++;
      const part = pkg.add(new Part(`ppt/slides/slide${number}.xml`, CONTENT_TYPE.slide));
      const layout = layoutFor(piece, slide, number);
      part.relate(RELATIONSHIP.slideLayout, layout.part);
      const notes = pkg.add(new Part(`ppt/notesSlides/notesSlide${number}.xml`, CONTENT_TYPE.notesSlide));
      part.relate(RELATIONSHIP.notesSlide, notes);
      notes.relate(RELATIONSHIP.notesMaster, notesMaster);
      notes.relate(RELATIONSHIP.slide, part);
      slideIds.push(presentation.relate(RELATIONSHIP.slide, part));

      // (a title placeholder names the layout's: `ctrTitle` on a title slide's)
      const tree = new ShapeTree(layout.titlePh);
      const picture = (src: string) => {
        const image = piece.images.get(src);
        if (!image) return undefined;
        return {
          rId: part.relate(RELATIONSHIP.image, media.part(image.bytes, image.mime)),
          width: image.width,
          height: image.height,
        };
      };
      slide.draw(
        { plan: piece.plan, look, tree, picture, ...(layout.frames ? { frames: layout.frames } : {}) },
        number,
      );
      part.content = slideXml(tree.xml());
      // Every slide has a notes page; one without notes gets an empty body in the notes' style, ready to be written in.
      const notesBody = textBodyXml(
        { insetsPx: [7, 14, 7, 14] },
        slide.notes ? notesParagraphs(slide.notes.blocks, piece.theme) : [],
      );
      notes.content = notesSlideXml(notesBody, number, notesNumberRun);
      // compressed and handed on now: nothing of a slide is held once it is laid out
      pkg.write(part);
      pkg.write(notes);
      if (number % 16 === 0) await turn();
    }
  }
  trace('PowerPoint: slides laid out');

  const notesMasterId = presentation.relate(RELATIONSHIP.notesMaster, notesMaster);
  presentation.relate(RELATIONSHIP.theme, firstTheme!);
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
  presentation.content = presentationXml(
    size,
    { masters: masterIds, notesMaster: notesMasterId, slides: slideIds },
    document.sections,
  );
}

/** The slide's part: its shape tree on its layout. */
function slideXml(shapeTree: string): string {
  return `<p:sld ${NAMESPACES}><p:cSld>${shapeTree}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`;
}

/** Where the slide's picture sits on a notes page (EMU), for the deck's aspect. */
function notesSlideImage(aspect: Aspect) {
  return aspect === '4:3'
    ? { x: 1371600, y: 1143000, cx: 4114800, cy: 3086100 }
    : { x: 685800, y: 1143000, cx: 5486400, cy: 3086100 };
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
