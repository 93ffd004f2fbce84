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
  let ended = 0;
  for (const block of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll(options.selector))) {
    const justified = getComputedStyle(block).textAlign === 'justify';
    if (!justified) continue;
    // Each line's natural width, read with the block set ragged (the same breaks: only the spacing changes).
    block.style.textAlign = 'left';
    const style = getComputedStyle(block);
    const box = block.getBoundingClientRect();
    const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    const { lines } =
      /** @type {{ lines: Array<{ node: Text, offset: number, right: number, letters: number, size: number }> }} */ (
        /** @type {any} */ (window).speechdeckDrawnLines(block)
      );
    block.style.textAlign = '';
    // From the last line up, so that splitting a text node leaves the places of the lines before it as they were
    // (the last line is never justified).
    for (let i = lines.length - 2; i >= 0; i--) {
      const line = /** @type {(typeof lines)[number]} */ (lines[i]);
      const gap = (right - line.right) / Math.max(1, line.letters - 1) / line.size;
      if (gap <= options.widestGap) continue;
      const next = /** @type {(typeof lines)[number]} */ (lines[i + 1]);
      next.node.splitText(next.offset).before(document.createElement('br'));
      ended++;
    }
  }
  return ended;
};
