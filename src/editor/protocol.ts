// What the editor's page and its server say to each other (src/server/editor/api.ts answers these requests).
import type { Finding } from '../check/findings.ts';
import type { Language } from '../messages/language.mjs';

/** Where the requests go. */
export const API = {
  outline: '/api/outline',
  render: '/api/render',
  save: '/api/save',
  events: '/api/events',
  takeOver: '/api/take-over',
  history: '/api/history',
  picture: '/api/picture',
  export: '/api/export',
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

/** The deck made from the page's text: the slides' HTML for the preview, and what `check` finds without a browser. */
export type Rendered =
  | {
      ok: true;
      html: string;
      title: string;
      theme: string;
      slides: SlideInfo[];
      findings: Finding[];
      seconds: number;
      duration?: number;
    }
  | { ok: false; findings: Finding[] };

export type Saved =
  | { saved: true; base: string }
  | { saved: false; theirs: { text: string; base: string } }
  | { saved: false; readOnly: true };

export interface HistoryEntry {
  id: string;
  time: number;
  kind: 'save' | 'auto' | 'theirs';
}

export interface Exported {
  files: string[];
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
