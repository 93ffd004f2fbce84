// The printing browser reads only the deck: a hostile `html: true` outline (a script, an `<img onerror>`, an iframe on a
// folder listing) gets no local file outside the deck into the slides PDF, and the page's request log shows the
// browser fetched nothing else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runSpeechdeck } from '../../support/cli.ts';
import { readPdf } from '../../support/pdf.ts';
import { buildDeck } from '../../../src/outputs/deck/folder.ts';
import { newPage, withBrowser } from '../../../src/outputs/browser/launch.ts';
import { deckUrl, openDeck } from '../../../src/outputs/page.ts';
import { mayRead } from '../../../src/outputs/browser/request-filter.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-request-filter-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const project = path.join(work, '项目 一');
fs.mkdirSync(path.join(project, 'slides'), { recursive: true });
const secret = path.join(work, 'secret.txt');
fs.writeFileSync(secret, 'SECRET-LINE-4242');
const secretUrl = pathToFileURL(secret).href;
const folderUrl = pathToFileURL(work).href + '/';
const outline = path.join(project, 'slides/evil.md');
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
    `<img src="data:image/png;base64,AAAA" onerror="this.onerror=null; this.src='${secretUrl}'">`,
    '',
    `<div id="f"></div><script>for (const src of ['${secretUrl}', '${folderUrl}', 'file:///etc/hostname']) { const frame = document.createElement('iframe'); frame.src = src; frame.width = 600; frame.height = 200; document.getElementById('f').append(frame); } fetch('${secretUrl}').then((r) => r.text()).then((t) => { document.getElementById('f').append(t); }, () => undefined);</script>`,
    '',
  ].join('\n'),
);

describe('the printing page', () => {
  it('requests nothing outside the deck folder, even for a script the outline wrote', async () => {
    const built = await buildDeck(outline, path.join(project, 'dist'));
    const served: string[] = [];
    const refused: string[] = [];
    await withBrowser(async (browser) => {
      const page = await newPage(browser, 1280, 720);
      // The deck's own policy stops these frames before they are asked for; without it the filter must stop them.
      await page.setBypassCSP(true);
      page.on('requestfinished', (request) => served.push(request.url()));
      page.on('requestfailed', (request) => refused.push(request.url()));
      await openDeck(page, deckUrl(built.indexHtml, { 'print-pdf': true }), 'test');
      await page.pdf();
    });
    const deckFolder = pathToFileURL(built.deckDir).href + '/';
    expect(served.length).toBeGreaterThan(3);
    expect(served.filter((url) => !url.startsWith(deckFolder) && !url.startsWith('data:'))).toEqual([]);
    expect(refused).toEqual(expect.arrayContaining([secretUrl, folderUrl, 'file:///etc/hostname']));
  });

  it('is given a served document at its own address, from a staging file removed once read', async () => {
    const built = await buildDeck(outline, path.join(project, 'dist'));
    const url = deckUrl(built.indexHtml, { 'print-pdf': true });
    const html = fs.readFileSync(built.indexHtml, 'utf8').replace('<body', '<body data-served="范围"');
    const seen = await withBrowser(async (browser) => {
      const page = await newPage(browser, 1280, 720);
      await openDeck(page, url, 'test', undefined, false, html);
      return page.evaluate(() => ({ href: location.href, served: document.body.dataset.served }));
    });
    expect(seen).toEqual({ href: url, served: '范围' });
    expect(fs.readdirSync(built.deckDir).filter((name) => name.startsWith('.speechdeck-tmp-'))).toEqual([]);
  });

  it('prints no local file into the slides PDF, the handout or the script', async () => {
    const run = runSpeechdeck(project, { LANG: 'C.UTF-8' }, ['deck', outline]);
    expect(run.code, run.stderr).toBe(0);
    const hostname = fs.readFileSync('/etc/hostname', 'utf8').trim();
    for (const pdf of ['evil.pdf', 'evil-handout.pdf', 'evil-script.pdf']) {
      const text = (await readPdf(path.join(project, 'dist', pdf))).map((page) => page.text).join('\n');
      expect(text, pdf).toContain('第一页');
      expect(text, pdf).not.toContain('SECRET-LINE');
      expect(text, pdf).not.toContain('secret.txt');
      if (hostname) expect(text, pdf).not.toContain(hostname);
    }
  });
});

describe('what the page may read', () => {
  const deck = path.join(work, 'deck');
  fs.mkdirSync(path.join(deck, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(deck, 'index.html'), '');
  fs.writeFileSync(path.join(deck, 'assets/a b.png'), '');
  fs.symlinkSync(secret, path.join(deck, 'assets/link.txt'));
  const allowed = (online: boolean) => ({ places: new Set([fs.realpathSync(deck)]), online });
  const url = (file: string) => pathToFileURL(path.join(deck, file)).href;

  it('is a file of the deck, by any spelling of its address', () => {
    expect(mayRead(`${url('index.html')}?print-pdf#/2`, allowed(false))).toBe(true);
    expect(mayRead(url('assets/a b.png'), allowed(false))).toBe(true);
    expect(mayRead(`${pathToFileURL(deck).href}/assets/../assets/a%20b.png`, allowed(false))).toBe(true);
  });

  it('is not a folder listing, a file beside the deck, a link out of it, or a missing file', () => {
    expect(mayRead(pathToFileURL(deck).href + '/', allowed(false))).toBe(false);
    expect(mayRead(url('assets'), allowed(false))).toBe(false);
    expect(mayRead(`${pathToFileURL(deck).href}/../secret.txt`, allowed(false))).toBe(false);
    expect(mayRead(pathToFileURL(`${deck}-other/index.html`).href, allowed(false))).toBe(false);
    expect(mayRead(url('assets/link.txt'), allowed(false))).toBe(false);
    expect(mayRead(url('nothing.png'), allowed(false))).toBe(false);
  });

  it('is the internet only with `online: true`, and never another scheme', () => {
    expect(mayRead('https://example.org/a.png', allowed(false))).toBe(false);
    expect(mayRead('https://example.org/a.png', allowed(true))).toBe(true);
    expect(mayRead('ftp://example.org/a.png', allowed(true))).toBe(false);
    expect(mayRead('chrome://version', allowed(true))).toBe(false);
    expect(mayRead('data:image/png;base64,AA', allowed(false))).toBe(true);
  });
});
