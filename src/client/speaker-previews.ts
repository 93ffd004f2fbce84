// The speaker view's current and next slide, drawn as copies of the deck's own slides in the speaker window. reveal.js
// shows them in frames of the deck's file, but the built deck's policy allows no frames of local files: from file://
// the deck's own file could only be allowed together with every other local file (outputs/deck/content-policy.ts).
import type { RevealApi } from 'reveal.js';

/** The speaker window's two preview boxes, as its page (reveal.js's notes plugin) marks them. */
const BOXES = { current: '#current-slide', upcoming: '#upcoming-slide' } as const;

/** The copies' own look: above the empty frame, scaled from the slide's size, nothing moving. */
const PREVIEW_STYLE = `
[data-speechdeck-preview] { visibility: hidden; }
.speechdeck-preview { position: absolute; top: 0; right: 0; bottom: 0; left: 0; overflow: hidden; pointer-events: none; }
.speechdeck-preview .reveal { position: absolute; left: 0; top: 0; transform-origin: 0 0; overflow: hidden; }
.speechdeck-preview .reveal .slides { position: absolute; top: 0; right: 0; bottom: 0; left: 0; margin: 0; transform: none; zoom: 1; }
.speechdeck-preview .reveal .slides > section { display: block !important; }
.speechdeck-preview .reveal .backgrounds { position: absolute; top: 0; right: 0; bottom: 0; left: 0; }
.speechdeck-preview .reveal .slide-background { display: block !important; opacity: 1 !important; visibility: visible !important; }
.speechdeck-preview * { transition: none !important; animation: none !important; }
`;

/** Draws the previews into the speaker window once its page has made its (empty) frames, and tells the notes plugin
 *  the window is ready: reveal.js waits for the current slide's frame to say so, which it no longer can. */
export function drawSpeakerPreviews(deck: RevealApi, speaker: Window): void {
  const ready = () => speaker.document.querySelector(`${BOXES.current} iframe`) !== null;
  if (ready()) return setUp(deck, speaker);
  const watch = new MutationObserver(() => {
    if (!ready()) return;
    watch.disconnect();
    setUp(deck, speaker);
  });
  watch.observe(speaker.document, { childList: true, subtree: true });
}

function setUp(deck: RevealApi, speaker: Window): void {
  const doc = speaker.document;
  const style = doc.createElement('style');
  style.textContent = PREVIEW_STYLE;
  doc.head.appendChild(style);
  const boxes = Object.values(BOXES).map((selector) => {
    const box = doc.createElement('div');
    box.className = 'speechdeck-preview';
    doc.querySelector(selector)!.appendChild(box);
    return box;
  });
  const draw = () => {
    const [current, upcoming] = [deck.getCurrentSlide(), nextStep(deck)];
    boxes[0]!.replaceChildren(...(current ? [slideCopy(deck, doc, current, boxes[0]!)] : []));
    boxes[1]!.replaceChildren(...(upcoming ? [slideCopy(deck, doc, upcoming.slide, boxes[1]!, upcoming.shown)] : []));
  };
  const events = ['slidechanged', 'fragmentshown', 'fragmenthidden'] as const;
  for (const event of events) deck.on(event, draw);
  speaker.addEventListener('resize', draw);
  // Keys pressed in the speaker window move the deck (reveal.js sent them to the current slide's frame).
  doc.addEventListener('keydown', (event) => deck.triggerKey(event.keyCode));
  speaker.addEventListener('pagehide', () => {
    for (const event of events) deck.off(event, draw);
  });
  draw();
  // The handshake the current slide's frame made: the notes plugin starts sending the notes once it has it.
  window.postMessage(JSON.stringify({ namespace: 'reveal-notes', type: 'connected' }), '*');
}

/** What the next key press shows: the current slide's next fragments, or else the next slide as it arrives. */
function nextStep(deck: RevealApi): { slide: HTMLElement; shown?: number } | undefined {
  const current = deck.getCurrentSlide();
  const hidden = [...current.querySelectorAll<HTMLElement>('.fragment:not(.visible)')].map((fragment) =>
    Number(fragment.dataset.fragmentIndex ?? 0),
  );
  if (hidden.length) return { slide: current, shown: Math.min(...hidden) };
  // the next slide of a vertical stack, else the next stack's first (getSlide(h, v) of a slide with no stack is it)
  const below = current.parentElement?.matches('section') ? current.nextElementSibling : null;
  const next =
    below instanceof HTMLElement && below.matches('section') ? below : deck.getSlide(deck.getIndices().h + 1);
  return next ? { slide: next } : undefined;
}

/** A copy of a slide and its background in the speaker window, scaled into `box`; fragments up to `shown` made
 *  visible. */
function slideCopy(deck: RevealApi, doc: Document, slide: HTMLElement, box: HTMLElement, shown?: number): HTMLElement {
  const { width, height } = deck.getComputedSlideSize();
  const frame = doc.createElement('div');
  frame.className = deck.getRevealElement()?.className ?? 'reveal';
  const scale = Math.min(box.clientWidth / width, box.clientHeight / height) || 1;
  Object.assign(frame.style, {
    width: `${width}px`,
    height: `${height}px`,
    transform: `translate(${(box.clientWidth - width * scale) / 2}px, ${(box.clientHeight - height * scale) / 2}px) scale(${scale})`,
  });
  const slides = doc.createElement('div');
  slides.className = 'slides';
  const copy = doc.importNode(slide, true) as HTMLElement;
  copy.classList.remove('past', 'future');
  copy.classList.add('present');
  copy.removeAttribute('hidden');
  copy.removeAttribute('aria-hidden');
  if (shown !== undefined)
    for (const fragment of copy.querySelectorAll<HTMLElement>('.fragment'))
      if (Number(fragment.dataset.fragmentIndex ?? 0) <= shown) fragment.classList.add('visible');
  // A copy never plays: the deck's own media play in the deck.
  for (const media of copy.querySelectorAll('video, audio')) {
    media.removeAttribute('autoplay');
    (media as HTMLMediaElement).muted = true;
  }
  slides.appendChild(copy);
  // The slide's background (the formal slides' dark field, a picture behind the slide) is drawn by reveal.js apart
  // from the slide, in its own layer: copied too, or a divider's white words stand on white.
  const backgrounds = doc.createElement('div');
  backgrounds.className = 'backgrounds';
  const background = deck.getSlideBackground(slide);
  if (background) {
    const layer = doc.importNode(background, true) as HTMLElement;
    layer.classList.remove('past', 'future');
    layer.classList.add('present');
    backgrounds.appendChild(layer);
  }
  frame.append(backgrounds, slides);
  return frame;
}
