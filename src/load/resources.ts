// The files an outline makes the deck load, found on disk: each must be a regular file of a size a deck can carry,
// inside the project after every link is followed. Reading never blocks: a named pipe or a device is refused by what
// the opened file is, before a byte is read, so `build` cannot hang on a FIFO or fill memory from `/dev/zero`.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { ImageRef, Problem } from '../outline/index.ts';
import { formatBytes } from '../files/size.ts';
import { displayPath, isInside } from '../files/project.ts';
import { realPath } from '../files/real-path.ts';
import { say } from '../messages/index.ts';
import { checkPicture, LONGEST_SIDE, MOST_PIXELS, type PictureCheck } from './picture.ts';

/** Where addresses point: into the built deck folder (`./assets/<name>-<hash>.png`, copied there by the build), or
 *  at the project's own files (`./slides/images/x.png`, served as they are by the dev server). */
export type ImageAddresses = 'deck' | 'project';

/** The largest picture (or page, script…) a deck takes: 20 MB holds a 48-megapixel phone photo or a 4K screenshot as
 *  PNG, far more than a 1920×1080 slide shows, while the deck stays small enough to copy and send, and a browser
 *  decoding it stays within memory. */
export const LARGEST_FILE = 20 * 1024 * 1024;
/** Videos and sound: 200 MB holds a few minutes of 1080p video. */
const LARGEST_MEDIA = 200 * 1024 * 1024;

export interface ResourceContext {
  outlineDir: string;
  projectDir: string;
  addresses: ImageAddresses;
  /** Where a problem with a file is reported. */
  problems: Problem[];
  /** Where each file found is recorded: its address → its real path. */
  images: Map<string, string>;
  /** Pictures larger than a deck needs (longer than LONGEST_SIDE), each at its first line: scaled down for the deck. */
  large?: LargePicture[];
}

/** A picture the deck takes scaled down. */
export interface LargePicture {
  line: number;
  column?: number;
  /** As the outline names it. */
  written: string;
  /** Its real path. */
  file: string;
  width: number;
  height: number;
}

/** A file accepted: its real path, (for the deck) a hash of its contents, and a picture's size when it is larger
 *  than a deck needs. */
interface Accepted {
  real: string;
  hash?: string;
  large?: { width: number; height: number };
}

/** Paths are relative to the outline and must stay inside the project, links followed. Returns the address each file
 *  gets, or undefined (kept as written) for one that is wrong, which is reported at its line. */
export function imageResolver(context: ResourceContext): (image: ImageRef) => string | undefined {
  const known = new Map<string, Accepted | Problem>();
  let realProject: string | undefined;
  return (image) => {
    realProject ??= realPath(context.projectDir) ?? context.projectDir;
    const file = path.resolve(context.outlineDir, image.src);
    if (!known.has(file)) known.set(file, accept(file, image, context, realProject));
    const found = known.get(file)!;
    if ('message' in found) {
      context.problems.push({
        line: image.line,
        column: image.column,
        message: found.message,
        ...(found.hint ? { hint: found.hint } : {}),
      });
      return undefined;
    }
    const url = addressOf(file, found, context);
    if (found.large && !context.images.has(url))
      context.large?.push({
        line: image.line,
        ...(image.column === undefined ? {} : { column: image.column }),
        written: image.src,
        file: found.real,
        ...found.large,
      });
    context.images.set(url, found.real);
    return url;
  };
}

/** The checks, in the order a user would fix them: where the path points, where its links lead, what the file is. */
function accept(file: string, image: ImageRef, context: ResourceContext, realProject: string): Accepted | Problem {
  const written = image.src;
  const problem = (message: string, hint?: string): Problem => ({ message, ...(hint ? { hint } : {}) });
  if (!isInside(context.projectDir, file))
    return problem(say('outsideProject', written), say('outsideProjectHint', displayPath(context.projectDir)));
  let real: string;
  try {
    real = realpathSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return problem(say('missingFile', written), say('missingFileHint', displayPath(file)));
    return problem(say('unreadableFile', written, code ?? String(error)), say('unreadableFileHint'));
  }
  if (!isInside(realProject, real)) return problem(say('linkLeadsOutside', written, real), say('linkLeadsOutsideHint'));
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe would otherwise wait for a writer. (Windows has neither.)
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return problem(say('isFolder', written), say('isFolderHint'));
    if (code === 'ENXIO') return problem(say('notRegularFile', written), say('notRegularFileHint'));
    return problem(say('unreadableFile', written, code ?? String(error)), say('unreadableFileHint'));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return problem(say('isFolder', written), say('isFolderHint'));
    if (!stat.isFile()) return problem(say('notRegularFile', written), say('notRegularFileHint'));
    const limit = image.loads === 'video' || image.loads === 'audio' ? LARGEST_MEDIA : LARGEST_FILE;
    if (stat.size > limit)
      return problem(say('fileTooLarge', written, formatBytes(stat.size), formatBytes(limit)), say('fileTooLargeHint'));
    if (image.loads === undefined || image.loads === 'image') {
      // A picture is read whole once: checked, and hashed for its name in the deck.
      const bytes = readWhole(fd, stat.size);
      const picture = checkPicture(bytes);
      if (!picture.ok) return pictureProblem(written, picture);
      const { width = 0, height = 0 } = picture;
      const large = Math.max(width, height) > LONGEST_SIDE ? { large: { width, height } } : {};
      return context.addresses === 'deck'
        ? { real, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 10), ...large }
        : { real, ...large };
    }
    return context.addresses === 'deck' ? { real, hash: contentHash(fd, stat.size) } : { real };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(say('unreadableFile', written, code ?? String(error)), say('unreadableFileHint'));
  } finally {
    closeSync(fd);
  }
}

/** What is wrong with a picture, in the words of the message catalogue. */
function pictureProblem(written: string, picture: Exclude<PictureCheck, { ok: true }>): Problem {
  if (picture.why === 'heic') return { message: say('pictureHeic', written), hint: say('pictureHeicHint') };
  if (picture.why === 'pixels') {
    const megapixels = Math.round((picture.width * picture.height) / 1_000_000);
    return {
      message: say('pictureTooManyPixels', written, picture.width, picture.height, megapixels, MOST_PIXELS / 1_000_000),
      hint: say('pictureTooManyPixelsHint'),
    };
  }
  return { message: say('pictureUnreadable', written), hint: say('pictureUnreadableHint') };
}

/** The whole file, up to the size it had when checked. */
function readWhole(fd: number, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let read = 0;
  while (read < size) {
    const got = readSync(fd, bytes, read, size - read, read);
    if (got === 0) break;
    read += got;
  }
  return bytes.subarray(0, read);
}

/** The first ten hex digits of the file's SHA-256, read in chunks up to the size it had when checked. */
function contentHash(fd: number, size: number): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(Math.min(size, 1024 * 1024) || 1);
  for (let read = 0; read < size; ) {
    const got = readSync(fd, chunk, 0, Math.min(chunk.length, size - read), read);
    if (got === 0) break;
    hash.update(chunk.subarray(0, got));
    read += got;
  }
  return hash.digest('hex').slice(0, 10);
}

/** The address of a file: in the deck folder, named by its contents (the same picture twice is one file, a changed
 *  picture a new one); or relative to the project, as the dev server serves it. */
function addressOf(file: string, accepted: Accepted, context: ResourceContext): string {
  if (context.addresses === 'project') {
    return `./${path.relative(context.projectDir, file).split(path.sep).map(encodeURIComponent).join('/')}`;
  }
  const ext = path.extname(file).toLowerCase();
  const stem = path.basename(file, path.extname(file)).replace(/[^\w\u3400-\u9fff-]+/g, '_') || 'image';
  return `./assets/${encodeURIComponent(`${stem}-${accepted.hash}${ext.replace(/[^.\w]/g, '')}`)}`;
}
