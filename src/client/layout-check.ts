// Measures every slide as laid out: content past the slide's content box or over the footer, and text too small to read.
// `speechdeck check` calls it in headless Chromium; the dev server's badge calls it in the open page.
import type { SlideMeasure } from '../check/layout.ts';
import { LIMITS } from '../check/findings.ts';

/** Rounding in layout gives boxes a fraction of a pixel over; anything more is real. */
const TOLERANCE = 1.5;
const MEASURING = 'sd-measuring';

declare global {
  interface Window {
    /** For the exporter (`check`): measure every slide of the deck (the editor: only those given, by index). */
    speechdeckLayout?: (only?: readonly number[]) => Promise<SlideMeasure[]>;
  }
}

export function exposeLayoutCheck(): void {
  window.speechdeckLayout = measureSlides;
}

/**
 * Measures every slide. Slides reveal.js keeps hidden are laid out (invisibly) for the measurement, and the fonts
 * their text needs are loaded first, so what is measured is what the audience will see.
 */
export async function measureSlides(only?: readonly number[]): Promise<SlideMeasure[]> {
  const every = [...document.querySelectorAll<HTMLElement>('.reveal .slides section.sd-slide')];
  const sections = only ? every.filter((_, index) => only.includes(index)) : every;
  const style = document.createElement('style');
  style.textContent = `.reveal .slides section.${MEASURING} { display: block !important; visibility: hidden !important; transform: none !important; }`;
  document.head.append(style);
  const hidden = sections.filter((section) => section.getClientRects().length === 0);
  for (const section of hidden) section.classList.add(MEASURING);
  try {
    // Layout asks for the glyph subsets the hidden slides use; wait for them, twice as the ready signal does.
    void document.body.offsetHeight;
    await document.fonts.ready;
    void document.body.offsetHeight;
    await document.fonts.ready;
    return sections.map((section) => measureSlide(section, every.indexOf(section)));
  } finally {
    for (const section of hidden) section.classList.remove(MEASURING);
    style.remove();
  }
}

function measureSlide(section: HTMLElement, index: number): SlideMeasure {
  const frame = section.querySelector<HTMLElement>('.sd-frame');
  if (!frame || frame.offsetWidth === 0) return { index };
  const box = frame.getBoundingClientRect();
  // reveal.js scales the slides to the window; the limits below are in the slide's own px.
  const scale = box.width / frame.offsetWidth || 1;
  const style = getComputedStyle(frame);
  const footer = frame.querySelector<HTMLElement>('.sd-footer');
  const footerTop = footer ? (footer.getBoundingClientRect().top - box.top) / scale : frame.offsetHeight;
  const limit = {
    top: parseFloat(style.paddingTop),
    left: parseFloat(style.paddingLeft),
    right: frame.offsetWidth - parseFloat(style.paddingRight),
    bottom: Math.min(frame.offsetHeight - parseFloat(style.paddingBottom), footerTop),
  };

  const over = { bottom: 0, right: 0, top: 0, left: 0 };
  /** Elements that reach past the limits, in document order. */
  const overflowing: Element[] = [];
  let smallest: { px: number; text: string } | undefined;
  const content = [...frame.querySelectorAll<HTMLElement>(':scope > .sd-header, :scope > .sd-body')];

  // Every element box in document order, except inside a box that clips (which counts as cut off itself).
  const stack: Element[] = [...content].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    const rect = element.getBoundingClientRect();
    let reaches = false;
    // <br> and <wbr> (the phrase breaks in titles and points) have no box of their own, only a point in a line.
    const boxless = element.tagName === 'BR' || element.tagName === 'WBR';
    if (!boxless && (rect.width > 0 || rect.height > 0)) {
      const edges = {
        top: limit.top - (rect.top - box.top) / scale,
        left: limit.left - (rect.left - box.left) / scale,
        right: (rect.right - box.left) / scale - limit.right,
        bottom: (rect.bottom - box.top) / scale - limit.bottom,
      };
      for (const side of ['bottom', 'right', 'top', 'left'] as const) {
        if (edges[side] > TOLERANCE) {
          over[side] = Math.max(over[side], edges[side]);
          reaches = true;
        }
      }
    }
    const clips =
      element instanceof HTMLElement && !content.includes(element) && getComputedStyle(element).overflow !== 'visible';
    if (clips) {
      const below = element.scrollHeight - element.clientHeight;
      const beside = element.scrollWidth - element.clientWidth;
      if (below > TOLERANCE) over.bottom = Math.max(over.bottom, below);
      if (beside > TOLERANCE) over.right = Math.max(over.right, beside);
      reaches ||= below > TOLERANCE || beside > TOLERANCE;
    }
    if (reaches) overflowing.push(element);
    if (!clips) stack.push(...[...element.children].reverse());
  }
  // Name the first element that does not fit and holds no other that does not: e.g. the first point past the bottom.
  const first = overflowing.find((element, i) => !overflowing[i + 1] || !element.contains(overflowing[i + 1]!));

  // The smallest text, in px at the slide's size (a transform that shrinks text to fit counts).
  for (const part of content) {
    const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      // An inline element broken over lines has no single width to compare: its block says how far it is shrunk.
      let block: HTMLElement = parent;
      while (getComputedStyle(block).display === 'inline' && block.parentElement) block = block.parentElement;
      const rect = block.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const shrink = block.offsetWidth > 0 ? rect.width / block.offsetWidth / scale : 1;
      const px = parseFloat(getComputedStyle(parent).fontSize) * shrink;
      if (!smallest || px < smallest.px) smallest = { px, text: node.textContent };
    }
  }

  const measure: SlideMeasure = { index };
  if (over.bottom > 0 || over.right > 0 || over.top > 0 || over.left > 0) {
    measure.overflow = { ...over, text: snippet(first?.textContent ?? '') };
  }
  if (smallest && smallest.px < LIMITS.textPx - 0.5)
    measure.smallText = { px: smallest.px, text: snippet(smallest.text) };
  return measure;
}

function snippet(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 40);
}
