// The outline's `template:` found on disk: a file inside the project, as every other file an outline names; a wrong
// one is a problem at the setting's line. Only found here: it is read by the outputs that use it.
import { statSync } from 'node:fs';
import path from 'node:path';
import { displayPath, isInside } from '../files/project.ts';
import { say } from '../messages/index.ts';
import type { Outline, Problem } from '../outline/index.ts';

export function findTemplate(
  outline: Outline,
  outlineDir: string,
  projectDir: string,
  problems: Problem[],
): string | undefined {
  const written = outline.meta.template;
  if (!written) return undefined;
  const at = outline.keys.template ?? { line: 1, column: 1 };
  const file = path.resolve(outlineDir, written);
  const problem = (message: string, hint: string) => {
    problems.push({ ...at, message, hint });
    return undefined;
  };
  if (!isInside(projectDir, file))
    return problem(say('outsideProject', written), say('outsideProjectHint', displayPath(projectDir)));
  try {
    if (!statSync(file).isFile()) return problem(say('templateNotFile', written), say('templateFix'));
  } catch {
    return problem(say('templateMissing', written), say('templateFix'));
  }
  return file;
}
