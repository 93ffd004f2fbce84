// Ctrl-Shift-F: find a word in the deck and go to the slide that has it. Our own search rather than reveal.js's
// plugin: that one matches inside one text node at a time, and our slides mark where Chinese lines may break
// (`<wbr>` between phrases), so 枫桥经验 written as 枫桥<wbr>经验 was never found. Here a slide matches on its whole
// text, and the matches are marked with the CSS Custom Highlight API, which spans nodes (where the browser lacks it,
// the search still goes to the slide). The box speaks Chinese.
import type { RevealApi, RevealPlugin } from 'reveal.js';

const HIGHLIGHT = 'sd-search';

/** The search plugin (id `search`, as reveal.js's own): `open`, `close` and `toggle` like it. */
export default function Search(): RevealPlugin & { open(): void; close(): void; toggle(): void } {
  let deck: RevealApi;
  let box: HTMLElement | undefined;
  let input: HTMLInputElement;
  let query = '';
  let found: Array<{ h: number; v: number }> = [];
  let next = 0;

  const make = () => {
    box = document.createElement('div');
    box.className = 'searchbox sd-searchbox';
    input = document.createElement('input');
    input.type = 'search';
    input.className = 'searchinput';
    input.placeholder = '搜索本演示…';
    input.setAttribute('aria-label', '搜索');
    box.append(input);
    deck.getRevealElement()?.append(box);
    input.addEventListener('keydown', (event) => {
      // keys typed into the box are not reveal.js's shortcuts
      event.stopPropagation();
      if (event.key === 'Enter') {
        event.preventDefault();
        go();
      } else if (event.key === 'Escape') close();
    });
    const style = document.createElement('style');
    style.textContent = `.sd-searchbox { position: absolute; top: 10px; right: 10px; z-index: 10; }
.sd-searchbox input { width: 260px; font: 16px/1.4 'Noto Sans SC', sans-serif; padding: 5px 8px; color: #000; background: #fff;
  border: 0; border-radius: 3px; outline: 0; box-shadow: 0 2px 18px rgba(0, 0, 0, 0.2); }
::highlight(${HIGHLIGHT}) { background-color: #ff6; color: #000; }`;
    document.head.append(style);
  };

  const open = () => {
    if (!box) make();
    box!.style.display = 'block';
    input.focus();
    input.select();
  };
  const close = () => {
    if (box) box.style.display = 'none';
    clearHighlight();
  };
  const toggle = () => (box && box.style.display !== 'none' ? close() : open());

  /** The first Enter finds every slide that has the words; each further Enter goes to the next of them. */
  const go = () => {
    const words = input.value.trim();
    if (words === '') {
      query = '';
      found = [];
      clearHighlight();
      return;
    }
    if (words !== query) {
      query = words;
      found = find(deck, words);
      next = 0;
    }
    if (!found.length) return;
    const { h, v } = found[next % found.length]!;
    next++;
    deck.slide(h, v);
  };

  return {
    id: 'search',
    init(reveal) {
      deck = reveal;
      reveal.registerKeyboardShortcut('CTRL + Shift + F', '搜索');
      document.addEventListener('keydown', (event) => {
        if (event.key === 'F' && (event.ctrlKey || event.metaKey) && event.shiftKey) {
          event.preventDefault();
          toggle();
        }
      });
    },
    open,
    close,
    toggle,
  };
}

/** The slides whose text holds `words` (case ignored), in deck order, with every match marked. */
function find(deck: RevealApi, words: string): Array<{ h: number; v: number }> {
  const needle = words.toLowerCase();
  const ranges: Range[] = [];
  const slides: Array<{ h: number; v: number }> = [];
  for (const section of deck.getSlides()) {
    const matches = rangesOf(section, needle);
    if (!matches.length) continue;
    ranges.push(...matches);
    const { h, v } = deck.getIndices(section);
    slides.push({ h, v: v ?? 0 });
  }
  clearHighlight();
  if ('highlights' in CSS && typeof Highlight === 'function') CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
  return slides;
}

/** Ranges over a slide's text nodes (its notes left out) where `needle` stands, also across `<wbr>` and markup. */
function rangesOf(section: Element, needle: string): Range[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('aside.notes') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  const haystack = text.toLowerCase();
  const ranges: Range[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    const range = document.createRange();
    const [startNode, startOffset] = place(nodes, starts, at);
    const [endNode, endOffset] = place(nodes, starts, at + needle.length);
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    ranges.push(range);
  }
  return ranges;
}

/** The text node and offset of a position in the slide's joined text. */
function place(nodes: Text[], starts: number[], at: number): [Text, number] {
  let index = starts.length - 1;
  while (index > 0 && starts[index]! > at) index--;
  // a match that ends exactly where a node starts ends in the node before it
  if (index > 0 && starts[index] === at && at > 0) {
    const before = nodes[index - 1]!;
    if (starts[index - 1]! + before.data.length === at) return [before, before.data.length];
  }
  return [nodes[index]!, at - starts[index]!];
}

function clearHighlight(): void {
  if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
}
