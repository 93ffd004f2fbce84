// The phone remote in real browsers: a phone-sized page pairs with the QR code's one-time token and its 下一页 turns
// the deck; requests without the token, from another site or naming another host change nothing; a second phone is
// refused until the presenter confirms it on the PC; the control channel is rate-limited.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Dialog, Page, Target } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { loadDeck } from '../../src/load/index.ts';
import { rateLimit } from '../../src/server/lectern/remote.ts';
import { remoteStart } from '../../src/server/lectern/remote-start.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';
import { setLanguage } from '../../src/messages/index.ts';
import { openDeckPage } from '../support/browser.ts';
import { send } from '../support/editor-server.ts';
import { startLecternWithRemote } from '../support/lectern.ts';
import type { LecternWithRemote } from '../support/lectern.ts';

const sample = inject('sample');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-remote-'));
let browser: Browser | undefined;
let lectern: LecternWithRemote | undefined;
let presenter: Page;
let pairing: string;
/** The session of the phone that controls the deck now. */
let confirmed: string | undefined;
const currentSession = async () => {
  if (!confirmed) throw new Error('no phone was confirmed: the earlier test failed');
  return confirmed;
};

beforeAll(async () => {
  // The phone's page speaks the command's language: Chinese here.
  setLanguage('zh');
  lectern = await startLecternWithRemote({
    deck: await loadDeck(SAMPLE_OUTLINE),
    deckDir: sample.deckDir,
    outlinePath: path.join(root, 'slides', 'qunzhong.md'),
    token: 'present-test-token-0123456789',
  });
  ({ pairing } = lectern);
  browser = await launchBrowser();
  ({ page: presenter } = await openDeckPage(browser, lectern.presenterUrl));
  await presenter.waitForSelector('.sd-remote-qr img');
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  await lectern?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Waits until the page shows slide h. By the clock, not by animation frames: the presenter's tab is hidden behind the
 *  phone's pages (headless Chromium opens them as tabs of one window) and a hidden page draws no frames, so a wait
 *  that checks on each frame never looks again once its first look came before the turn. */
const at = (page: Page, h: number) =>
  page.waitForFunction(
    (want) => (window as unknown as { speechdeck: { getIndices(): { h: number } } }).speechdeck.getIndices().h === want,
    { polling: 50 },
    h,
  );
const indexOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { speechdeck: { getIndices(): { h: number } } }).speechdeck.getIndices().h);
const post = (pathname: string, body: unknown, headers: Record<string, string> = {}) =>
  send(lectern!.server.port, pathname, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('the phone remote', () => {
  it('refuses everything without the token, from another site, or naming another host', async () => {
    expect((await post('/remote/turn', { to: 'next' })).status).toBe(403);
    expect((await post('/remote/turn', { to: 'next' }, { 'x-speechdeck-session': 'guess' })).status).toBe(403);
    expect((await post('/remote/pair', { pair: 'wrong' })).status).toBe(403);
    expect((await post('/remote/pair', { pair: pairing }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('/remote/pair', { pair: pairing }, { host: 'evil.example' })).status).toBe(403);
    // The presenter's channel needs the presenter's token.
    expect((await send(lectern!.server.port, '/__speechdeck/remote/qr.svg')).status).toBe(403);
    expect((await post('/__speechdeck/remote/confirm', { id: 'x' })).status).toBe(403);
    // Nothing outside the deck folder through the remote's paths either.
    expect((await send(lectern!.server.port, '/remote/../../../etc/passwd')).status).toBe(403);
    expect(await indexOf(presenter)).toBe(0);
  });

  it("shows the QR code and the phone's address in the speaker view (Q), not on the audience's screen", async () => {
    const opened = new Promise<Target>((resolve) => browser!.once('targetcreated', resolve));
    await presenter.keyboard.press('s');
    const speaker = (await (await opened).page())!;
    try {
      await speaker.waitForFunction(
        () => {
          const image = document.querySelector<HTMLImageElement>('.sd-remote-panel img');
          return (
            !!image?.complete && image.naturalWidth > 0 && !!document.querySelector('.sd-remote-address')?.textContent
          );
        },
        { timeout: 60_000 },
      );
      const address = await speaker.$eval('.sd-remote-address', (element) => element.textContent);
      expect(address).toBe(`http://127.0.0.1:${lectern!.server.port}/remote#pair=${pairing}`);
      expect(await speaker.$eval('.sd-remote-panel', (element) => element.textContent)).toContain('用手机扫码翻页');
      // The deck's own code goes once the speaker view has it.
      await presenter.waitForSelector('.sd-remote-qr', { hidden: true });
      await speaker.keyboard.press('q');
      await speaker.waitForSelector('.sd-remote-panel', { hidden: true });
      await speaker.keyboard.press('q');
      await speaker.waitForSelector('.sd-remote-panel', { visible: true });
      // Q there is the panel's: the deck's code stays hidden.
      expect(await presenter.$eval('.sd-remote-qr', (element) => (element as HTMLElement).hidden)).toBe(true);
    } finally {
      await speaker.close();
    }
  });

  it('pairs a phone-sized page with the QR code, whose 下一页 turns the deck', async () => {
    const phone = await browser!.newPage();
    await phone.setViewport({ width: 375, height: 667, isMobile: true, hasTouch: true });
    await phone.goto(`http://127.0.0.1:${lectern!.server.port}/remote#pair=${pairing}`);
    await phone.waitForFunction(() => document.getElementById('number')?.textContent?.startsWith('1 /'));
    const next = await phone.evaluate(() => {
      const box = document.getElementById('next')!.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, text: document.getElementById('next')!.textContent };
    });
    // The bottom half of the screen is 下一页.
    expect(next.text).toBe('下一页');
    expect(next.top).toBeLessThanOrEqual(667 / 2 + 1);
    expect(next.bottom).toBeGreaterThanOrEqual(666);
    await phone.tap('#next');
    await at(presenter, 1);
    await phone.waitForFunction(() => document.getElementById('number')?.textContent?.startsWith('2 /'));
    await phone.tap('#prev');
    await at(presenter, 0);
    await phone.close();
  });

  it('refuses a second phone until the presenter confirms it on the PC', async () => {
    const asking = new Promise<Dialog>((resolve) => presenter.once('dialog', resolve));
    const asked = JSON.parse((await post('/remote/pair', { pair: pairing })).body) as {
      waiting: string;
      session: string;
    };
    expect(asked.waiting).toBeTruthy();
    const second = { 'x-speechdeck-session': asked.session };
    expect((await post('/remote/turn', { to: 'next' }, second)).status).toBe(403);
    // Asking again is the same wait, not a new request.
    expect(JSON.parse((await post('/remote/pair', { session: asked.session })).body)).toMatchObject({
      waiting: asked.waiting,
    });
    const dialog = await asking;
    expect(dialog.message()).toContain('另一部手机请求翻页');
    expect((await post('/remote/turn', { to: 'next' }, second)).status).toBe(403);
    await dialog.accept();
    // (The page is blocked while it asks: only now can it be read.) The refused taps moved nothing.
    expect(await indexOf(presenter)).toBe(0);
    let paired: { session?: string; waiting?: string } = {};
    while (!paired.session || paired.waiting) {
      paired = JSON.parse((await post('/remote/pair', { session: asked.session })).body);
    }
    expect((await post('/remote/turn', { to: 'next' }, second)).status).toBe(204);
    await at(presenter, 1);
    confirmed = paired.session;
  });
});

describe('a phone that loses the connection', () => {
  it('comes back to the slide the deck shows, and the deck does not jump', async () => {
    // The phone that controls now (the one confirmed above) keeps its session, as a phone's browser does; a fresh
    // context, so that no other page's storage is shared. Its address has no pairing token: the session alone.
    const session = await currentSession();
    const context = await browser!.createBrowserContext();
    try {
      const phone = await context.newPage();
      await phone.setViewport({ width: 375, height: 667, isMobile: true, hasTouch: true });
      await phone.evaluateOnNewDocument((kept) => localStorage.setItem('speechdeck-remote-session', kept), session);
      const number = (h: number) =>
        phone.waitForFunction(
          (want) => document.getElementById('number')?.textContent?.startsWith(`${want} /`),
          {},
          h + 1,
        );
      await phone.goto(`http://127.0.0.1:${lectern!.server.port}/remote`);
      const shown = await indexOf(presenter);
      await number(shown);
      // The connection goes (a lift, a locked screen): the phone is cut off and cannot get back for a while. A tap
      // now is lost, not kept for later. (The server drops every connection: the deck's own event stream comes back
      // by itself, as the browser's EventSource does.)
      await phone.setOfflineMode(true);
      await presenter.evaluate(() => delete document.documentElement.dataset.speechdeckRemote);
      lectern!.server.server.closeAllConnections();
      await phone.waitForFunction(() => document.getElementById('status')?.textContent !== '');
      await phone.tap('#next');
      // Meanwhile the deck moves on without the phone (the presenter's keys).
      await presenter.keyboard.press('ArrowRight');
      await presenter.keyboard.press('ArrowRight');
      await at(presenter, shown + 2);
      const turnedAt = await presenter.evaluate(() => document.documentElement.dataset.speechdeckTurnedAt);
      await phone.setOfflineMode(false);
      // Back: the phone shows the deck's slide, and the deck has not moved since.
      await number(shown + 2);
      await phone.waitForFunction(() => document.getElementById('status')?.textContent === '');
      expect(await indexOf(presenter)).toBe(shown + 2);
      expect(await presenter.evaluate(() => document.documentElement.dataset.speechdeckTurnedAt)).toBe(turnedAt);
      // The page itself reloaded (a phone's browser drops a page it hid): the same, by the kept session.
      await phone.reload();
      await number(shown + 2);
      expect(await indexOf(presenter)).toBe(shown + 2);
      expect(await presenter.evaluate(() => document.documentElement.dataset.speechdeckTurnedAt)).toBe(turnedAt);
      // And it still controls the deck.
      await presenter.waitForSelector('html[data-speechdeck-remote]');
      await phone.tap('#next');
      await at(presenter, shown + 3);
      await number(shown + 3);
    } finally {
      await context.close();
    }
  });
});

describe('the remote turned on from the speaker view (present without --remote)', () => {
  it('listens on the network when the speaker asks, shows the code there, and the phone turns the deck', async () => {
    let local: LecternWithRemote | undefined;
    const listening: number[] = [];
    const start = remoteStart({
      server: () => local!.server,
      // This machine may have no network: the loopback address stands in for one.
      lan: () => ['127.0.0.1'],
      noNetwork: 'no network',
      onListening: (_, used) => listening.push(used),
    });
    local = await startLecternWithRemote({
      deck: await loadDeck(SAMPLE_OUTLINE),
      deckDir: sample.deckDir,
      outlinePath: path.join(root, 'slides', 'qunzhong.md'),
      token: 'present-start-test-token-0123456789',
      start,
    });
    let page: Page | undefined;
    let speaker: Page | undefined;
    try {
      page = (await openDeckPage(browser!, local.server.url)).page;
      // Not listening on the network until asked.
      expect(start.port()).toBeUndefined();
      expect((await page.$('.sd-remote-qr')) === null).toBe(true);
      const opened = new Promise<Target>((resolve) => browser!.once('targetcreated', resolve));
      await page.keyboard.press('s');
      speaker = (await (await opened).page())!;
      await speaker.waitForSelector('.sd-remote-panel .sd-remote-start', { hidden: true });
      await speaker.keyboard.press('q');
      await speaker.waitForSelector('.sd-remote-panel .sd-remote-start', { visible: true });
      expect(await speaker.$eval('.sd-remote-start', (element) => element.textContent)).toBe(
        '开启手机翻页（本机将在局域网上监听）',
      );
      await speaker.click('.sd-remote-start');
      await speaker.waitForFunction(() => !!document.querySelector('.sd-remote-address')?.textContent);
      expect(listening).toEqual([start.port()]);
      const address = await speaker.$eval('.sd-remote-address', (element) => element.textContent!);
      expect(address).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${start.port()}/remote#pair=[\\w-]+$`));
      // The deck's page's own requests are refused on the network's port: only the phone's answer there.
      const token = '/?k=present-start-test-token-0123456789';
      expect((await send(local.server.port, token)).status).toBe(200);
      expect((await send(start.port()!, token)).status).toBe(403);
      const phone = await browser!.createBrowserContext();
      try {
        const tab = await phone.newPage();
        await tab.setViewport({ width: 375, height: 667, isMobile: true, hasTouch: true });
        await tab.goto(address);
        await tab.waitForFunction(() => document.getElementById('number')?.textContent?.startsWith('1 /'));
        await tab.tap('#next');
        await at(page, 1);
        await tab.waitForFunction(() => document.getElementById('number')?.textContent?.startsWith('2 /'));
      } finally {
        await phone.close();
      }
    } finally {
      await speaker?.close();
      await page?.close();
      await local.close();
    }
    // The network listener stops with the server.
    expect((await send(start.port()!, '/remote').catch(() => ({ status: 0 }))).status).toBe(0);
  });
});

describe('the rate limit of the control channel', () => {
  it('lets a burst through, then so many a second', () => {
    let now = 0;
    const allowed = rateLimit(10, 20, () => now);
    const burst = Array.from({ length: 25 }, () => allowed('phone')).filter(Boolean).length;
    expect(burst).toBe(20);
    now += 500;
    expect(Array.from({ length: 10 }, () => allowed('phone')).filter(Boolean).length).toBe(5);
    expect(allowed('other')).toBe(true);
  });
});
