// The pptx command: every outline's editable PowerPoint, with no browser and no deck folder.
import { distDirFor } from '../files/project.ts';
import type { Naming } from '../files/output-names.ts';
import { makeOutputs } from '../outputs/index.ts';
import { terminal } from './deck.ts';
import { outlinesToBuild } from './outlines.ts';

export async function pptxCommand(
  named: string[],
  options: { out?: string; naming?: Naming; all?: boolean } = {},
): Promise<number> {
  const naming = options.naming ? { naming: options.naming } : {};
  await makeOutputs(
    {
      outputs: ['pptx'],
      outlines: await outlinesToBuild(named, { all: options.all === true }),
      dist: (outline) => distDirFor(outline, options.out),
      ...naming,
    },
    terminal,
  );
  return 0;
}
