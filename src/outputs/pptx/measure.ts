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

/** Where to break a title into `lines` lines of about equal width, as the HTML deck's `text-wrap: balance` does:
 *  character offsets, each moved to just after nearby punctuation (、，；：) when there is some, never inside a run
 *  of Latin letters. Empty when the text fits on one line. */
export function balancedBreaks(text: string, widthPx: number, sizePx: number, spacingEm = 0): number[] {
  const lines = lineCount(text, widthPx, sizePx, spacingEm);
  if (lines < 2 || text.includes('\n')) return [];
  const chars = [...text];
  const widths = chars.map((char) => textWidthEm(char) + spacingEm);
  const total = widths.reduce((a, b) => a + b, 0);
  const breaks: number[] = [];
  let used = 0;
  let index = 0;
  for (let line = 1; line < lines; line++) {
    const target = (total * line) / lines;
    while (index < chars.length && used + widths[index]! / 2 < target) used += widths[index++]!;
    let at = index;
    // Prefer a break just after punctuation within three characters either way.
    for (let d = 0; d <= 3; d++) {
      if (/[、，；：,;:]/.test(chars[at - 1 + d] ?? '') && at + d < chars.length) {
        at += d;
        break;
      }
      if (d && /[、，；：,;:]/.test(chars[at - 1 - d] ?? '') && at - d > 0) {
        at -= d;
        break;
      }
    }
    // Never between two Latin letters or digits, nor before closing punctuation.
    while (at > 0 && at < chars.length && /[A-Za-z0-9]/.test(chars[at - 1]!) && /[A-Za-z0-9]/.test(chars[at]!)) at--;
    while (at < chars.length && /[、，。；：！？）》”’,.;:!?)]/.test(chars[at]!)) at++;
    if (at > (breaks.at(-1) ?? 0) && at < chars.length) breaks.push(at);
  }
  return breaks;
}
