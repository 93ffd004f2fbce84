// Where a deck's project is, and how its files are named in messages: the two path questions every command asks.
// `path` and `cwd` are parameters so that Windows paths (drive letters, backslashes) can be tested on any machine.
import nodePath from 'node:path';

/** The path functions of one platform: `path.posix` or `path.win32` (the running one by default). */
export type PathApi = Pick<
  typeof nodePath,
  'relative' | 'resolve' | 'dirname' | 'basename' | 'isAbsolute' | 'sep' | 'join'
>;

export interface Where {
  cwd?: string;
  path?: PathApi;
}

/** The name used in messages: relative to the working directory when that is shorter. */
export function displayPath(file: string, where: Where = {}): string {
  const p = where.path ?? nodePath;
  const relative = p.relative(where.cwd ?? process.cwd(), file);
  return relative && relative.length < file.length ? relative : file;
}

/** The project holding an outline: the folder above `slides/` for an outline in a folder named `slides` (the layout
 *  speechdeck makes), else the outline's own folder. Its files are the only ones a deck may show, and its `dist/` is
 *  where the outputs go; it does not depend on the folder the command runs in. */
export function projectDirFor(outlinePath: string, where: Where = {}): string {
  const p = where.path ?? nodePath;
  const folder = p.dirname(p.resolve(where.cwd ?? process.cwd(), outlinePath));
  return p.basename(folder).toLowerCase() === 'slides' ? p.dirname(folder) : folder;
}

/** Where a deck's outputs go: `dist/` in its project, unless `--out` names a folder. */
export function distDirFor(outlinePath: string, out?: string, where: Where = {}): string {
  const p = where.path ?? nodePath;
  return out !== undefined
    ? p.resolve(where.cwd ?? process.cwd(), out)
    : p.join(projectDirFor(outlinePath, where), 'dist');
}

/** True when `file` is `dir` or lies below it (compared as paths, not as strings: `/a/bc` is not inside `/a/b`). */
export function isInside(dir: string, file: string, p: PathApi = nodePath): boolean {
  const relative = p.relative(dir, file);
  return relative === '' || (!relative.startsWith(`..${p.sep}`) && relative !== '..' && !p.isAbsolute(relative));
}
