// The outlines the editor may switch to (every `slides/*.md` of the project, and the one it was opened on) and a new
// one made from the page: the template `speechdeck new` writes, under a safe name in slides/, never over a file.
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeNewFileAtomically } from '../../files/atomic.ts';
import { safeBaseName } from '../../files/names.ts';
import { displayPath } from '../../files/project.ts';
import { starterOutline } from '../../outline/starter.ts';
import type { OutlineChoice } from '../../editor/protocol.ts';

const SLIDES_DIR = 'slides';

/** The outlines to switch to, by name: the project's `slides/*.md` (plain files only: a link may lead out of the
 *  project) and `current` wherever it is, sorted. A name is what the page shows and sends back. */
export async function outlineChoices(projectDir: string, current: string): Promise<OutlineChoice[]> {
  return (await candidates(projectDir, current))
    .map(({ name, file }) => ({ file: name, current: file === current }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The outline of that name among the choices; undefined for any other name (the page may name no other file). */
export async function chosenOutline(projectDir: string, current: string, name: string): Promise<string | undefined> {
  return (await candidates(projectDir, current)).find((candidate) => candidate.name === name)?.file;
}

async function candidates(projectDir: string, current: string): Promise<Array<{ name: string; file: string }>> {
  const folder = path.join(projectDir, SLIDES_DIR);
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile() && /\.md$/i.test(entry.name))
    .map((entry) => path.join(folder, entry.name));
  if (!files.includes(current)) files.push(current);
  return files.map((file) => ({ name: nameOf(projectDir, file), file }));
}

/** `slides/talk.md`: the path from the project, or the path as the terminal shows it for one outside it. */
function nameOf(projectDir: string, file: string): string {
  const relative = path.relative(projectDir, file);
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? displayPath(file)
    : relative.split(path.sep).join('/');
}

export type NewOutline = { made: string } | { refused: 'name' | 'exists'; name: string };

/** Writes `slides/<name>.md` from the starter template; the name is made safe first (`a/b:c` → `a-b：c`), a
 *  trailing `.md` dropped. Refused when nothing of the name is left, or a file of that name exists. */
export async function newOutline(projectDir: string, asked: string): Promise<NewOutline> {
  const name = safeBaseName(asked.trim().replace(/\.md$/i, ''));
  if (!name) return { refused: 'name', name: asked };
  const target = path.join(projectDir, SLIDES_DIR, `${name}.md`);
  if (!(await writeNewFileAtomically(target, starterOutline('editor')))) return { refused: 'exists', name };
  return { made: target };
}
