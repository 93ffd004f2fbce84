// Runs inside the handout page (injected by handout.ts): fits each slide's notes into their space, never cutting silently.
// Plain JavaScript on purpose: functions handed to page.evaluate from TypeScript run through tsx, whose helpers the page lacks.

/**
 * Shrinks the type of every `.sd-notes` box that overflows, step by step down to `smallest` points; notes that
 * still do not fit are cut at a sentence boundary where possible and end with `cut` ("……（全文见讲稿）").
 * @param {{ largest: number, smallest: number, step: number, cut: string }} options
 * @returns {{ shrunk: number[], cut: number[] }} the slide numbers whose notes were shrunk or cut
 */
/** @type {any} */ (window).speechdeckFitNotes = function fitNotes(
  /** @type {{ largest: number, smallest: number, step: number, cut: string }} */ options,
) {
  /** @type {number[]} */
  const shrunk = [];
  /** @type {number[]} */
  const cut = [];
  const overflows = (/** @type {HTMLElement} */ box) => box.scrollHeight > box.clientHeight + 0.5;
  for (const box of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('.sd-notes'))) {
    if (!overflows(box)) continue;
    const slide = Number(box.dataset.slide);
    let size = options.largest;
    while (overflows(box) && size > options.smallest) {
      size = Math.max(options.smallest, size - options.step);
      box.style.fontSize = `${size}pt`;
    }
    shrunk.push(slide);
    if (!overflows(box)) continue;
    cut.push(slide);
    const paragraphs = Array.from(box.querySelectorAll('p'), (p) => Array.from(p.textContent || ''));
    const total = paragraphs.reduce((sum, p) => sum + p.length, 0);
    // Shows the first `count` characters (code points, across paragraphs) followed by the cut mark.
    const show = (/** @type {number} */ count) => {
      for (const p of box.querySelectorAll('p')) p.remove();
      let left = count;
      for (const chars of paragraphs) {
        if (left <= 0) break;
        const p = document.createElement('p');
        const taken = chars.slice(0, left);
        left -= taken.length;
        p.textContent = taken.join('') + (left <= 0 ? options.cut : '');
        box.appendChild(p);
      }
    };
    let low = 0;
    let high = total;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      show(middle);
      if (overflows(box)) high = middle - 1;
      else low = middle;
    }
    // Prefer to end at a sentence or clause mark if one is near.
    const flat = paragraphs.flat().slice(0, low);
    const near = Math.max(
      flat.lastIndexOf('。'),
      flat.lastIndexOf('！'),
      flat.lastIndexOf('？'),
      flat.lastIndexOf('；'),
    );
    const clause = flat.lastIndexOf('，');
    const end = near >= low - 40 && near > 0 ? near + 1 : clause >= low - 12 && clause > 0 ? clause : low;
    show(end);
    box.dataset.cut = 'true';
  }
  return { shrunk, cut };
};
