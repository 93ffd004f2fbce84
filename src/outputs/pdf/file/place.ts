// The handout's slides placed on its pages: as an incremental update of the browser's PDF where both files are laid
// out as Chromium writes them (stamp.ts), else with pdf-lib, which reads and rewrites both whole (pdf-lib.ts).
import { stampIncrementally } from './stamp.ts';
import type { Placed, Placing } from './placing.ts';

export async function placeSlides(placing: Placing, options: { via?: 'update' | 'pdf-lib' } = {}): Promise<Placed> {
  if (options.via !== 'pdf-lib') {
    const stamped = stampIncrementally(
      placing.sheetsPdf,
      placing.slidesPdf,
      placing.placements,
      placing.info,
      placing.bookmarks,
    );
    if (stamped) return stamped;
  }
  const { placeWithPdfLib } = await import('./pdf-lib.ts');
  return placeWithPdfLib(placing);
}
