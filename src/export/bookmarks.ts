// PDF bookmarks (the outline in a reader's sidebar): opening slides and parts, each part's slides under it.
import { partHeading } from '../deck/index.ts';
import type { DeckPlan, Slide } from '../deck/index.ts';

/** Where a bookmark jumps to: a page (0-based) and, for a place inside the page, its distance from the top in points. */
export interface Place {
  page: number;
  top?: number;
}

export interface Bookmark extends Place {
  title: string;
  children: Bookmark[];
}

/** The deck's bookmarks: title, agenda and opening slides at the top level; each part (at its divider)
 *  with its slides under it; the closing slide last. `place` says where each slide is in this PDF. */
export function deckBookmarks(plan: DeckPlan, place: (slide: Slide) => Place): Bookmark[] {
  const top: Bookmark[] = [];
  let part: Bookmark | undefined;
  for (const slide of plan.slides) {
    if (slide.kind === 'divider') {
      const { number, title } = slide.part;
      part = { title: partHeading(number, title, plan.meta.numbering), ...place(slide), children: [] };
      top.push(part);
    } else if (slide.part && part) {
      part.children.push({ title: slide.title, ...place(slide), children: [] });
    } else {
      top.push({ title: slide.title, ...place(slide), children: [] });
    }
  }
  return top;
}
