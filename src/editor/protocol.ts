// What the editor's page and its server say to each other (src/server/editor/api.ts answers these requests).
import type { Finding } from '../check/findings.ts';
import type { Language } from '../messages/language.mjs';

/** Where the requests go. */
export const API = {
  outline: '/api/outline',
  render: '/api/render',
  findings: '/api/findings',
  save: '/api/save',
  events: '/api/events',
  takeOver: '/api/take-over',
  history: '/api/history',
  picture: '/api/picture',
  export: '/api/export',
  /** The files an export wrote, by their place in the output folder: `/api/output/talk.pdf`. */
  output: '/api/output',
  outlines: '/api/outlines',
  switch: '/api/switch',
  newOutline: '/api/new',
} as const;

/** The header that carries the token on the page's own requests. */
export const TOKEN_HEADER = 'x-speechdeck-token';

/** The outline as the page opens it. */
export interface OpenedOutline {
  file: string;
  text: string;
  base: string;
  lang: Language;
  /** The front matter's keys, for the quick fix of a misspelled one. */
  keys: string[];
}

/** One slide of the deck as the editor needs it: where its text is, what it shows and what is said on it. */
export interface SlideInfo {
  number: number;
  kind: string;
  title: string;
  /** Its line in the outline (1 for slides made from the front matter). */
  line: number;
  /** The text the slide shows, for figures the notes name and no point shows. */
  shown: string;
  notes?: string;
}

/** A slide that is new or changed since the version the page last applied: its `<section>` and its details. */
export interface ChangedSlide {
  index: number;
  html: string;
  slide: SlideInfo;
}

/** The slides made from the page's text: the ones that changed since the version the page said it had applied (all
 *  of them where `whole`), for the preview; `ok` false where the text does not parse (the findings say why). */
export type Rendered =
  | {
      ok: true;
      version: number;
      whole: boolean;
      count: number;
      changed: ChangedSlide[];
      title: string;
      theme: string;
      seconds: number;
      duration?: number;
    }
  | { ok: false };

/** What `check` finds in the page's text without a browser; `ok` false where it does not parse. */
export interface Linted {
  ok: boolean;
  findings: Finding[];
}

export type Saved =
  | { saved: true; base: string }
  | { saved: false; theirs: { text: string; base: string } }
  | { saved: false; readOnly: true };

export interface HistoryEntry {
  id: string;
  time: number;
  kind: 'save' | 'auto' | 'theirs';
}

/** What the page asks of the handout, in the export and the findings: its slides a page (`--per-page`), 3 where not said. */
export interface HandoutAsked {
  perPage?: number;
}

export interface Exported {
  files: string[];
  /** The page's address of each file (in the order of `files`), '' for one it cannot open. */
  links?: string[];
  /** Nothing changed since the last export: the files are as it wrote them. */
  unchanged?: boolean;
  error?: string;
}

/** An outline the page may switch to, by its name from the project (`slides/talk.md`). */
export interface OutlineChoice {
  file: string;
  /** The one being edited. */
  current: boolean;
}

/** The answer to a switch or a new outline: done (the pages reload on the new one), or why not. */
export type Switched = { switched: true; file: string } | { switched: false; message: string };
