// How the footer's three texts share its one line: the part's name on the left, the event at the slide's centre, the
// page number on the right, and where each is cut with "…". Decided here, from estimated widths, for the deck and the
// PowerPoint alike, so both show the same characters before the "…"; pure.
import { textEm } from './measure.ts';

/** The footer's type size and the room between its texts (themes/_layout.css: `--sd-footer-size`, `gap`). */
export const FOOTER = { size: 27, gap: 40 } as const;

export interface FooterRoom {
  /** The event's width, centred on the slide (0: left out, too little room for it). */
  event: number;
  /** The width each side of the event has: the part's name on the left, the page number on the right. */
  side: number;
  /** The event is narrower than its text: shortened with "…". */
  narrowed: boolean;
}

/** Fewer letters of the event than this are no help to anyone: it is left out instead. */
const SHORTEST_EVENT_EM = 3;

/**
 * The event and both sides, in px, between margins `inner` apart. With room for all three the event is shown whole at
 * the centre and the part's name has what is left on its side. Without, the event and the wider of the two sides give
 * way in proportion to their widths (neither cut to a few letters), the page number never: its side is never narrower
 * than it. `widthOf` measures a text at the footer's size (the reader's face in the PowerPoint runs wider).
 */
export function footerRoom(
  texts: { part: string; event: string; page: string },
  inner: number,
  widthOf: (text: string) => number = (text) => textEm(text) * FOOTER.size,
): FooterRoom {
  const page = widthOf(texts.page);
  const part = texts.part ? widthOf(texts.part) : 0;
  const event = texts.event ? widthOf(texts.event) : 0;
  if (!event) return { event: 0, side: inner - page - FOOTER.gap, narrowed: false };
  const room = inner - 2 * FOOTER.gap;
  const need = Math.max(part, page);
  if (event + 2 * need <= room) return { event, side: (room - event) / 2, narrowed: false };
  const scale = room / (event + 2 * need);
  const side = Math.max(page, need * scale);
  const shown = room - 2 * side;
  if (shown < SHORTEST_EVENT_EM * FOOTER.size) return { event: 0, side: inner - page - FOOTER.gap, narrowed: false };
  return { event: shown, side, narrowed: true };
}

/** The footer's texts as shown: the part's name and the event each cut with "…" where it does not fit its room (the
 *  event left out where the room is too small for it), by the same estimate for every output. */
export function footerTexts(
  texts: { part: string; event: string; page: string },
  inner: number,
  widthOf: (text: string) => number = (text) => textEm(text) * FOOTER.size,
): { part: string; event: string; room: FooterRoom } {
  const room = footerRoom(texts, inner, widthOf);
  return {
    part: texts.part ? shortened(texts.part, room.side, widthOf) : '',
    event: room.event ? shortened(texts.event, room.event, widthOf) : '',
    room,
  };
}

/** `text`, or as much of it as fits `room` followed by "…" (a full em: the CJK face's, as Chromium draws it). */
export function shortened(text: string, room: number, widthOf: (text: string) => number): string {
  if (widthOf(text) <= room) return text;
  const chars = [...text];
  while (chars.length && widthOf(chars.join('')) + FOOTER.size > room) chars.pop();
  return `${chars.join('')}…`;
}
