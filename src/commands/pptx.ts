// The pptx command: every outline's editable PowerPoint, with no browser and no deck folder.
import { makePowerPoints } from '../outputs/index.ts';
import { terminal } from './deck.ts';
import { distDir, outlinesToBuild } from './outlines.ts';

export async function pptxCommand(named: string[]): Promise<number> {
  await makePowerPoints({ outlines: await outlinesToBuild(named), dist: distDir() }, terminal);
  return 0;
}
