// The new command: writes slides/<name>.md, an outline to start from, and never over an existing file.
import path from 'node:path';
import { writeNewFileAtomically } from '../files/atomic.ts';
import { displayPath } from '../files/project.ts';
import { say } from '../messages/index.ts';
import { OutlineError } from '../outline/error.ts';
import { starterOutline } from '../outline/starter.ts';
import { SLIDES_DIR } from './outlines.ts';
import { writeText } from '../messages/terminal.ts';

/** Characters no file name may hold on Windows, macOS or Linux. */
const NOT_IN_NAMES = /[<>:"|?*\u0000-\u001f]/;

/** `talk` → slides/talk.md; a path ending in .md (or naming a folder) is used as it is. */
export function newOutlinePath(name: string): string {
  const asPath = /\.md$/i.test(name) || /[\\/]/.test(name);
  const file = asPath ? name : path.join(SLIDES_DIR, `${name}.md`);
  const base = path.basename(file).replace(/\.md$/i, '');
  if (base.trim() === '' || base.startsWith('.') || NOT_IN_NAMES.test(base) || /[. ]$/.test(base)) {
    throw OutlineError.about(name, say('newBadName', name), say('newBadNameFix'));
  }
  return path.resolve(/\.md$/i.test(file) ? file : `${file}.md`);
}

export async function newCommand(name: string): Promise<number> {
  const target = newOutlinePath(name);
  const shown = displayPath(target);
  if (!(await writeNewFileAtomically(target, starterOutline()))) {
    throw OutlineError.about(shown, say('newExists'), say('newExistsFix', path.basename(target, '.md')));
  }
  writeText(process.stdout, `${say('newWritten', shown)}\n${say('newNext', shown)}\n`);
  return 0;
}
