// The data an outline file parses into: the contract shared by deck, import, build, export and check.

/** A 1-based line and column in the outline file. */
export interface Position {
  line: number;
  column: number;
}

export type Numbering = 'chinese' | 'arabic' | 'none';
export type Aspect = '16:9' | '4:3';

/** The validated front matter, with defaults filled in. */
export interface Meta {
  /** On one line; see `titleLines` for the lines the writer broke it into. */
  title: string;
  /** `title: |` written on two lines or more: the title slide shows these lines. */
  titleLines?: string[];
  subtitle?: string;
  speaker?: string;
  organization?: string;
  event?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** Minutes the talk may take. */
  duration?: number;
  /** The base name of every output (`X/`, `X.pdf`, `X-讲义.pdf`…), made safe on Windows; the outline's file name
   *  when not set. */
  fileName?: string;
  /** Spoken Chinese characters per minute (default 220). */
  pace: number;
  /** A file name in themes/ without `.css` (default `red`). */
  theme: string;
  aspect: Aspect;
  agenda: boolean;
  numbering: Numbering;
  fragments: boolean;
  /** Text of the closing slide, or false for none. */
  closing: string | false;
  /** Raw HTML in the body is rendered only when true. */
  html: boolean;
  /** An image inside the project (an emblem), top centre of the title slide: written relative to the outline;
   *  after parsing, the address the caller gave it (as body images get theirs). */
  logo?: string;
  /** The organiser's PowerPoint template (.pptx or .potx), written relative to the outline: the PowerPoint is written
   *  on its master and layouts, and the deck and the PDFs take its colours (and its emblem, without a `logo`). */
  template?: string;
  /** The colours the template gives (`--sd-accent` → `#1f6fd1`), laid over the theme's in the deck and on paper; set
   *  by the loader, never written in the outline. */
  colours?: Readonly<Record<string, string>>;
  /** `logo` is the template's emblem (the outline named none): the PowerPoint leaves it to the template's master,
   *  which shows it already. Set by the loader, never written in the outline. */
  logoFromTemplate?: boolean;
  /** The logo also small at the top left of every content, quote and agenda slide (as official slides carry it). */
  logoOnEverySlide?: boolean;
  /** The words before the speaker's name on the title and closing slides, e.g. `交流人：`. */
  speakerLabel?: string;
  /** reveal.js's arrow controls and progress bar on screen (keys, clicker and touch work either way). */
  controls: boolean;
  /** Set phrases of the talk's own that no line breaks inside, besides deck/set-phrases.ts's (`|`: an inner boundary). */
  keep?: string[];
  /** The deck may load http(s) addresses when shown; off, every file it shows is inside it (it works offline). */
  online: boolean;
}

/** Inline content as written, the one representation every output reads (the deck's HTML is rendered from it):
 *  `line` is the outline file's line the piece starts on. */
export type Inline =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'code'; text: string; attributes?: Attributes; line: number }
  /** `hard`: a line break the writer asked for (`<br>`, two spaces, `\`); otherwise a line break of the source. */
  | { kind: 'break'; hard: boolean; line: number }
  | { kind: 'strong' | 'em' | 'strike'; children: Inline[]; attributes?: Attributes; line: number }
  | { kind: 'link'; href: string; title?: string; children: Inline[]; attributes?: Attributes; line: number }
  /** `src` is the address the caller gave the picture (see ParseOptions.imageUrl). */
  | { kind: 'image'; src: string; alt: Inline[]; title?: string; attributes?: Attributes; line: number }
  /** Raw HTML (only with `html: true`), kept as written: opaque to every later stage. */
  | { kind: 'html'; html: string; line: number };

/** Classes and data-* attributes a heading's `{.class}` put on a piece of it, in the order they are written. */
export type Attributes = Array<[string, string]>;

/** A table cell's content and alignment. */
export interface TableCell {
  inlines: Inline[];
  align?: 'left' | 'center' | 'right';
}

/** Block content as written: paragraphs, headings below the slide's, lists, quotes, code, tables, rules, raw HTML. */
export type RichBlock =
  | { kind: 'paragraph'; inlines: Inline[]; line: number }
  | { kind: 'heading'; level: number; inlines: Inline[]; attributes?: Attributes; line: number }
  /** `tight`: no blank lines between items, so their paragraphs show without a paragraph's margins. */
  | { kind: 'list'; ordered: boolean; start?: number; tight: boolean; items: ListItem[]; line: number }
  | { kind: 'quote'; blocks: RichBlock[]; line: number }
  /** A fenced (with its `language`) or indented code block. */
  | { kind: 'code'; text: string; language?: string; fenced: boolean; line: number }
  | { kind: 'table'; head: TableCell[]; rows: TableCell[][]; line: number }
  | { kind: 'rule'; line: number }
  /** Raw HTML (only with `html: true`), kept as written. */
  | { kind: 'html'; html: string; line: number };

export interface ListItem {
  blocks: RichBlock[];
  line: number;
}

/** A bullet point: `text` is its words as plain text. */
export interface Point extends Position {
  text: string;
  /** What it shows: its paragraphs (shown as lines of the point), other blocks, and the lines of sub-points folded
   *  into it below the second level. */
  blocks: RichBlock[];
  /** One nested level at most. */
  points: Point[];
  /** Who said it: the item's last line `——某某` (as a quote's), shown under the point's words. */
  attribution?: string;
  /** Set by the slide plan on the rest of a point cut over two slides: the same point read on, so shown without its
   *  number or bullet. */
  continues?: true;
}

/** What a slide shows, block by block, in source order. */
export type Block =
  /** `start`: the number of the first point, where the slide plan continued a numbered list on another slide. */
  | (Position & { kind: 'points'; ordered: boolean; points: Point[]; start?: number })
  /** A `>` quote: `blocks` is its content without the quote around it; a last line `—— 作者` gives `attribution`. */
  | (Position & { kind: 'quote'; text: string; blocks: RichBlock[]; attribution?: string })
  /** Anything else Markdown: paragraphs, images, tables, code. */
  | (Position & { kind: 'markdown'; text: string; blocks: RichBlock[] });

/** What the speaker says: from `::: notes` … `:::` or `Note:` to the end of the slide. */
export interface Notes extends Position {
  /** Plain text, paragraphs separated by blank lines: what timing counts. */
  text: string;
  /** What the notes show. */
  blocks: RichBlock[];
}

/** One page of a slide: the first, or one after a `---` continuation. */
export interface Page extends Position {
  blocks: Block[];
  notes?: Notes | undefined;
}

/** Classes and data-* attributes from `## Title {.class data-x="y"}`. */
export interface SlideAttributes {
  classes: string[];
  data: Record<string, string>;
}

/** A `##` slide as written, before planning. */
export interface SlideSource extends Position {
  title: string;
  titleHtml: string;
  /** What `titleHtml` is rendered from. */
  titleInlines: Inline[];
  /** Last line of the slide in the file (inclusive). */
  endLine: number;
  attributes: SlideAttributes;
  /** pages[0] is the slide itself; the rest are its `---` continuations ("（续）"). */
  pages: Page[];
}

/** A `#` part: a divider slide, an agenda entry, the footer name of its slides. */
export interface Part extends Position {
  title: string;
  titleHtml: string;
  /** What `titleHtml` is rendered from. */
  titleInlines: Inline[];
  endLine: number;
  /** Text under the `#` before its first `##`: shown on the divider. */
  intro: Block[];
  /** Notes written under the `#` (the divider's notes). */
  notes?: Notes | undefined;
  slides: SlideSource[];
  /** Classes and data-* attributes from `# Title {.class data-x="y"}`, for the divider slide. */
  attributes?: SlideAttributes;
}

export interface Outline {
  /** The file name used in messages (as given by the caller). */
  file: string;
  meta: Meta;
  /** Where each front matter key is written, for findings about a setting (`duration`, `theme`). */
  keys: Partial<Record<keyof Meta, Position>>;
  /** `##` slides before the first `#`. */
  opening: SlideSource[];
  parts: Part[];
  /** What the speaker says on the closing slide: the `::: notes closing` blocks, wherever they stand. */
  closingNotes?: Notes;
  /** Every file the body makes the deck load (images, and files named by slide attributes and raw HTML), as written
   *  (`src` is the path, percent-decoded), in file order. */
  images: ImageRef[];
}

/** One problem found in an outline, with where it is and, when there is one, how to fix it. A problem of the
 *  file as a whole (it cannot be opened, it is empty) has no position. */
export interface Problem extends Partial<Position> {
  message: string;
  hint?: string;
}

/** What loads a file, which decides what it may be: a picture, a video or sound, a page (which can run scripts). */
export type Loads = 'image' | 'video' | 'audio' | 'page' | 'stylesheet' | 'script' | 'other';

/** A file the deck loads, as the outline names it. */
export interface ImageRef extends Position {
  /** The file's path as written: percent-decoded, `/` between folders, relative to the outline (or absolute). */
  src: string;
  /** What loads it (default: an image); decides which files are accepted. */
  loads?: Loads;
  /** Where it is written, when not as `![]()`: `data-background-image`, `<video src>`. */
  via?: string;
}
