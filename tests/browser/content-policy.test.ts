// The one-file deck's Content-Security-Policy, opened from file:// with no request filter: a script a hostile
// `html: true` outline wrote runs (it was built with the deck) but cannot fetch a local file, and an `<img onerror>`
// handler the outline wrote does not run; the requests the page made show nothing outside the deck was asked for.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/outputs/deck/folder.ts';
import { writeOneFile } from '../../src/outputs/deck/one-file.ts';
import { newPage, withBrowser } from '../../src/outputs/browser/launch.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-content-policy-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const secret = path.join(work, 'secret.txt');
fs.writeFileSync(secret, 'SECRET-LINE-4242');
const secretUrl = pathToFileURL(secret).href;
const outline = path.join(work, 'slides/evil.md');
fs.mkdirSync(path.dirname(outline), { recursive: true });
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
    `<img src="data:image/png;base64,AAAA" onerror="document.documentElement.dataset.handlerRan = 'yes'; this.onerror = null; this.src = '${secretUrl}'">`,
    '',
    `<div id="f"></div><script>document.documentElement.dataset.outlineScript = 'ran'; for (const src of ['${secretUrl}', 'file:///etc/hostname']) fetch(src).then((r) => r.text()).then((t) => { document.getElementById('f').append(t); }, () => { document.documentElement.dataset.fetchFailed = 'yes'; });</script>`,
    '',
  ].join('\n'),
);

describe("the one-file deck's policy", () => {
  it("lets the outline's own script run but not fetch a file, and runs no inline handler", async () => {
    const built = await buildDeck(outline, path.join(work, 'dist'));
    const oneFile = await writeOneFile(built, path.join(work, 'dist', 'evil.html'));
    const html = fs.readFileSync(oneFile.path, 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    const requested: string[] = [];
    await withBrowser(async (browser) => {
      const page = await newPage(browser, 1280, 720);
      await page.evaluateOnNewDocument(() => {
        const seen: string[] = [];
        (window as unknown as { violations: string[] }).violations = seen;
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
        );
      });
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(pathToFileURL(oneFile.path).href, { waitUntil: 'load' });
      await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
      await page.waitForSelector('html[data-fetch-failed]');
      const state = await page.evaluate(() => ({
        data: { ...document.documentElement.dataset },
        text: document.body.textContent,
        violations: (window as unknown as { violations: string[] }).violations,
      }));
      expect(state.data.outlineScript).toBe('ran');
      expect(state.data.handlerRan).toBeUndefined();
      expect(state.text).not.toContain('SECRET-LINE');
      // Chromium names only the scheme of a blocked file: address; the outline's script asked for two files.
      expect(state.violations.filter((violation) => violation === 'connect-src file')).toHaveLength(2);
      expect(state.violations.some((violation) => violation.startsWith('script-src-attr'))).toBe(true);
    });
    expect(requested.filter((url) => url !== pathToFileURL(oneFile.path).href && !url.startsWith('data:'))).toEqual([]);
  });
});
