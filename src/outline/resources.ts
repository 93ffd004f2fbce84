// The files a parse finds as it goes (`OutlineEnv`, markdown-it's env) and the address each gets in the HTML: shared
// by the rules that find them (images.ts, attributes.ts, raw-html.ts). Pure: the caller says what a path means on disk.
import type { Env } from 'markdown-it';
import { readAddress } from './address.ts';
import type { ImageRef, Loads, Position, Problem } from './types.ts';

/** What a parse carries through markdown-it's `env`: the file's lines (for positions) and the caller's resolver. */
export interface OutlineEnv extends Env {
  lines: string[];
  /** Index in `lines` of the body's first line. */
  offset: number;
  /** The files found, in the order written. */
  images: ImageRef[];
  /** The address a file gets in the rendered HTML; undefined keeps it as written. */
  imageUrl?: (image: ImageRef) => string | undefined;
  /** Problems found on the way (an address that runs code, a remote one without `online: true`). */
  problems: Problem[];
  /** The front matter's `online`: http(s) addresses may stay. */
  online: boolean;
  /** The front matter's `html`: raw HTML (and pages in slide attributes) may stay. */
  html: boolean;
}

/**
 * The address a file gets in the HTML: the caller's (for a file of the project); undefined to keep it as written (a
 * `data:` picture, an http(s) one with `online: true`, or any file when there is no caller); or '' after a problem,
 * which is recorded at `at`.
 */
export function addressFor(
  env: OutlineEnv,
  written: string,
  loads: Loads,
  at: Position,
  via?: string,
): string | undefined {
  const address = readAddress(written, loads, env.online);
  if (address.kind === 'problem') {
    env.problems.push({ ...at, ...address.problem });
    return '';
  }
  if (address.kind === 'kept') return undefined;
  const image: ImageRef = {
    ...at,
    src: address.path,
    ...(loads === 'image' ? {} : { loads }),
    ...(via ? { via } : {}),
  };
  env.images.push(image);
  return env.imageUrl?.(image);
}
