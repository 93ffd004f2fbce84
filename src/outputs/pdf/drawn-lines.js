// Runs inside a page (injected by paper.ts's addLineReader, for the printing page and the tests alike): a block's
// lines as the browser drew them, read character by character, since the DOM says nothing of where lines break.
// Plain JavaScript on purpose: functions handed to page.evaluate from TypeScript run through tsx, whose helpers the page lacks.

/**
 * @typedef {{ start: number, node: Text, offset: number, top: number, right: number, letters: number, size: number, drawn: string }} DrawnLine
 *   a line: where it starts in `text` and in its text node, the top of its first character, the right edge of its
 *   last, how many characters are drawn on it and which (spaces and characters of no width left out), and its first
 *   character's font size in px
 * @typedef {{ text: string, lines: DrawnLine[], hard: number[] }} DrawnText
 *   the block's own text (the skipped parts left out), its lines, and where a `<br>` breaks it (offsets into `text`)
 */

/**
 * Each character gets a Range; a new line starts where a character's top lies more than 0.6 of its font size below
 * the top of the line so far (the same line's characters differ by a few px at most; the next line is a whole line
 * height down).
 * @param {Element} block
 * @param {{ skip?: string, scale?: number }} [options] `skip`: elements left out with their content (a `<br>` is
 *   always left out, and noted); `scale`: how much a CSS transform enlarges the block (font sizes are CSS px, the
 *   Ranges' boxes are drawn px), 1 unless said
 * @returns {DrawnText}
 */
/** @type {any} */ (window).speechdeckDrawnLines = function drawnLines(
  /** @type {Element} */ block,
  /** @type {{ skip?: string, scale?: number }} */ options = {},
) {
  const scale = options.scale ?? 1;
  let text = '';
  /** @type {DrawnLine[]} */
  const lines = [];
  /** @type {number[]} */
  const hard = [];
  // One Range moved from character to character: every Range the page creates stays attached to the document until it
  // is collected, and each change to the document (a line ended with a break) updates every one of them.
  const range = document.createRange();
  /** @param {Node} node */
  const walk = (node) => {
    if (node instanceof Element && node !== block) {
      if (node.tagName === 'BR') {
        hard.push(text.length);
        return;
      }
      if (options.skip && node.matches(options.skip)) return;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const textNode = /** @type {Text} */ (node);
      const value = textNode.data;
      const size = parseFloat(getComputedStyle(/** @type {Element} */ (textNode.parentElement)).fontSize) * scale;
      for (let i = 0; i < value.length; i++) {
        const letter = value[i] ?? '';
        if (!letter.trim()) continue;
        range.setStart(textNode, i);
        range.setEnd(textNode, i + 1);
        const rect = range.getBoundingClientRect();
        if (!(rect.width > 0)) continue;
        const line = lines.at(-1);
        if (!line || rect.top > line.top + size * 0.6)
          lines.push({
            start: text.length + i,
            node: textNode,
            offset: i,
            top: rect.top,
            right: rect.right,
            letters: 1,
            size,
            drawn: letter,
          });
        else {
          line.right = Math.max(line.right, rect.right);
          line.letters++;
          line.drawn += letter;
        }
      }
      text += value;
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(block);
  range.detach();
  return { text, lines, hard };
};
