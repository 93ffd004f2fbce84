// Builds the sample deck (its folder and its one file) and its PDFs (slides, with notes, handout, script) once, into a temporary dist/, for every browser and PDF test.
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

export default async function setup(project: TestProject) {
  const dist = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-test-'));
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
    await fs.rm(dist, { recursive: true, force: true });
  };
}
