// One range of a long deck's slides, for printing it in parallel: `?print-pdf&print-slides=121-240` keeps slides 121
// to 240 (counted from 1) and drops the others before reveal.js lays out its print view, so each page of the
// exporter lays out and prints only its share (outputs/pdf/slides.ts joins the ranges). The exporter gives a range's
// page only its slides where it can (outputs/pdf/range-document.ts); this is for a deck's page it cannot cut.

/** The range asked for in the page's address, if any: first and last slide, counted from 1. */
function printRange(search: string): { first: number; last: number } | undefined {
  const match = /^(\d+)-(\d+)$/.exec(new URLSearchParams(search).get('print-slides') ?? '');
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = Number(match[2]);
  return first >= 1 && last >= first ? { first, last } : undefined;
}

/** Removes the slides outside the range asked for (nothing without one). Call before reveal.js initialises. */
export function keepPrintRange(): void {
  const range = printRange(window.location.search);
  if (!range) return;
  const slides = Array.from(document.querySelectorAll('.reveal .slides > section'));
  slides.forEach((slide, i) => {
    if (i + 1 < range.first || i + 1 > range.last) slide.remove();
  });
}
