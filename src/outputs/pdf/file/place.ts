// The handout's slides placed on its pages: as an incremental update of the browser's PDF where both files are laid
// out as Chromium writes them (stamp.ts), else with pdf-lib, which reads and rewrites both whole (pdf-lib.ts).
import type { Bookmark } from '../bookmarks.ts';
import type { PdfInfo } from '../metadata.ts';
import { stampIncrementally } from './stamp.ts';
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

export async function placeSlides(placing: Placing, options: { via?: 'update' | 'pdf-lib' } = {}): Promise<Placed> {
  if (options.via !== 'pdf-lib') {
    const stamped = stampIncrementally(placing.sheetsPdf, placing.slidesPdf, placing.placements, placing.info, placing.bookmarks);
    if (stamped) return stamped;
  }
  const { placeWithPdfLib } = await import('./pdf-lib.ts');
  return placeWithPdfLib(placing);
}
