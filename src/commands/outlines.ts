// Which outlines a command works on: the ones named, or every slides/*.md; and where outputs go.
import fs from 'node:fs/promises';
import path from 'node:path';
import { OutlineError } from '../outline/error.ts';

export const SLIDES_DIR = 'slides';
export const DIST_DIR = 'dist';

/** The named outlines, or every `slides/*.md` under the working directory, sorted. */
export async function outlinesToBuild(named: string[]): Promise<string[]> {
  if (named.length) return named.map((file) => path.resolve(file));
  const dir = path.resolve(SLIDES_DIR);
  const entries = await fs.readdir(dir).catch(() => [] as string[]);
  const outlines = entries.filter((f) => /\.md$/i.test(f) && !f.startsWith('.')).sort();
  if (!outlines.length) {
    throw OutlineError.about(SLIDES_DIR, 'no outlines found in slides/.', 'Name an outline file, or create slides/<name>.md (see README, "The outline format").');
  }
  return outlines.map((f) => path.join(dir, f));
}

export function distDir(): string {
  return path.resolve(DIST_DIR);
}

/** "1.2 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

