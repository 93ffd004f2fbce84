// The organiser's template read from disk once per run (a meeting's talks share one), its faults in the outline's
// words: at the `template:` line of the outline or meeting file that names it.
import fs from 'node:fs/promises';
import { say } from '../../../messages/index.ts';
import { OutlineError } from '../../../outline/error.ts';
import type { Position } from '../../../outline/types.ts';
import { readTemplate, TemplateError, type Template } from './read.ts';

const read = new Map<string, Promise<Template>>();

/** The template at `file` (real path), or an OutlineError at `where` saying what is wrong with it. */
export async function loadTemplate(file: string, where: { file: string; at: Position }): Promise<Template> {
  const stat = await fs.stat(file);
  const key = `${file}\0${stat.mtimeMs}\0${stat.size}`;
  let template = read.get(key);
  if (!template) {
    template = fs.readFile(file).then((bytes) => readTemplate(bytes, file));
    read.set(key, template);
  }
  try {
    return await template;
  } catch (error) {
    read.delete(key);
    if (!(error instanceof TemplateError)) throw error;
    const [message, hint] =
      error.why === 'macro'
        ? [say('templateMacro'), say('templateMacroFix')]
        : error.why === 'protected'
          ? [say('templateProtected'), say('templateProtectedFix')]
          : error.why === 'tooLarge'
            ? [say('templateTooLarge'), say('templateDamagedFix')]
            : [say('templateDamaged'), say('templateDamagedFix')];
    throw OutlineError.at(where.file, where.at, message, hint);
  }
}
