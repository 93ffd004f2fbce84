// The outputs the editor's button makes: every one `deck` writes, from the saved outline, with the progress told
// to the page as it goes.
import { displayPath, distDirFor } from '../../files/project.ts';
import { makeOutputs } from '../../outputs/index.ts';
import { EVERY_OUTPUT } from '../../outputs/sets.ts';
import type { OutputReporter } from '../../outputs/index.ts';
import type { EarlyBrowser } from '../../outputs/browser/early.ts';
import type { KeptOutputs } from '../../outputs/kept.ts';
import type { PerPage } from '../../deck/per-page.ts';

/** Every output of the saved outline, as `deck` writes them (the handout `perPage` slides a page), printed by `browser`
 *  (one is started otherwise); a printed output whose inputs did not change since `kept` saw it made is not made
 *  again. The paths written. */
export async function exportAll(
  outlinePath: string,
  phase: (text: string) => void,
  browser?: EarlyBrowser,
  kept?: KeptOutputs,
  perPage: PerPage = 3,
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
      // As `deck --per-page` makes it: the notes printed where the page has room for them (1–3 a page).
      handout: { perPage, notes: true },
      ...(browser ? { browser } : {}),
      ...(kept ? { kept } : {}),
    },
    reporter,
  );
  return files;
}
