// When writing an output fails because of the machine (no permission, a read-only disk, a file where a folder must
// be, a full disk): one sentence that names the place and says what to do, instead of a bare EACCES.
import { statSync } from 'node:fs';
import path from 'node:path';
import { say } from '../messages/index.ts';
import { sentences } from '../outline/error.ts';
import { STAGING_PREFIX } from './atomic.ts';
import { displayPath } from './project.ts';

/** The system calls that write, create or move files and folders. */
const WRITING = new Set([
  'open',
  'mkdir',
  'rename',
  'write',
  'copyfile',
  'unlink',
  'rmdir',
  'rm',
  'mkdtemp',
  'link',
  'symlink',
  'utime',
  'chmod',
  'fsync',
  'cp',
]);

/** The message for a failed write, or undefined when `error` is not one. */
export function writeFailure(error: unknown): string | undefined {
  const failure = error as (Partial<NodeJS.ErrnoException> & { dest?: string }) | null;
  if (
    !failure ||
    typeof failure !== 'object' ||
    typeof failure.code !== 'string' ||
    !WRITING.has(failure.syscall ?? '')
  )
    return undefined;
  const target = failure.dest ?? failure.path;
  if (typeof target !== 'string') return undefined;
  const folder = displayPath(path.dirname(target));
  switch (failure.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return sentences(say('cannotWritePermission', folder), say('cannotWritePermissionHint'));
    case 'ENOTDIR':
    case 'EEXIST': {
      const file = fileOnTheWay(target);
      return file ? sentences(say('fileInTheWay', displayPath(file)), say('inTheWayHint')) : undefined;
    }
    case 'EISDIR':
      return sentences(say('folderInTheWay', displayPath(target)), say('inTheWayHint'));
    case 'ENOSPC':
    case 'EDQUOT':
      return sentences(say('diskFull', displayPath(outputOf(target))), say('diskFullHint'));
    default:
      return undefined;
  }
}

/** The output a staging file stands for (files/atomic.ts): `dist/.speechdeck-tmp-12-3-talk.pdf` is `dist/talk.pdf`. */
function outputOf(file: string): string {
  const name = path.basename(file);
  return name.startsWith(STAGING_PREFIX)
    ? path.join(path.dirname(file), name.slice(STAGING_PREFIX.length).replace(/^\d+-[0-9a-z]+-/, ''))
    : file;
}

/** The file that stands where a folder of `target`'s path should be: the nearest existing part of the path. */
function fileOnTheWay(target: string): string | undefined {
  for (let at = path.resolve(target); path.dirname(at) !== at; at = path.dirname(at)) {
    try {
      return statSync(at).isDirectory() ? undefined : at;
    } catch {
      // not there: look one folder up
    }
  }
  return undefined;
}
