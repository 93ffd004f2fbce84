// Runs inside a paper page (injected by script.ts and handout.ts): justified text whose line ended early, because the
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
    /** @type {Array<{ node: Text, offset: number, top: number, right: number, letters: number, size: number }>} */
    const lines = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = /** @type {Text} */ (node);
      const value = text.data;
      const size = parseFloat(getComputedStyle(/** @type {Element} */ (text.parentElement)).fontSize);
      for (let i = 0; i < value.length; i++) {
        if (!value[i]?.trim()) continue;
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const rect = range.getBoundingClientRect();
        if (!(rect.width > 0)) continue;
        const line = lines.at(-1);
        if (!line || rect.top > line.top + size * 0.6)
          lines.push({ node: text, offset: i, top: rect.top, right: rect.right, letters: 1, size });
        else {
          line.right = Math.max(line.right, rect.right);
          line.letters++;
        }
      }
    }
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
