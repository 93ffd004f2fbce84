// The deck in the browser: reveal.js with speaker notes, search and zoom, hash navigation and a pacing timer.
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import { isPrintView, readSettings } from './settings.ts';
import { signalReady } from './ready.ts';
import { acceptLiveSlides } from './live-reload.ts';
import { applyPrintVariant } from './print-variant.ts';
import { exposeLayoutCheck } from './layout-check.ts';
import { showCheckBadge } from './check-badge.ts';

applyPrintVariant();
const settings = readSettings();
const printing = isPrintView();

const deck = new Reveal({
  width: settings.width,
  height: settings.height,
  // Our slides carry their own 6 % margins; reveal's margin would only letterbox them.
  margin: 0,
  center: false,
  hash: true,
  respondToHashChanges: true,
  history: false,
  controls: true,
  controlsTutorial: false,
  progress: true,
  // The page number is part of each slide's footer, so it prints too.
  slideNumber: false,
  transition: 'fade',
  transitionSpeed: 'fast',
  backgroundTransition: 'none',
  // Each slide's data-timing (its estimated speaking time, scaled to `duration`) drives the speaker view's pacing.
  pdfMaxPagesPerSlide: 1,
  pdfSeparateFragments: false,
  plugins: [Notes, Search, Zoom],
});

void deck.initialize().then(() => {
  document.documentElement.dataset.speechdeckSlides = String(deck.getTotalSlides());
});
signalReady(deck, printing);
acceptLiveSlides(deck);
exposeLayoutCheck();
showCheckBadge();

// For tests and the exporter: the running reveal.js instance.
(window as unknown as { speechdeck: RevealApi }).speechdeck = deck;
