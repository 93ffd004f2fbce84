// Builds the sample deck (its folder and its one file) and its PDFs (slides, with notes, handout, script) once, into a temporary dist/, for every browser and PDF test.
import { rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDeck } from '../src/outputs/deck/folder.ts';
import { writeOneFile } from '../src/outputs/deck/one-file.ts';
import { withBrowser } from '../src/outputs/browser/launch.ts';
import { exportSlidesPdf } from '../src/outputs/pdf/slides.ts';
import { exportHandout } from '../src/outputs/pdf/handout.ts';
import { exportScript } from '../src/outputs/pdf/script.ts';
import { outputPaths } from '../src/files/output-names.ts';
import { SAMPLE_OUTLINE } from './support/sample.ts';
import { stopSignals } from '../src/stop-signals.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    sample: {
      dist: string;
      deckDir: string;
      indexHtml: string;
      oneFile: string;
      pdf: string;
      notesPdf: string;
      handout: string;
      script: string;
    };
  }
}

/** The sample's deck and paper outputs in `dist`. */
async function makeSample(dist: string) {
  const built = await buildDeck(SAMPLE_OUTLINE, dist);
  const paths = outputPaths(built.name, dist);
  await writeOneFile(built, paths.oneFile);
  // At once, in pages of one browser, as `deck` makes them; the handout with a load of its own (a test compares it
  // with one made from the slides PDF's page).
  await withBrowser((browser) =>
    Promise.all([
      exportSlidesPdf(browser, built, paths.pdf),
      exportSlidesPdf(browser, built, paths.notesPdf, { notes: true }),
      exportHandout(browser, built, paths.handout),
      exportScript(browser, built, paths.script),
    ]),
  );
  return { built, paths };
}

/** A run stopped (Ctrl-C, a kill) returns from no teardown: `folder` is removed as the stop ends the process, then
 *  the stop goes on as it would have. Returns the function that forgets it (the teardown removes the folder). */
function removedOnStop(folder: string): () => void {
  const stop = (signal: NodeJS.Signals) => {
    rmSync(folder, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  for (const signal of stopSignals()) process.once(signal, stop);
  return () => {
    for (const signal of stopSignals()) process.off(signal, stop);
  };
}

export default async function setup(project: TestProject) {
  const dist = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-test-'));
  const forget = removedOnStop(dist);
  // (a set-up that fails returns no teardown: the folder is removed here, or it is left in the temp folder)
  const { built, paths } = await makeSample(dist).catch(async (error: unknown) => {
    forget();
    await fs.rm(dist, { recursive: true, force: true });
    throw error;
  });
  project.provide('sample', {
    dist,
    deckDir: built.deckDir,
    indexHtml: built.indexHtml,
    oneFile: paths.oneFile,
    pdf: paths.pdf,
    notesPdf: paths.notesPdf,
    handout: paths.handout,
    script: paths.script,
  });
  return async () => {
    forget();
    await fs.rm(dist, { recursive: true, force: true });
  };
}
