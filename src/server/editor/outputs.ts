// The outputs the editor's button makes: every one `deck` writes, from the saved outline, with the progress told
// to the page as it goes.
import { displayPath, distDirFor } from '../../files/project.ts';
import { makeOutputs } from '../../outputs/index.ts';
import { EVERY_OUTPUT } from '../../outputs/sets.ts';
import type { OutputReporter } from '../../outputs/index.ts';
import type { EarlyBrowser } from '../../outputs/browser/early.ts';
import type { KeptOutputs } from '../../outputs/kept.ts';

/** Every output of the saved outline, as `deck` writes them, printed by `browser` (one is started otherwise); a
 *  printed output whose inputs did not change since `kept` saw it made is not made again. The paths written. */
export async function exportAll(
  outlinePath: string,
  phase: (text: string) => void,
  browser?: EarlyBrowser,
  kept?: KeptOutputs,
): Promise<string[]> {
  const files: string[] = [];
  const reporter: OutputReporter = {
    step: (label, work) => {
      phase(label);
      return work((text) => phase(`${label} — ${text}`));
    },
    made: (_output, told) => files.push(...told.map((one) => displayPath(one.path))),
  };
  await makeOutputs(
    {
      outlines: [outlinePath],
      dist: (outline) => distDirFor(outline),
      outputs: EVERY_OUTPUT,
      ...(browser ? { browser } : {}),
      ...(kept ? { kept } : {}),
    },
    reporter,
  );
  return files;
}
