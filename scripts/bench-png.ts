// The sample's pictures, timed beyond the browser's start: one process builds the sample's deck, starts the
// browser (timed on its own), then writes the 21 pictures, and then the pictures with the long image. Prints JSON.
// Usage: node --import tsx scripts/bench-png.ts <outline> <dist>
import { closeBrowser, launchBrowser } from '../src/outputs/browser/launch.ts';
import { writePictures } from '../src/outputs/pictures/folder.ts';
import { longImageText } from '../src/outputs/pictures/long-html.ts';
import { loadDeck } from '../src/load/index.ts';
import { writeDeck } from '../src/outputs/deck/folder.ts';
import path from 'node:path';

const [outline, dist] = process.argv.slice(2) as [string, string];
const loaded = await loadDeck(outline);
const built = await writeDeck(loaded, dist, {
  paperText: [longImageText(loaded.plan.meta, loaded.plan.slides.length)],
});
let started = performance.now();
const browser = await launchBrowser();
const browserMs = performance.now() - started;
try {
  const target = { folder: path.join(dist, 'qunzhong-png'), longImage: path.join(dist, 'qunzhong-长图.jpg') };
  started = performance.now();
  await writePictures(browser, built, target, { scale: 1, jpeg: false, long: false }, 'pictures', () => {});
  const picturesMs = performance.now() - started;
  started = performance.now();
  const long = await writePictures(browser, built, target, { scale: 1, jpeg: false, long: true }, 'pictures', () => {});
  const withLongMs = performance.now() - started;
  console.log(
    JSON.stringify({ browserMs, picturesMs, withLongMs, slides: long.count, longBytes: long.long[0]?.bytes ?? 0 }),
  );
} finally {
  await closeBrowser(browser);
}
