// The deck in the browser: reveal.js with speaker notes, search and zoom, hash navigation and a pacing timer.
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import Search from './search.ts';
import Zoom from 'reveal.js/plugin/zoom';
import { isPrintView, readSettings } from './settings.ts';
import { signalReady } from './ready.ts';
import { acceptLiveSlides } from './live-reload.ts';
import { applyPrintVariant } from './print-variant.ts';
import { keepPrintRange } from './print-range.ts';
import { exposeLayoutCheck } from './layout-check.ts';
import { showCheckBadge } from './check-badge.ts';
import { pacingTotal, speakerViewFonts, whenSpeakerViewOpens } from './speaker-view.ts';
import { drawSpeakerPreviews } from './speaker-previews.ts';
import { setUpRehearsal } from './rehearsal.ts';
import { isPrompter, offerPrompter, setUpPrompter } from './prompter.ts';
import { connectRemote, offerRemote, remoteHost } from './remote.ts';
import { pageLanguage } from './rehearsal.ts';

applyPrintVariant();
const printing = isPrintView();
if (printing) keepPrintRange();
const settings = readSettings();
const inFrameOfItsOwn = location.href === 'about:srcdoc';

/** reveal.js's types leave out `totalTime`, which its speaker view reads to show the pacing clock. */
const pacing: Record<string, unknown> = { totalTime: pacingTotal() };

const deck = new Reveal({
  width: settings.width,
  height: settings.height,
  // Our slides carry their own 6 % margins; reveal's margin would only letterbox them.
  margin: 0,
  center: false,
  // A deck held in a frame of the meeting's page (srcdoc) has no address of its own to write the slide into: reveal.js
  // would fail on it at every slide, from its first.
  hash: !inFrameOfItsOwn,
  respondToHashChanges: !inFrameOfItsOwn,
  history: false,
  // No arrows and no progress bar projected in a formal meeting unless the outline asks (`controls: true`);
  // keys, a clicker and touch move the slides either way.
  controls: settings.controls === true,
  controlsTutorial: false,
  // arrows at the sides, in the slide's margin, not over the footer's page number
  controlsLayout: 'edges',
  progress: settings.controls === true,
  // The page number is part of each slide's footer, so it prints too.
  slideNumber: false,
  transition: 'fade',
  transitionSpeed: 'fast',
  backgroundTransition: 'none',
  // Each slide's data-timing (its estimated speaking time, scaled to `duration`) drives the speaker view's pacing;
  // reveal shows the pacing clock only when it is given a total.
  ...pacing,
  pdfMaxPagesPerSlide: 1,
  pdfSeparateFragments: false,
  plugins: [Notes, Search, Zoom],
});

void deck.initialize().then(() => {
  document.documentElement.dataset.speechdeckSlides = String(deck.getTotalSlides());
});
speakerViewFonts();
whenSpeakerViewOpens((speaker) => drawSpeakerPreviews(deck, speaker));
// Not in the speaker view's previews of the slides (reveal's `receiver`), nor on paper.
// In the editor's frames (the preview, the strip) the editor's page gives the slides and lists the findings itself.
const inEditor = /[?&](editor|strip)(=|&|$)/.test(location.search);
if (isPrompter()) setUpPrompter(deck);
else if (!printing && !new URLSearchParams(window.location.search).has('receiver')) {
  setUpRehearsal(deck);
  offerPrompter(deck, !inEditor);
  const remote = remoteHost();
  if (remote) connectRemote(deck, remote, pageLanguage());
  else offerRemote(deck, pageLanguage());
}
signalReady(deck, printing);
acceptLiveSlides(deck, !inEditor);
exposeLayoutCheck();
if (!inEditor) showCheckBadge();

// For tests and the exporter: the running reveal.js instance.
(window as unknown as { speechdeck: RevealApi }).speechdeck = deck;
