// How much room text takes, estimated without a renderer: Han characters and full-width punctuation are one em wide
// in every Chinese face (微软雅黑, 宋体, Noto alike), Latin about half. Good enough to place what follows a block of
// text and to pick a title size that fits; PowerPoint itself lays out the lines.

const FULL_WIDTH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019]/u;

/** Width of one character in em. */
function charWidth(char: string): number {
  if (FULL_WIDTH.test(char)) return 1;
  if (char === ' ') return 0.3;
  if (/[A-Z]/.test(char)) return 0.66;
  if (/[a-z0-9]/.test(char)) return 0.55;
  return 0.5;
}

export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Lines `text` wraps to in a box `widthPx` wide at `sizePx`, `spacingEm` letter spacing added to each character.
 *  Chinese breaks between any two characters; a run of Latin letters moves to the next line whole. */
export function lineCount(text: string, widthPx: number, sizePx: number, spacingEm = 0): number {
  const perLine = widthPx / sizePx;
  let lines = 0;
  for (const line of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const piece of line.match(/[A-Za-z0-9]+|./gsu) ?? []) {
      const width = textWidthEm(piece) + spacingEm * [...piece].length;
      if (used > 0 && used + width > perLine) {
        lines += 1;
        used = 0;
      }
      if (width > perLine) {
        lines += Math.floor(width / perLine);
        used = width % perLine;
      } else used += width;
    }
  }
  return lines;
}

/** The largest size, from `largest` down to `smallest`, at which `text` takes at most `maxLines` lines. */
export function sizeToFit(text: string, widthPx: number, maxLines: number, largest: number, smallest: number, spacingEm = 0): number {
  for (let size = largest; size > smallest; size -= 2) {
    if (lineCount(text, widthPx, size, spacingEm) <= maxLines) return size;
  }
  return smallest;
}
