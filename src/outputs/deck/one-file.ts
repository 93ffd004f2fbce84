// The whole deck in one file, dist/<name>.html, to send by WeChat or email or carry alone on a USB stick: the
// deck folder's page with its script, stylesheet, subset fonts and images inside it, so it opens by double-click
// from any folder with no network and asks for no other file.
import fs from 'node:fs/promises';
import path from 'node:path';
import { escapeHtml } from '../../deck/index.ts';
import { writeFileAtomically } from '../../files/atomic.ts';
import { contentType } from '../../files/content-type.ts';
import { fontFaceCss } from '../../fonts/index.ts';
import { fontLicenceComment } from '../../fonts/licences.ts';
import { deckDocument } from '../../deck/document.ts';
import { FONT_FOLDER } from './folder.ts';
import type { WrittenDeck } from './folder.ts';
import { inlineScript } from './inline.ts';
import { contentPolicy, contentPolicyTag, inlineScriptTexts, speakerViewScripts } from './content-policy.ts';

/** The one-file deck just written. */
export interface OneFileDeck {
  path: string;
  bytes: number;
}

/** `data:<type>;base64,…` of a file. */
async function dataUrl(file: string): Promise<string> {
  return `data:${contentType(file)};base64,${(await fs.readFile(file)).toString('base64')}`;
}

/** The same inside <style>: a stylesheet holds no `</style` but in a string, where `<\/` reads the same. */
function inlineStyle(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** A stylesheet's relative url()s (files the client build put beside it) as data: URLs. */
async function withDataUrls(css: string, folder: string): Promise<string> {
  const found = [
    ...new Set(
      [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
        .map((m) => m[2]!)
        .filter((url) => !/^(data:|#|[a-z]+:)/i.test(url)),
    ),
  ];
  const urls = new Map(
    await Promise.all(
      found.map(async (url) => [url, await dataUrl(path.join(folder, decodeURI(url.split(/[?#]/)[0]!)))] as const),
    ),
  );
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, _quote: string, url: string) =>
    urls.has(url) ? `url(${urls.get(url)})` : whole,
  );
}

/** The slides' HTML with each local image as a data: URL, and the pictures it shows more than once (a photo on three
 *  slides, the logo on every slide) apart, each stored once: `picturesScript` puts them back when the page loads.
 *  Each file is read once, however many addresses name it; files of the same bytes make the same URL. */
async function slidesWithImages(written: WrittenDeck): Promise<{ slides: string; shared: string[] }> {
  const files = new Map<string, Promise<string>>();
  const urls = new Map<string, string>();
  await Promise.all(
    [...written.pictures].map(async ([address, file]) => {
      if (!files.has(file)) files.set(file, dataUrl(file));
      const url = await files.get(file)!;
      urls.set(address, url);
      urls.set(escapeHtml(address), url);
    }),
  );
  const html = written.deck.slidesHtml;
  // (no picture: nothing to look for in the slides)
  if (urls.size === 0) return { slides: html, shared: [] };
  const uses = new Map<string, number>();
  for (const match of html.matchAll(/"([^"]*)(?=")/g)) {
    const url = urls.get(match[1]!);
    if (url !== undefined) uses.set(url, (uses.get(url) ?? 0) + 1);
  }
  const shared = [...uses].filter(([, count]) => count > 1).map(([url]) => url);
  const ids = new Map(shared.map((url, id) => [url, id]));
  const once = new Map([...urls].filter(([, url]) => !ids.has(url)));
  const byId = new Map(
    [...urls].flatMap(([address, url]) => (ids.has(url) ? [[address, ids.get(url)!] as const] : [])),
  );
  return { slides: inlinePictures(sharePictures(html, byId), once), shared };
}

/** Attributes naming a picture shown more than once (`src="images/a.png"`) as `data-sd-picture-src="0"`: the
 *  number of its one copy, which the page's own script sets back before anything shows it. */
function sharePictures(html: string, ids: ReadonlyMap<string, number>): string {
  if (ids.size === 0) return html;
  return html.replace(/(\s)([A-Za-z][\w:.-]*)="([^"]*)"/g, (whole, space: string, name: string, value: string) => {
    const id = ids.get(value);
    return id === undefined ? whole : `${space}data-sd-picture-${name.toLowerCase()}="${id}"`;
  });
}

/** The pictures shown more than once, each stored once (JSON, which runs nothing), and the script that sets each
 *  `data-sd-picture-<attribute>` back as that attribute, before the deck's own script starts reveal.js. The data:
 *  URL is one string however many images share it (and one picture in the browser's memory). */
function picturesScript(shared: readonly string[]): string {
  if (shared.length === 0) return '';
  return (
    `<script type="application/json" id="sd-pictures">${JSON.stringify(shared)}</script>\n` +
    `<script>${SET_PICTURES}</script>\n`
  );
}

const SET_PICTURES = `(() => {
  const urls = JSON.parse(document.getElementById('sd-pictures').textContent);
  for (const element of document.body.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (!attribute.name.startsWith('data-sd-picture-')) continue;
      element.setAttribute(attribute.name.slice(16), urls[Number(attribute.value)]);
      element.removeAttribute(attribute.name);
    }
  }
})();`;

/**
 * Every quoted value `"address"` in the HTML that `urls` knows, replaced by its URL, in one pass over the HTML:
 * one replace of the whole text per picture would take time in the pictures times the deck's size.
 * Each `"` may open a value, so a stray quote in raw HTML's text does not hide the addresses after it.
 */
export function inlinePictures(html: string, urls: ReadonlyMap<string, string>): string {
  if (urls.size === 0) return html;
  return html.replace(/"([^"]*)(?=")/g, (whole, value: string) => {
    const url = urls.get(value);
    return url === undefined ? whole : `"${url}`;
  });
}

/** Writes the one-file deck of a deck just written into its folder (same client, fonts and slides). */
export async function writeOneFile(written: WrittenDeck, target: string): Promise<OneFileDeck> {
  const { client } = written;
  const stylesheetFile = path.join(client.dir, client.stylesheet);
  const [script, stylesheet, fonts, slides, speakerScripts] = await Promise.all([
    fs.readFile(path.join(client.dir, client.script), 'utf8'),
    fs.readFile(stylesheetFile, 'utf8').then((css) => withDataUrls(css, path.dirname(stylesheetFile))),
    Promise.all(
      // from the deck's folder, which holds them, not from the fonts' cache, which something else may empty
      written.fonts.map(async (font) => ({
        face: font.face,
        url: await dataUrl(path.join(written.deckDir, FONT_FOLDER, font.name)),
        covers: font.covers,
      })),
    ),
    slidesWithImages(written),
    speakerViewScripts(),
  ]);
  const bodyEnd = `${picturesScript(slides.shared)}<script>\n${inlineScript(script)}\n</script>\n`;
  // Scripts by hash: the client, those the outline wrote (`html: true`), and the speaker view's.
  const policy = contentPolicy(
    [...inlineScriptTexts(bodyEnd), ...inlineScriptTexts(slides.slides), ...speakerScripts],
    written.deck.plan.meta.online,
    'one-file',
  );
  // (the fonts' licences named beside them: the licence travels with the font)
  const licences = fontLicenceComment(written.fonts.map((font) => font.face));
  const head = `${contentPolicyTag(policy)}\n${licences}\n<style>\n${fontFaceCss(fonts)}\n</style>\n<style>\n${inlineStyle(stylesheet)}\n</style>`;
  const html = deckDocument(written.deck.plan, head, slides.slides, bodyEnd);
  await writeFileAtomically(target, html);
  return { path: target, bytes: Buffer.byteLength(html) };
}
