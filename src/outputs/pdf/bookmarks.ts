// PDF bookmarks (the outline in a reader's sidebar): opening slides and parts, each part's slides under it.
import { partHeading } from '../../deck/index.ts';
import type { DeckPlan, Slide } from '../../deck/index.ts';

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

/** One entry of a PDF outline with its links (PDF 1.7, 12.3.3), by index into the entry list; -1 is the outline's
 *  root for `parent` and "none" for the others. */
export interface OutlineEntry {
  title: string;
  place: Place;
  parent: number;
  prev: number;
  next: number;
  first: number;
  last: number;
  /** How many descendants show: positive, every entry is open. */
  count: number;
}

/** The bookmarks as the linked entries a PDF outline is made of, and the root's first, last and count. Both PDF
 *  writers (the incremental update and pdf-lib) serialise this. */
export function outlineEntries(bookmarks: Bookmark[]): {
  entries: OutlineEntry[];
  first: number;
  last: number;
  count: number;
} {
  const entries: OutlineEntry[] = [];
  const level = (items: Bookmark[], parent: number): { first: number; last: number; count: number } => {
    const indices = items.map(
      (item) =>
        entries.push({ title: item.title, place: item, parent, prev: -1, next: -1, first: -1, last: -1, count: 0 }) - 1,
    );
    let count = items.length;
    items.forEach((item, i) => {
      const entry = entries[indices[i]!]!;
      if (i > 0) entry.prev = indices[i - 1]!;
      if (i < items.length - 1) entry.next = indices[i + 1]!;
      if (item.children.length) {
        const below = level(item.children, indices[i]!);
        Object.assign(entry, below);
        count += below.count;
      }
    });
    return { first: indices[0] ?? -1, last: indices[indices.length - 1] ?? -1, count };
  };
  return { entries, ...level(bookmarks, -1) };
}

/** Where a bookmark lands: its page, kept inside the document, and for a place inside the page the PDF y of that
 *  place, given the y of each page's top edge. */
export function landing(place: Place, pageTops: number[]): { page: number; y?: number } {
  const page = Math.min(Math.max(place.page, 0), pageTops.length - 1);
  return place.top === undefined ? { page } : { page, y: Math.round((pageTops[page]! - place.top) * 100) / 100 };
}
