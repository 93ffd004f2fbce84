// Outline → the slides in the order the deck shows them: title, agenda, parts, closing.
import { piecesHtml, titlePieces } from '../outline/html.ts';
import { numberValue, readNumbering } from '../outline/numbering.ts';
import type { Aspect, Inline, Numbering, Outline, Page, SlideSource } from '../outline/types.ts';
import { LABELS, partNumber } from './labels.ts';
import { fitPage } from './fit.ts';
import { TIGHTEST_QUOTE_SIZE, agendaPages, quoteSize } from './layout.ts';
import { spokenSeconds } from './timing.ts';
import { cacheKey } from './cache-key.ts';
import type { DeckPlan, PartLabel, Slide } from './types.ts';

type Unnumbered<T> = T extends Slide ? Omit<T, 'number'> : never;

/** The slides each page of the last plan became, by everything they were made from, for planning the same outline
 *  again after a small change (the editor, at each keystroke): an unchanged page is not fitted again. */
export class PlanCache {
  private pages = new Map<string, Unnumbered<Slide>[]>();
  private used = new Map<string, Unnumbered<Slide>[]>();

  slides(key: string, make: () => Unnumbered<Slide>[]): Unnumbered<Slide>[] {
    const slides = this.used.get(key) ?? this.pages.get(key) ?? make();
    this.used.set(key, slides);
    return slides;
  }

  /** The plan is made: what it did not use is let go. */
  done(): void {
    this.pages = this.used;
    this.used = new Map();
  }
}

/**
 * A part's title without the number its writer gave it where the deck numbers the parts itself: `# 一、情况` as the
 * first part is 情况, which the agenda, the footer and the bookmarks show as 一、情况 (not 一、一、情况). Only a part
 * number (一、 or 1.) that is the part's own place is taken off; any other opening is the writer's title.
 */
function withoutOwnNumber(
  part: Pick<PartLabel, 'title' | 'titleHtml' | 'titleInlines'>,
  position: number,
  numbering: Numbering,
): Pick<PartLabel, 'title' | 'titleHtml' | 'titleInlines'> {
  const own = numbering === 'none' ? undefined : readNumbering(part.title);
  const [first, ...rest] = part.titleInlines;
  if (!own || (own.kind !== 'cn' && own.kind !== 'num') || numberValue(own.number) !== position) return part;
  const cut = part.title.length - own.rest.length;
  const text = first?.kind === 'text' ? first.text.trimStart() : '';
  if (first?.kind !== 'text' || text.length < cut) return part;
  const titleInlines: Inline[] = text.length > cut ? [{ ...first, text: text.slice(cut) }, ...rest] : rest;
  return { title: own.rest, titleHtml: piecesHtml(titlePieces(titleInlines)), titleInlines };
}

/** Makes the slide plan; `cache` (kept from the last plan of the same outline) gives the same plan sooner. */
export function planDeck(outline: Outline, cache?: PlanCache): DeckPlan {
  const { meta } = outline;
  const seconds = (text: string | undefined) => (text ? spokenSeconds(text, meta.pace) : 0);
  const parts: PartLabel[] = outline.parts.map((part, index) => ({
    index,
    number: partNumber(index + 1, meta.numbering),
    ...withoutOwnNumber(part, index + 1, meta.numbering),
  }));

  const slides: Unnumbered<Slide>[] = [{ kind: 'title', title: meta.title, line: 1, seconds: 0 }];

  if (meta.agenda && parts.length >= 2) {
    agendaPages(parts, meta.aspect, meta.keep).forEach((entries, i) =>
      slides.push({
        kind: 'agenda',
        title: LABELS.agenda,
        line: 1,
        seconds: 0,
        entries,
        ...(i > 0 ? { continued: true } : {}),
      }),
    );
  }

  const pushSlide = (source: SlideSource, part: PartLabel | undefined) => {
    // reveal.js's `data-visibility="hidden"`: a spare slide, kept in the outline and out of everything made from it
    // (the deck, the PDFs, the handout, the script and the timing), so that they all agree.
    if (isHidden(source)) return;
    source.pages.forEach((page, i) => {
      const make = () => slidesOfPage(source, page, i > 0, part, seconds, meta.aspect, meta.keep);
      // Everything slidesOfPage reads, as text: the same key makes the same slides.
      const key = () =>
        cacheKey([
          source.title,
          source.titleHtml,
          source.titleInlines,
          source.attributes,
          page,
          i > 0,
          part,
          meta.pace,
          meta.aspect,
          meta.keep,
        ]);
      slides.push(...(cache ? cache.slides(key(), make) : make()));
    });
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
    const notes = outline.closingNotes;
    slides.push({
      kind: 'closing',
      title: meta.closing,
      line: 1,
      ...(notes ? { notes } : {}),
      seconds: seconds(notes?.text),
      text: meta.closing,
    });
  }

  cache?.done();
  const numbered = slides.map((slide, i) => ({ ...slide, number: i + 1 }) as Slide);
  return {
    meta,
    slides: numbered,
    parts,
    seconds: numbered.reduce((sum, slide) => sum + slide.seconds, 0),
  };
}

/** The slides of one page as written: one, or more where the fit decision continues it (fit.ts). */
function slidesOfPage(
  source: SlideSource,
  page: Page,
  continued: boolean,
  part: PartLabel | undefined,
  seconds: (text: string | undefined) => number,
  aspect: Aspect,
  keep: readonly string[] | undefined,
): Unnumbered<Slide>[] {
  const common = (isContinued: boolean, line: number, withNotes: boolean) => ({
    title: isContinued ? `${source.title}${LABELS.continued}` : source.title,
    line,
    ...(part ? { part } : {}),
    ...(withNotes && page.notes ? { notes: page.notes } : {}),
    seconds: withNotes ? seconds(page.notes?.text) : 0,
    titleHtml: source.titleHtml,
    titleInlines: source.titleInlines,
    continued: isContinued,
    attributes: source.attributes,
  });
  const only = page.blocks.length === 1 ? page.blocks[0] : undefined;
  if (only?.kind === 'quote') {
    // A quote too long for a quote slide at the floor is a content slide's quote, which has more room; one too long
    // for that too stays on a quote slide, at its tightest size.
    const size = quoteSize(only.text, source.titleHtml, aspect);
    const tooLong = () =>
      fitPage(page.blocks, source.attributes, source.titleHtml, aspect, continued, keep)[0]!.fit === 'too-long';
    if (size !== undefined || tooLong()) {
      const typeSize = size ?? TIGHTEST_QUOTE_SIZE;
      return [{ kind: 'quote', quote: only, typeSize, ...common(continued, page.line, true) }];
    }
  }
  // The notes stay with the first of the slides: the speaker says them there.
  return fitPage(page.blocks, source.attributes, source.titleHtml, aspect, continued, keep).map((fitted, i) => ({
    kind: 'content',
    blocks: fitted.blocks,
    layout: fitted.layout,
    typeSize: fitted.typeSize,
    paperSize: fitted.paperSize,
    fit: fitted.fit,
    ...(i > 0 ? { continuedByPlan: true } : {}),
    ...common(fitted.continued, i === 0 ? page.line : (fitted.line ?? page.line), i === 0),
  }));
}

/** `## 标题 {data-visibility=hidden}` */
function isHidden(source: SlideSource): boolean {
  return source.attributes.data['data-visibility'] === 'hidden';
}
