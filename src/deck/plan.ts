// Outline → the slides in the order the deck shows them: title, agenda, parts, closing.
import type { Aspect, Outline, Page, SlideSource } from '../outline/types.ts';
import { LABELS, partNumber } from './labels.ts';
import { contentLayout, paperTypeSize, quoteSize, typeSize } from './layout.ts';
import { spokenSeconds } from './timing.ts';
import type { DeckPlan, PartLabel, Slide } from './types.ts';

type Unnumbered<T> = T extends Slide ? Omit<T, 'number'> : never;

export function planDeck(outline: Outline): DeckPlan {
  const { meta } = outline;
  const seconds = (text: string | undefined) => (text ? spokenSeconds(text, meta.pace) : 0);
  const parts: PartLabel[] = outline.parts.map((part, index) => ({
    index,
    number: partNumber(index + 1, meta.numbering),
    title: part.title,
    titleHtml: part.titleHtml,
  }));

  const slides: Unnumbered<Slide>[] = [{ kind: 'title', title: meta.title, line: 1, seconds: 0 }];

  if (meta.agenda && parts.length >= 2) {
    slides.push({ kind: 'agenda', title: LABELS.agenda, line: 1, seconds: 0, entries: parts });
  }

  const pushSlide = (source: SlideSource, part: PartLabel | undefined) => {
    source.pages.forEach((page, i) => slides.push(slideOfPage(source, page, i > 0, part, seconds, meta.aspect)));
  };

  for (const source of outline.opening) pushSlide(source, undefined);

  outline.parts.forEach((part, index) => {
    const label = parts[index]!;
    slides.push({
      kind: 'divider',
      title: part.title,
      line: part.line,
      part: label,
      intro: part.intro,
      ...(part.notes ? { notes: part.notes } : {}),
      seconds: seconds(part.notes?.text),
    });
    for (const source of part.slides) pushSlide(source, label);
  });

  if (meta.closing !== false) {
    slides.push({ kind: 'closing', title: meta.closing, line: 1, seconds: 0, text: meta.closing });
  }

  const numbered = slides.map((slide, i) => ({ ...slide, number: i + 1 }) as Slide);
  return {
    meta,
    slides: numbered,
    parts,
    seconds: numbered.reduce((sum, slide) => sum + slide.seconds, 0),
  };
}

function slideOfPage(
  source: SlideSource,
  page: Page,
  continued: boolean,
  part: PartLabel | undefined,
  seconds: (text: string | undefined) => number,
  aspect: Aspect,
): Unnumbered<Slide> {
  const common = {
    title: continued ? `${source.title}${LABELS.continued}` : source.title,
    line: page.line,
    ...(part ? { part } : {}),
    ...(page.notes ? { notes: page.notes } : {}),
    seconds: seconds(page.notes?.text),
    titleHtml: source.titleHtml,
    continued,
    attributes: source.attributes,
  };
  const only = page.blocks.length === 1 ? page.blocks[0] : undefined;
  if (only?.kind === 'quote') {
    return { kind: 'quote', quote: only, typeSize: quoteSize(only.text, source.titleHtml, aspect), ...common };
  }
  const layout = contentLayout(page.blocks, source.attributes);
  const size = typeSize(page.blocks, layout, source.titleHtml, aspect);
  const paperSize = paperTypeSize(page.blocks, layout, source.titleHtml, aspect, size);
  return { kind: 'content', blocks: page.blocks, layout, typeSize: size, paperSize, ...common };
}
