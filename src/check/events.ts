// The dev server's messages to the page and back, named once for both sides (src/server, src/client).
import type { Finding } from './findings.ts';

/** Server → page: the findings of the latest save. */
export const CHECK_EVENT = 'speechdeck:check';
/** Page → server: a page that opens asks for the latest findings. */
export const CHECK_REQUEST = 'speechdeck:check-request';
/** Server → page: the slides of the latest save, to swap in without a reload. */
export const SLIDES_EVENT = 'speechdeck:slides';
/** Page → server: what the page measured on the slides of a save (overflow, small text), for the terminal. */
export const LAYOUT_EVENT = 'speechdeck:layout';

/** The slides of a save: each slide's HTML (its `<section>`, in deck order), the deck's title, and which save they
 *  are (see DeckCheck's `version`). */
export interface SlidesUpdate {
  slides: readonly string[];
  title: string;
  version: number;
}

/** What the page measured on the slides of save `version`. */
export interface LayoutReport {
  version: number;
  findings: Finding[];
}

/** The page's own copy of the save its slides come from, written into the page the dev server serves. */
export const VERSION_META = 'speechdeck-version';
