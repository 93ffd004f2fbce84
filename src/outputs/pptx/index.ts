// The PowerPoint writer: a deck plan (and the pictures its slides show) → the bytes of an editable .pptx, written
// part by part from the outline's structure, not from pictures of the slides: every point a paragraph, titles in
// title placeholders, notes on the notes pages, one section per part.
import { LABELS, partHeading } from '../../deck/labels.ts';
import type { DeckPlan, Slide } from '../../deck/types.ts';
import { blocksOf, type RichBlock } from './rich-text.ts';
import { drawSlide, layoutOf } from './slides/index.ts';
import type { PageNumber } from './slides/context.ts';
import type { PptxTheme } from './theme.ts';
import { templateTheme } from './template/colours.ts';
import type { Template, TemplateLayoutKind } from './template/read.ts';
import { savePresentation, writePresentation, type PptxDocument, type PptxSlide, type SlideImage } from './write.ts';

export { readTheme, ThemeError, type PptxTheme } from './theme.ts';

export type { SlideImage } from './write.ts';

export interface PptxInput {
  plan: DeckPlan;
  theme: PptxTheme;
  /** The slides' images by their `src` in the outline's rendered HTML; any missing one is shown as its description. */
  images: ReadonlyMap<string, SlideImage>;
  /** When the file is made (its document properties); now when not given. */
  created?: Date;
  /** The organiser's template: the slides on its master and layouts, in its colours. */
  template?: Template | undefined;
}

export interface PptxOutput {
  bytes: Uint8Array;
  /** Images the slides show that were not given (SVG, WebP, web addresses): their description stands in. */
  imagesLeftOut: string[];
  /** The slides drawn on our own layout, by the template's layout it lacks. */
  fallbacks: Map<TemplateLayoutKind, number[]>;
}

export async function writePptx(input: PptxInput): Promise<PptxOutput> {
  const { document, fallbacks } = presentationOf(input);
  const bytes = await writePresentation(document);
  return { bytes, imagesLeftOut: imagesLeftOut(input), fallbacks };
}

/** `writePptx` to the file `target`, each slide's parts written as it is laid out (renamed into place once whole);
 *  `size` is the file's in bytes. */
export async function savePptx(
  input: PptxInput,
  target: string,
): Promise<Omit<PptxOutput, 'bytes'> & { size: number }> {
  const { document, fallbacks } = presentationOf(input);
  const size = await savePresentation(document, target);
  return { size, imagesLeftOut: imagesLeftOut(input), fallbacks };
}

function imagesLeftOut({ plan, images }: PptxInput): string[] {
  return imageSources(plan).filter((src) => !images.has(src));
}

/** The package's document for a talk: one piece, a section per part; `fallbacks` fills as its slides are drawn. */
function presentationOf({ plan, theme, images, template, created = new Date() }: PptxInput): {
  document: PptxDocument;
  fallbacks: Map<TemplateLayoutKind, number[]>;
} {
  const { meta } = plan;
  const fallbacks = new Map<TemplateLayoutKind, number[]>();
  const document: PptxDocument = {
    aspect: meta.aspect,
    properties: {
      title: meta.title,
      subject: meta.event ?? '',
      author: meta.speaker ?? '',
      company: meta.organization ?? '',
    },
    pieces: [
      {
        plan,
        theme: template ? templateTheme(theme, template) : theme,
        template,
        images,
        slides: plan.slides.map((slide) => planSlide(slide)),
      },
    ],
    sections: sections(plan).map((section) => ({
      title: section.title,
      slides: section.slides.map((slide) => slide.number - 1),
    })),
    created,
    onFallback: (kind, slide) => fallbacks.set(kind, [...(fallbacks.get(kind) ?? []), slide]),
  };
  return { document, fallbacks };
}

/** A slide of the plan as the package draws it: on its kind's layout, its page number in the footer as `pageNumber`
 *  says (a field in a talk's own file, where its page is its place in the file). */
export function planSlide(slide: Slide, pageNumber: PageNumber = 'field'): PptxSlide {
  return {
    layout: layoutOf(slide),
    template: templateLayoutOf(slide),
    notes: slide.notes,
    draw: (context) => drawSlide(pageNumber === 'field' ? context : { ...context, pageNumber }, slide),
  };
}

/** The template's layout a slide goes on where its kind says less: a picture beside the points on two contents, a
 *  picture filling the slide on a blank one. */
function templateLayoutOf(slide: Slide): TemplateLayoutKind | undefined {
  if (slide.kind !== 'content') return undefined;
  return slide.layout === 'media' ? 'twoObj' : slide.layout === 'background' ? 'blank' : undefined;
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
