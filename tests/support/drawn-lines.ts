// The type of the page's line reader (src/outputs/pdf/drawn-lines.js, given to a page by paper.ts's addLineReader),
// for the tests that call it inside page.evaluate.

export interface DrawnLine {
  /** where the line starts in the block's text */
  start: number;
  top: number;
  right: number;
  letters: number;
  /** font size in px of its first character */
  size: number;
  /** its characters as drawn (spaces and characters of no width left out) */
  drawn: string;
}

export type DrawnLinesReader = (
  block: Element,
  options?: { skip?: string; scale?: number },
) => { text: string; lines: DrawnLine[]; hard: number[] };
