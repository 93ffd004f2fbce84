// The pptx command, and the PowerPoint that `deck` writes beside its PDFs: an editable .pptx for every outline.
// No browser: the PowerPoint is made from the deck plan.
import path from 'node:path';
import { displayPath, type LoadedDeck } from '../build/load.ts';
import { outputPaths } from '../build/paths.ts';
import { trace } from '../trace.ts';
import { distDir, formatBytes, loadDecks, outlinesToBuild } from './outlines.ts';
import { printLine, progress, report } from './progress.ts';
import type { PptxFile } from '../outputs/pptx/file.ts';

export async function pptxCommand(named: string[]): Promise<number> {
  const decks = await loadDecks(await outlinesToBuild(named));
  trace('outlines read');
  for (const file of await writePowerPoints(decks, distDir())) reportPptx(file);
  return 0;
}

/** Every deck's PowerPoint, one after another (each takes a fraction of a second; the browser, when there is one,
 *  works meanwhile in processes of its own). */
export async function writePowerPoints(decks: LoadedDeck[], dist: string): Promise<PptxFile[]> {
  const { writePptxFile } = await import('../outputs/pptx/file.ts');
  const files: PptxFile[] = [];
  for (const deck of decks) {
    const target = outputPaths(deck.outlinePath, dist).pptx;
    files.push(await progress(`${path.basename(deck.outlinePath)}: PowerPoint`).run(writePptxFile(deck, target)));
  }
  trace('PowerPoints written');
  return files;
}

export function reportPptx(file: PptxFile): void {
  report(displayPath(file.path), `${file.slides} slides, ${formatBytes(file.bytes)}`);
  for (const warning of file.warnings) printLine(process.stderr, `speechdeck: ${displayPath(file.path)}: ${warning}\n`);
}
