// Where a deck's project is, and how its files are named in messages: the two path questions every command asks.
// `path` and `cwd` are parameters so that Windows paths (drive letters, backslashes) can be tested on any machine.
import nodePath from 'node:path';

/** The path functions of one platform: `path.posix` or `path.win32` (the running one by default). */
export type PathApi = Pick<typeof nodePath, 'relative' | 'resolve' | 'dirname' | 'isAbsolute' | 'sep' | 'join'>;

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

/** The folder a deck's files must stay inside: the working directory when it holds the outline, else the
 *  outline's own folder. */
export function projectDirFor(outlinePath: string, where: Where = {}): string {
  const p = where.path ?? nodePath;
  const cwd = where.cwd ?? process.cwd();
  const absolute = p.resolve(cwd, outlinePath);
  return isInside(cwd, absolute, p) ? cwd : p.dirname(absolute);
}

/** True when `file` is `dir` or lies below it (compared as paths, not as strings: `/a/bc` is not inside `/a/b`). */
export function isInside(dir: string, file: string, p: PathApi = nodePath): boolean {
  const relative = p.relative(dir, file);
  return relative === '' || (!relative.startsWith(`..${p.sep}`) && relative !== '..' && !p.isAbsolute(relative));
}
