// Outputs made in-process into a test's own folder, on a browser the test already has: what the export button does.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { makeOutputs } from '../../src/outputs/index.ts';
import type { OutputName, OutputReporter, OutputRequest } from '../../src/outputs/index.ts';
import type { KeptOutputs } from '../../src/outputs/kept.ts';
import type { EarlyBrowser } from '../../src/outputs/browser/early.ts';

const lent = (browser: Browser): EarlyBrowser => ({
  use: (work) => work(browser, async () => undefined),
  cancel: async () => undefined,
});

/** Writes `text` as `dir/slides/talk.md` and makes `outputs` of it into `dir/dist` (with the handout asked for, the
 *  default one otherwise); the paths made, by output. */
export async function makeInto(
  browser: Browser,
  dir: string,
  text: string,
  outputs: OutputName[],
  kept?: KeptOutputs,
  handout?: OutputRequest['handout'],
): Promise<Map<string, string>> {
  const outlinePath = path.join(dir, 'slides', 'talk.md');
  fs.mkdirSync(path.dirname(outlinePath), { recursive: true });
  fs.writeFileSync(outlinePath, text);
  const made = new Map<string, string>();
  const report: OutputReporter = {
    step: (_label, work) => work(() => undefined),
    made: (output, told) => {
      for (const one of told) made.set(output.name, one.path);
    },
  };
  await makeOutputs(
    {
      outlines: [outlinePath],
      dist: () => path.join(dir, 'dist'),
      outputs,
      browser: lent(browser),
      ...(kept ? { kept } : {}),
      ...(handout ? { handout } : {}),
    },
    report,
  );
  return made;
}
