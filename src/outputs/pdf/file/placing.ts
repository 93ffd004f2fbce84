// What placing the slides on the handout's pages takes and gives, whichever way it is done (stamp.ts or pdf-lib.ts).
import type { Bookmark } from '../bookmarks.ts';
import type { PdfInfo } from '../metadata.ts';
import type { Placement } from './stamp.ts';

export interface Placing {
  /** The handout's pages as the browser printed them, with empty frames. */
  sheetsPdf: Uint8Array;
  /** The slides, a page each. */
  slidesPdf: Uint8Array;
  placements: Placement[];
  info: PdfInfo;
  bookmarks: Bookmark[];
}

/** The whole handout, and how many pages each input had (the caller checks them against what it laid out). */
export interface Placed {
  bytes: Uint8Array;
  pages: number;
  slides: number;
}
