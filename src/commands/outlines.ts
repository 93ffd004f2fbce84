// Which outlines a command works on: the ones named, or every slides/*.md.
import fs from 'node:fs/promises';
import path from 'node:path';
import { OutlineError } from '../outline/error.ts';
import { say } from '../messages/index.ts';

export const SLIDES_DIR = 'slides';

/** The named outlines, or every `slides/*.md` under the working directory, sorted. */
export async function outlinesToBuild(named: string[]): Promise<string[]> {
  if (named.length) return named.map((file) => path.resolve(file));
  const dir = path.resolve(SLIDES_DIR);
  const entries = await fs.readdir(dir).catch(() => [] as string[]);
  const outlines = entries.filter((f) => /\.md$/i.test(f) && !f.startsWith('.')).sort();
  if (!outlines.length) {
    throw OutlineError.about(SLIDES_DIR, say('noOutlines'), say('noOutlinesFix'));
  }
  return outlines.map((f) => path.join(dir, f));
}

export { formatBytes } from '../files/size.ts';
