// The built decks' Content-Security-Policy, each form opened from file:// with no request filter (as a speaker opens
// it): a script a hostile `html: true` outline wrote runs (it was built with the deck) but cannot fetch a local file,
// a picture or a frame the outline names on a local file outside the deck is refused, an `<img onerror>` handler the
// outline wrote does not run, a script file (outside the deck or beside it) does not run, and the deck's own picture
// still loads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { buildDeck } from '../../src/outputs/deck/folder.ts';
import type { WrittenDeck } from '../../src/outputs/deck/folder.ts';
import { writeOneFile } from '../../src/outputs/deck/one-file.ts';
import { closeBrowser, launchBrowser, newPage } from '../../src/outputs/browser/launch.ts';
import { png } from '../support/pictures.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-content-policy-'));
const secret = path.join(work, 'secret.txt');
fs.writeFileSync(secret, 'SECRET-LINE-4242');
const secretUrl = pathToFileURL(secret).href;
// a picture outside the deck, and the folder that holds it (a folder listing in a frame)
const foreignPicture = path.join(work, 'private.png');
fs.writeFileSync(foreignPicture, png(40, 30));
const foreignPictureUrl = pathToFileURL(foreignPicture).href;
const workUrl = `${pathToFileURL(work).href}/`;
// a script file outside the deck, and one put into the deck's folder after the build: neither may run
const foreignScript = path.join(work, 'tool.js');
fs.writeFileSync(foreignScript, "document.documentElement.dataset.foreignScript = 'ran';");
const foreignScriptUrl = pathToFileURL(foreignScript).href;
const outline = path.join(work, 'slides/evil.md');
fs.mkdirSync(path.dirname(outline), { recursive: true });
fs.writeFileSync(path.join(work, 'slides/own.png'), png(64, 48));
fs.writeFileSync(
  outline,
  [
    '---',
    'title: 测试',
    'html: true',
    'agenda: false',
    '---',
    '',
    '## 第一页',
    '',
    '![自己的图](own.png)',
    '',
    `<img src="data:image/png;base64,AAAA" onerror="document.documentElement.dataset.handlerRan = 'yes'; this.onerror = null; this.src = '${secretUrl}'">`,
    '',
    // Written by the script, so that the build's own address check (which refuses such addresses in the outline's
    // HTML) is not what stops them: only the policy stands between the page and these files.
    `<div id="f"></div><script>
document.documentElement.dataset.outlineScript = 'ran';
const picture = new Image(); picture.id = 'foreign-picture';
picture.onload = () => { document.documentElement.dataset.foreignPicture = 'loaded'; };
picture.src = '${foreignPictureUrl}'; document.body.append(picture);
const frame = document.createElement('iframe'); frame.src = '${workUrl}'; document.body.append(frame);
const passwd = new Image(); passwd.src = 'file:///etc/passwd'; document.body.append(passwd);
for (const src of ['${foreignScriptUrl}', './tool.js']) { const script = document.createElement('script'); script.src = src; script.onerror = () => { document.documentElement.dataset.scriptsRefused = String(Number(document.documentElement.dataset.scriptsRefused ?? 0) + 1); }; document.head.append(script); }
for (const src of ['${secretUrl}', 'file:///etc/hostname', 'file:///']) fetch(src).then((r) => r.text()).then((t) => { document.getElementById('f').append(t); }, () => { document.documentElement.dataset.fetchFailed = String(Number(document.documentElement.dataset.fetchFailed ?? 0) + 1); });
</script>`,
    '',
  ].join('\n'),
);

let browser: Browser;
let built: WrittenDeck;
let oneFile: string;
beforeAll(async () => {
  built = await buildDeck(outline, path.join(work, 'dist'));
  oneFile = (await writeOneFile(built, path.join(work, 'dist', 'evil.html'))).path;
  fs.copyFileSync(foreignScript, path.join(built.deckDir, 'tool.js'));
  fs.copyFileSync(foreignScript, path.join(work, 'dist', 'tool.js'));
  browser = await launchBrowser();
});
afterAll(async () => {
  if (browser) await closeBrowser(browser);
  fs.rmSync(work, { recursive: true, force: true });
});

describe.each([
  { form: 'one-file', file: () => oneFile },
  { form: 'folder', file: () => built.indexHtml },
])("the $form deck's policy", ({ file }) => {
  it("lets the outline's own script run but not fetch a file, frame a folder or show a file outside the deck", async () => {
    const html = fs.readFileSync(file(), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src /);
    // requests answered: Chromium reports a request the policy blocked too, as failed (csp)
    const requested: string[] = [];
    const page = await newPage(browser, 1280, 720);
    try {
      await page.evaluateOnNewDocument(() => {
        const seen: string[] = [];
        (window as unknown as { violations: string[] }).violations = seen;
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
        );
      });
      page.on('requestfinished', (request) => requested.push(request.url()));
      await page.goto(pathToFileURL(file()).href, { waitUntil: 'load' });
      await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
      await page.waitForSelector('html[data-fetch-failed="3"]');
      await page.waitForSelector('html[data-scripts-refused="2"]');
      // the deck's own picture, drawn
      await page.waitForFunction(
        () => {
          const own = document.querySelector<HTMLImageElement>('.slides img[alt="自己的图"]');
          return own?.complete && own.naturalWidth === 64;
        },
        { timeout: 30_000 },
      );
      const state = await page.evaluate(() => ({
        data: { ...document.documentElement.dataset },
        text: document.body.textContent,
        violations: (window as unknown as { violations: string[] }).violations,
        frames: window.frames.length,
        policies: document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length,
      }));
      expect(state.data.outlineScript).toBe('ran');
      expect(state.data.handlerRan).toBeUndefined();
      expect(state.text).not.toContain('SECRET-LINE');
      // Chromium names only the scheme of a blocked file: address; the outline's script asked for three files, and
      // each policy refuses each (the folder deck's second policy names its folder: content-policy.ts).
      expect(state.policies).toBe(file() === oneFile ? 1 : 2);
      expect(state.violations.filter((violation) => violation === 'connect-src file')).toHaveLength(3 * state.policies);
      expect(state.violations).toContain('frame-src file');
      expect(state.violations.some((violation) => violation.startsWith('script-src-attr'))).toBe(true);
      // No script file ran: neither one outside the deck nor one beside it (scripts only by hash, both forms).
      expect(state.data.foreignScript).toBeUndefined();
      expect(state.violations).toEqual(expect.arrayContaining(['script-src-elem file']));
      // Nothing outside the deck was asked for: the folder deck's 'self' is narrowed to its own folder.
      const own = (url: string) =>
        url.startsWith('data:') ||
        url.split(/[?#]/)[0] === pathToFileURL(file()).href ||
        url.startsWith(`${pathToFileURL(built.deckDir).href}/`);
      expect(requested.filter((url) => !own(url))).toEqual([]);
      expect(state.violations).toEqual(expect.arrayContaining(['img-src file']));
      expect(state.data.foreignPicture).toBeUndefined();
    } finally {
      await page.close();
    }
  });
});
