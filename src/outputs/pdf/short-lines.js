// Runs inside a paper page (injected by script.ts and handout.ts, after drawn-lines.js, whose lines it reads): justified text whose line ended early, because the
// phrase after it moved to the next line whole, is not stretched across the line (以 上 就 是).
// Plain JavaScript on purpose: functions handed to page.evaluate from TypeScript run through tsx, whose helpers the page lacks.

/**
 * Ends with a forced break every line of the `selector` blocks that justification would stretch by more than
 * `widestGap` em between two characters: a line before a forced break is not justified (`text-align-last`), and the
 * break stands where the line broke already, so no line moves. Lines full enough stay justified.
 * @param {{ selector: string, widestGap: number }} options
 * @returns {number} how many lines were ended so
 */
/** @type {any} */ (window).speechdeckEndShortLines = function endShortLines(
  /** @type {{ selector: string, widestGap: number }} */ options,
) {
  const justified = Array.from(
    /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll(options.selector)),
  ).filter((block) => getComputedStyle(block).textAlign === 'justify');
  // Each block's line breaks depend on its own text and width alone, so every block is set ragged and read in one
  // layout, and the breaks are put in after: one layout of the page, where a block at a time laid it out again for
  // each block (a speaker's script has a thousand). A block inside another that is justified too would be read
  // ragged within its ragged parent, not as it prints: such blocks are read one at a time, as before.
  const nested = justified.some((block) => justified.some((other) => other !== block && other.contains(block)));
  let ended = 0;
  if (nested) {
    for (const block of justified) ended += endBlock(block, readLines(block));
    return ended;
  }
  for (const block of justified) block.style.textAlign = 'left';
  const read = justified.map((block) => readLines(block, false));
  for (const block of justified) block.style.textAlign = '';
  justified.forEach((block, i) => {
    ended += endBlock(block, /** @type {ReturnType<typeof readLines>} */ (read[i]));
  });
  return ended;

  /**
   * The block's lines with their natural widths, read with the block set ragged (the same breaks: only the spacing
   * changes), and the right edge of its text.
   * @param {HTMLElement} block
   * @param {boolean} [ragged] whether to set it ragged here (and back after), when it is not already
   */
  function readLines(block, ragged = true) {
    if (ragged) block.style.textAlign = 'left';
    const style = getComputedStyle(block);
    const box = block.getBoundingClientRect();
    const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    const { lines } =
      /** @type {{ lines: Array<{ node: Text, offset: number, right: number, letters: number, size: number }> }} */ (
        /** @type {any} */ (window).speechdeckDrawnLines(block)
      );
    if (ragged) block.style.textAlign = '';
    return { right, lines };
  }

  /**
   * Ends the block's lines that are stretched too far, from the last line up, so that splitting a text node leaves
   * the places of the lines before it as they were (the last line is never justified); returns how many.
   * @param {HTMLElement} _block
   * @param {ReturnType<typeof readLines>} read
   */
  function endBlock(_block, { right, lines }) {
    let count = 0;
    for (let i = lines.length - 2; i >= 0; i--) {
      const line = /** @type {(typeof lines)[number]} */ (lines[i]);
      const gap = (right - line.right) / Math.max(1, line.letters - 1) / line.size;
      if (gap <= options.widestGap) continue;
      const next = /** @type {(typeof lines)[number]} */ (lines[i + 1]);
      next.node.splitText(next.offset).before(document.createElement('br'));
      count++;
    }
    return count;
  }
};
