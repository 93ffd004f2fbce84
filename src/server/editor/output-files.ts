// The files an export wrote, as links the page can open: served by the editor's server (behind its token and its
// Host and Origin checks, guard.ts) from the outline's output folder only, by their place in it. Nothing else of the
// machine is reached by such an address: the file's real path must be inside the folder's, links followed.
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { API } from '../../editor/protocol.ts';
import { contentType } from '../../files/content-type.ts';
import { distDirFor, isInside } from '../../files/project.ts';
import { realPath } from '../../files/real-path.ts';

/** What the browser cannot show and offers to save (the PowerPoint opens in PowerPoint or WPS). */
const SAVED = new Set(['.pptx']);

/** The page's address of a file the export wrote (absolute, or relative to the working folder as it was told), or
 *  '' for one outside the outline's output folder. */
export function outputLink(outlinePath: string, file: string): string {
  const dist = distDirFor(outlinePath);
  const absolute = path.resolve(file);
  if (absolute === dist || !isInside(dist, absolute)) return '';
  return `${API.output}/${path.relative(dist, absolute).split(path.sep).map(encodeURIComponent).join('/')}`;
}

/** The file of the output folder an address under API.output names; undefined for anything else (outside the folder,
 *  a folder, a missing file, a link that leads out). */
export function outputFile(outlinePath: string, pathname: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(API.output.length + 1));
  } catch {
    return undefined;
  }
  if (!relative || relative.includes('\0')) return undefined;
  const dist = realPath(distDirFor(outlinePath));
  const file = dist && realPath(path.join(dist, ...relative.split('/')));
  if (!dist || !file || file === dist || !isInside(dist, file)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Sends an output file: shown in the browser, or offered to save where the browser cannot show it. */
export function serveOutput(res: ServerResponse, file: string): void {
  const extension = path.extname(file).toLowerCase();
  res.setHeader('Content-Type', contentType(file));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  const name = encodeURIComponent(path.basename(file));
  res.setHeader('Content-Disposition', `${SAVED.has(extension) ? 'attachment' : 'inline'}; filename*=UTF-8''${name}`);
  const stream = createReadStream(file);
  stream.on('error', () => {
    if (!res.headersSent) res.statusCode = 404;
    res.end();
  });
  stream.pipe(res);
}
