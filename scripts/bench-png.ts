// The sample's pictures, timed beyond the browser's start: one process builds the sample's deck, starts the
// browser (timed on its own), then writes the 21 pictures, and then the pictures with the long image. Prints JSON:
// each step's wall time and (Linux) its CPU time over Node and every Chromium process, which a loaded machine changes
// far less than the wall time, and how many pages took the pictures (SPEECHDECK_PICTURE_PAGES=1|2 sets it).
// Usage: node --import tsx scripts/bench-png.ts <outline> <dist>
import { closeBrowser, launchBrowser } from '../src/outputs/browser/launch.ts';
import { writePictures } from '../src/outputs/pictures/folder.ts';
import { longImageText } from '../src/outputs/pictures/long-html.ts';
import { loadDeck } from '../src/load/index.ts';
import { writeDeck } from '../src/outputs/deck/folder.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseStat, processTree, statCpu } from './bench-lib.ts';

/** CPU time (ms) used so far by this process and every process below it (the browser's); undefined off Linux. */
function treeCpuMs(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const stats = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      stats.set(Number(name), readFileSync(`/proc/${name}/stat`, 'utf8'));
    } catch {
      // ended meanwhile
    }
  }
  const parents = new Map<number, number>();
  for (const text of stats.values()) {
    const parsed = parseStat(text);
    if (parsed) parents.set(parsed.pid, parsed.ppid);
  }
  let ticks = 0;
  for (const pid of processTree(process.pid, parents)) ticks += statCpu(stats.get(pid) ?? '')?.ticks ?? 0;
  return ticks * 10; // USER_HZ: hundredths of a second
}

/** CPU time between two readings, in ms. */
const cpuSince = (before: number | undefined) => {
  const now = treeCpuMs();
  return before === undefined || now === undefined ? undefined : now - before;
};

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
  let cpu = treeCpuMs();
  const shot = await writePictures(
    browser,
    built,
    target,
    { scale: 1, jpeg: false, long: false },
    'pictures',
    () => {},
  );
  const picturesMs = performance.now() - started;
  const picturesCpuMs = cpuSince(cpu);
  started = performance.now();
  cpu = treeCpuMs();
  const long = await writePictures(browser, built, target, { scale: 1, jpeg: false, long: true }, 'pictures', () => {});
  const withLongMs = performance.now() - started;
  const withLongCpuMs = cpuSince(cpu);
  console.log(
    JSON.stringify({
      browserMs,
      picturesMs,
      picturesCpuMs,
      pages: shot.pages,
      withLongMs,
      withLongCpuMs,
      slides: long.count,
      longBytes: long.long[0]?.bytes ?? 0,
    }),
  );
} finally {
  await closeBrowser(browser);
}
