// Runs inside a page (injected by paper.ts's addLineReader, for the printing page and the tests alike): a block's
// lines as the browser drew them, read from the boxes of its characters and phrases, since the DOM says nothing of where lines break.
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
 * A new line starts where a character's top lies more than 0.6 of its font size below the top of the line so far (the
 * same line's characters differ by a few px at most; the next line is a whole line height down). Characters are read
 * through one Range moved along the text: in a text node of plain left-to-right text, only where its lines change
 * (the next line's length guessed from the last one's, then searched by halves), since a line's characters lie between
 * its first and its last; anything else (right-to-left script, marks, format characters, surrogates: what may be drawn
 * with no width or out of order) character by character.
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
  /** @param {Text} node @param {number} i */
  const boxOf = (node, i) => {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect();
  };
  /**
   * Characters drawn from `node`'s `i`th on one line: a line of their own, or the end of the line so far.
   * @param {Text} node @param {number} i @param {number} top @param {number} right @param {string} letters
   * @param {number} size
   */
  const add = (node, i, top, right, letters, size) => {
    const line = lines.at(-1);
    if (!line || top > line.top + size * 0.6)
      lines.push({
        start: text.length + i,
        node,
        offset: i,
        top,
        right,
        letters: letters.length,
        size,
        drawn: letters,
      });
    else {
      line.right = Math.max(line.right, right);
      line.letters += letters.length;
      line.drawn += letters;
    }
  };
  /** Every character read. @param {Text} node @param {number} size */
  const eachLetter = (node, size) => {
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      if (!(value[i] ?? '').trim()) continue;
      const rect = boxOf(node, i);
      if (rect.width > 0) add(node, i, rect.top, rect.right, value[i] ?? '', size);
    }
  };
  /** Only where the lines change. @param {Text} node @param {number} size @param {DOMRectList} pieces */
  const byLines = (node, size, pieces) => {
    const value = node.data;
    /** @type {number[]} the characters drawn: all but spaces, each with a width in plain text */
    const drawn = [];
    for (let i = 0; i < value.length; i++) if ((value[i] ?? '').trim()) drawn.push(i);
    if (!drawn.length) return;
    // On one line (a phrase kept whole): its box is its characters' line, and its last drawn character its right edge.
    const piece = pieces.length === 1 ? pieces[0] : undefined;
    if (piece) {
      const first = /** @type {number} */ (drawn[0]);
      const last = /** @type {number} */ (drawn.at(-1));
      const right = last === value.length - 1 ? piece.right : boxOf(node, last).right;
      add(node, first, piece.top, right, drawn.map((k) => value[k]).join(''), size);
      return;
    }
    let guess = 1;
    let p = 0;
    while (p < drawn.length) {
      const first = /** @type {number} */ (drawn[p]);
      const box = boxOf(node, first);
      add(node, first, box.top, box.right, value[first] ?? '', size);
      const line = /** @type {DrawnLine} */ (lines.at(-1));
      const below = (/** @type {number} */ k) =>
        boxOf(node, /** @type {number} */ (drawn[k])).top > line.top + size * 0.6;
      // drawn[p..good] lie on this line, drawn[bad] (if any) below it
      let good = p;
      let bad = drawn.length;
      const tried = Math.min(p + guess - 1, bad - 1);
      if (tried > good) {
        if (below(tried)) bad = tried;
        else good = tried;
      }
      for (let step = 1; good + step < bad; step *= 2) {
        if (below(good + step)) {
          bad = good + step;
          break;
        }
        good += step;
      }
      while (bad - good > 1) {
        const middle = (good + bad) >> 1;
        if (below(middle)) bad = middle;
        else good = middle;
      }
      if (good > p) {
        const last = /** @type {number} */ (drawn[good]);
        line.right = Math.max(line.right, boxOf(node, last).right);
        line.letters += good - p;
        for (let k = p + 1; k <= good; k++) line.drawn += value[/** @type {number} */ (drawn[k])];
      }
      if (line.start === text.length + first) guess = good - p + 1;
      p = good + 1;
    }
  };
  // Left-to-right text where every character but a space is drawn with a width, one after another.
  const plain =
    /^[^\p{Mn}\p{Me}\p{Cf}\p{Cc}\p{Cs}\p{Co}\p{Cn}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\u{10000}-\u{10FFFF}]*$/u;
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
      const style = getComputedStyle(/** @type {Element} */ (textNode.parentElement));
      const size = parseFloat(style.fontSize) * scale;
      range.selectNodeContents(textNode);
      const pieces = range.getClientRects();
      const leftToRight = style.direction === 'ltr' && style.writingMode === 'horizontal-tb';
      if (pieces.length && size > 0 && leftToRight && plain.test(textNode.data)) byLines(textNode, size, pieces);
      else eachLetter(textNode, size);
      text += textNode.data;
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(block);
  range.detach();
  return { text, lines, hard };
};
