// What an address written in an outline may name, wherever it is written (`![]()`, a slide attribute, raw HTML): a
// file of the project (the caller finds it on disk), an inline `data:` picture, or an http(s) address when the front
// matter says `online: true`. Anything that runs code or goes elsewhere is a problem at its line.
import { say } from '../messages/index.ts';
import type { Loads, Problem } from './types.ts';

export type Address =
  /** A file path as the outline means it: percent-decoded, `/` between folders; relative to the outline or absolute. */
  | { kind: 'file'; path: string }
  /** Kept as written: an http(s) address (with `online: true`) or a `data:` picture. */
  | { kind: 'kept' }
  | { kind: 'problem'; problem: Omit<Problem, 'line' | 'column'> };

/** Schemes whose addresses run code where a browser loads them. */
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'livescript', 'mocha']);

/** Reads an address. `online` is the front matter's setting; `written` is the address after Markdown's escapes. */
export function readAddress(written: string, loads: Loads, online: boolean): Address {
  // Browsers drop tabs and line breaks anywhere in a URL and blanks around it: `java\tscript:` is `javascript:`.
  const address = written.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (address === '') return problem(say('emptyAddress', loads === 'image'), say('relativePathHint'));
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  // `C:\…` or `C:/…` is a Windows path, not a scheme: it is a file like any other (and outside the project, mostly).
  if (scheme !== undefined && !/^[a-z]:[\\/]/i.test(address)) {
    if (SCRIPT_SCHEMES.has(scheme)) return problem(say('scriptAddress', scheme));
    if (scheme === 'http' || scheme === 'https')
      return online ? { kind: 'kept' } : problem(say('remoteAddress', shorten(address)), say('remoteHint'));
    // A picture inside the outline itself needs no network; as a page, `data:text/html` would run its script.
    if (scheme === 'data' && loads === 'image' && /^data:image\//i.test(address)) return { kind: 'kept' };
    return problem(say('otherScheme', scheme), say('relativePathHint'));
  }
  // `//host/x` is another machine: the internet from a server, a Windows share from file://.
  if (/^[\\/]{2}/.test(address)) return problem(say('networkPath', shorten(address)), say('relativePathHint'));
  return { kind: 'file', path: filePath(address) };
}

/** `images\图%201.png` → `images/图 1.png`: a backslash separates folders as on Windows (where a file name cannot
 *  hold one), and percent-escapes are decoded where they are valid UTF-8 (a lone `%` stays). */
function filePath(address: string): string {
  return address.replace(/\\/g, '/').replace(/(?:%[0-9a-f]{2})+/gi, (escaped) => {
    try {
      return decodeURIComponent(escaped);
    } catch {
      return escaped;
    }
  });
}

function problem(message: string, hint?: string): Address {
  return { kind: 'problem', problem: { message, ...(hint === undefined ? {} : { hint }) } };
}

function shorten(address: string): string {
  return address.length > 60 ? `${address.slice(0, 57)}…` : address;
}
