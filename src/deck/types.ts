// The slide plan: every slide the deck shows, in order, as a discriminated union on `kind`.
import type { Block, Inline, Meta, Notes, SlideAttributes } from '../outline/types.ts';
import type { FitDecision } from './fit.ts';
import type { ContentLayout } from './layout.ts';

/** The part a slide belongs to, as the footer and the agenda name it. */
export interface PartLabel {
  /** 0-based index among the outline's parts. */
  index: number;
  /** "一", "01" or "" depending on `numbering`. */
  number: string;
  title: string;
  titleHtml: string;
  /** What `titleHtml` is rendered from. */
  titleInlines: Inline[];
}

interface SlideCommon {
  /** 1-based page number in the deck. */
  number: number;
  /** Plain-text title for bookmarks, script markers and reports. */
  title: string;
  /** Source line the slide comes from (1 for generated slides: the front matter). */
  line: number;
  part?: PartLabel;
  notes?: Notes;
  /** Estimated speaking time from the notes and `pace`. */
  seconds: number;
}

export interface TitleSlide extends SlideCommon {
  kind: 'title';
}

export interface AgendaSlide extends SlideCommon {
  kind: 'agenda';
  entries: PartLabel[];
  /** A second (third…) agenda slide: its title carries （续）. */
  continued?: boolean;
}

export interface DividerSlide extends SlideCommon {
  kind: 'divider';
  part: PartLabel;
  intro: Block[];
}

export interface ContentSlide extends SlideCommon {
  kind: 'content';
  titleHtml: string;
  titleInlines: Inline[];
  blocks: Block[];
  /** A `---` continuation: its title is shown with "（续）". */
  continued: boolean;
  attributes: SlideAttributes;
  /** How the blocks use the stage (see layout.ts). */
  layout: ContentLayout;
  /** The body's type size in px at the slide's size: larger for few short points. */
  typeSize: number;
  /** The larger size it has room for on paper (the handout at six a page). */
  paperSize: number;
  /** How it came to fit (fit.ts): as written, set smaller, continued from or onto another slide, or not at all. */
  fit: FitDecision;
  /** A （续） slide the fit decision made (not a `---` the writer wrote). */
  continuedByPlan?: boolean;
}

export interface QuoteSlide extends SlideCommon {
  kind: 'quote';
  titleHtml: string;
  titleInlines: Inline[];
  quote: Extract<Block, { kind: 'quote' }>;
  continued: boolean;
  attributes: SlideAttributes;
  /** The quote's type size in px: large for a short quote. */
  typeSize: number;
}

export interface ClosingSlide extends SlideCommon {
  kind: 'closing';
  text: string;
}

export type Slide = TitleSlide | AgendaSlide | DividerSlide | ContentSlide | QuoteSlide | ClosingSlide;

/** A planned deck: the outline's meta and its slides. */
export interface DeckPlan {
  meta: Meta;
  slides: Slide[];
  parts: PartLabel[];
  /** Sum of the slides' estimated seconds. */
  seconds: number;
  /** Set when the speaker's rehearsals gave the pace and times (rehearsal.ts); `meta.pace` is then the measured one. */
  rehearsed?: RehearsedPace;
}

/** What the rehearsals say about a plan: the pace used and how many rehearsals it comes from. */
export interface RehearsedPace {
  pace: number;
  rehearsals: number;
  /** Slides whose time is their measured time (their notes unchanged since). */
  measuredSlides: number;
}
