// The built decks' Content-Security-Policy: only the scripts they were built with run (inline ones by hash), and
// nothing in the page, not even a script an `html: true` outline wrote, may fetch, frame or post to a local file or
// the network.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { packageFile } from '../../files/paths.ts';
import { translateSpeakerView } from './speaker-view.ts';

/** The text of every inline classic script in some HTML, as the parser hands it to CSP (up to the first `</script`).
 *  A `<script>` that is no script (in a comment, an attribute) only adds a hash that matches nothing it runs. */
export function inlineScriptTexts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script/gi)]
    .filter(
      ([, attributes]) => !/\bsrc\s*=/i.test(attributes!) && !/\btype\s*=\s*["']?application\/json/i.test(attributes!),
    )
    .map(([, , text]) => text!);
}

/** `'sha256-…'` of a script's exact text, as CSP compares it (UTF-8). */
export function sourceHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The speaker view's page that reveal.js's notes plugin writes into its new window, read out of the plugin's code
 * (a double-quoted string given to `document.write`). That window inherits the deck's policy, so its scripts must
 * be among the hashes; null when the plugin no longer looks like this (a reveal.js upgrade), so the build can say so.
 */
export function speakerViewPage(notesPluginCode: string): string | null {
  const literal = /document\.write\(("(?:[^"\\]|\\[\s\S])*")\)/.exec(notesPluginCode)?.[1];
  if (!literal) return null;
  // A JS string literal as JSON: raw tabs and line breaks escaped, `\'` a plain quote, `\xHH` as `\u00HH`.
  const json = literal
    .replace(/\\(['x\\])([0-9a-fA-F]{2})?/g, (whole, kind: string, hex?: string) =>
      kind === "'" ? `'${hex ?? ''}` : kind === 'x' && hex ? `\\u00${hex}` : whole,
    )
    .replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  try {
    return JSON.parse(json) as string;
  } catch {
    return null;
  }
}

/** Where a deck's own files are: all inside the one file (`data:` addresses), or beside index.html in its folder. */
export type DeckForm = 'one-file' | 'folder';

/** The speaker view's scripts, by the plugin file's size and time: every deck of a run, folder and one-file deck
 *  alike, asks for them, and translating the plugin's code (about 80 KB, a split and join for each label) each time
 *  was a few ms and 3 MB of garbage a deck. Read again when the file changes (a reveal.js upgrade under a running
 *  dev server). */
let speakerScripts: { stamp: string; scripts: Promise<string[]> } | undefined;

/** The scripts of the speaker view's page as the client bundles it (reveal.js's notes plugin, translated). */
export async function speakerViewScripts(): Promise<string[]> {
  // The module Vite bundles (the `import` condition), beside the `require` one resolve finds.
  const plugin = packageFile('reveal.js/plugin/notes').replace(/\.js$/, '.mjs');
  const { size, mtimeMs } = await fs.stat(plugin);
  const stamp = `${size} ${mtimeMs}`;
  if (speakerScripts?.stamp !== stamp) speakerScripts = { stamp, scripts: readSpeakerViewScripts(plugin) };
  return [...(await speakerScripts.scripts)];
}

async function readSpeakerViewScripts(plugin: string): Promise<string[]> {
  const page = speakerViewPage(translateSpeakerView(await fs.readFile(plugin, 'utf8')).code);
  if (page === null) throw new Error(`the speaker view's page was not found in ${path.basename(plugin)}`);
  return inlineScriptTexts(page);
}

/**
 * What the deck may load and run. `online`: the front matter allows remote pictures, media and pages.
 * Scripts run only by hash in both forms: from file:// a script file can be allowed neither by `'self'` (every local
 * file) nor by hash (Chromium checks a file script's `integrity` only over CORS, which file: does not do), so the
 * folder deck's client is inline too. The folder's fonts, stylesheet and pictures are files beside it: `'self'`,
 * which NARROW_TO_DECK_FOLDER narrows to the deck's folder as soon as the page opens.
 */
export function contentPolicy(scripts: readonly string[], online: boolean, form: DeckForm = 'one-file'): string {
  const remote = online ? ' https: http:' : '';
  const hashes = [...new Set(scripts.map(sourceHash))].join(' ');
  const own = form === 'folder' ? "'self' data:" : 'data:';
  return [
    "default-src 'none'",
    `script-src ${hashes || "'none'"}`,
    // reveal.js's speaker view page carries <style> and style attributes, and the client copies the deck's styles
    // into it: styles stay inline. What a style may load is still bound by font-src and img-src.
    `style-src ${form === 'folder' ? "'self' " : ''}'unsafe-inline'`,
    `font-src ${own}`,
    `img-src ${own}${remote}`,
    `media-src ${own}${remote}`,
    // No frames of local files: the speaker view draws its previews as copies of the slides (client/speaker-previews.ts),
    // since from file:// the deck's own file could only be allowed together with every other local file.
    `frame-src ${online ? remote.trim() : "'none'"}`,
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The folder deck's first script, right after its policy: opened from file://, where `'self'` would be every local
 * file, it adds the same policy again with `'self'` as the deck's own folder (`file://*` and the folder's path: a
 * path source matches that folder and what is inside it, on any host, so a copy on a USB stick or a share works).
 * A page must satisfy both policies, so the second can only narrow the first, and it is in force before the slides
 * (and anything an `html: true` outline wrote) are parsed. Served over http, `'self'` is the server and stays.
 * ES5, for old meeting-room browsers; a constant, so its hash is one the policy always holds.
 */
export const NARROW_TO_DECK_FOLDER = `(function () {
  var policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  if (location.protocol !== 'file:' || !policy) return;
  var folder = location.pathname.replace(/[^/]*$/, '').replace(/[\\s;,']/g, function (c) {
    return '%' + ('0' + c.charCodeAt(0).toString(16).toUpperCase()).slice(-2);
  });
  var narrowed = document.createElement('meta');
  narrowed.httpEquiv = 'Content-Security-Policy';
  narrowed.content = policy.content.replace(/'self'/g, 'file://*' + folder);
  document.head.appendChild(narrowed);
})();`;

/** The policy as the first element of <head>, so that it covers everything after it. */
export function contentPolicyTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
}
