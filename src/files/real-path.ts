// A file's real path (links followed), the question every check "is this really inside that folder?" asks first.
import { realpathSync } from 'node:fs';

/** The real path of a file or folder, or undefined when it does not exist or cannot be read. */
export function realPath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}
