// The lectern's server: the deck folder and nothing outside it, only for the page that has the token (Host and
// Origin checked as the editor's), and the rehearsal's save, which writes nothing for a request it refuses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/load/index.ts';
import { readRehearsals, rehearsalPath } from '../../src/load/rehearsal.ts';
import { startLecternServer } from '../../src/server/lectern/index.ts';
import type { LecternServer } from '../../src/server/lectern/index.ts';
import { deckFile } from '../../src/server/lectern/deck-server.ts';
import { rehearsalSeconds } from '../../src/server/lectern/rehearsal.ts';
import { REHEARSAL_PATH } from '../../src/client/lectern-protocol.ts';
import { RehearsalClock } from '../../src/client/rehearsal-clock.ts';
import { send } from '../support/editor-server.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-lectern-'));
const outline = path.join(root, 'slides', 'talk.md');
const deckDir = path.join(root, 'dist', 'talk');
const TOKEN = 'lectern-test-token-0123456789';
let server: LecternServer;

beforeAll(async () => {
  fs.mkdirSync(path.dirname(outline), { recursive: true });
  fs.writeFileSync(
    outline,
    '---\ntitle: 试讲\n---\n\n## 第一页\n\n- 要点\n\n::: notes\n我们要把群众路线贯彻到治国理政全部活动之中。\n:::\n',
  );
  fs.mkdirSync(path.join(deckDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(deckDir, 'index.html'), '<!doctype html><title>deck</title>');
  fs.writeFileSync(path.join(deckDir, 'assets', 'a.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(deckDir, 'link.txt'));
  const deck = await loadDeck(outline);
  server = await startLecternServer({ deck, deckDir, host: '127.0.0.1', port: 0, token: TOKEN });
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const withToken = { cookie: `speechdeck-edit-0=x`, 'x-speechdeck-token': TOKEN };

describe("the lectern's server", () => {
  it('serves the deck to the address it printed, and sets the cookie its later requests carry', async () => {
    const page = await send(server.port, `/?k=${TOKEN}&rehearse`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>deck</title>');
    expect((await send(server.port, '/assets/a.css', { headers: withToken })).body).toBe('body{}');
  });

  it('refuses a request without the token, from another site, or naming another host', async () => {
    expect((await send(server.port, '/')).status).toBe(403);
    expect((await send(server.port, '/?k=wrong')).status).toBe(403);
    expect((await send(server.port, '/', { headers: { ...withToken, origin: 'http://evil.example' } })).status).toBe(
      403,
    );
    expect((await send(server.port, '/', { headers: { ...withToken, host: 'evil.example' } })).status).toBe(403);
  });

  it('serves nothing outside the deck folder, however the path is spelt', async () => {
    for (const address of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/link.txt',
      '/%00',
      '/%E0%A4%A',
      '/assets',
    ]) {
      const answer = await send(server.port, address, { headers: withToken });
      expect([answer.status, address]).toEqual([404, address]);
      expect(answer.body).not.toContain('secret');
    }
    expect(await deckFile(deckDir, '/../../etc/passwd')).toBeUndefined();
  });

  it('saves a rehearsal posted with the token, and nothing for one without it', async () => {
    const body = JSON.stringify({ seconds: [3, 2, 9, 4] });
    const refused = await send(server.port, REHEARSAL_PATH, { method: 'POST', body });
    expect(refused.status).toBe(403);
    const foreign = await send(server.port, REHEARSAL_PATH, {
      method: 'POST',
      body,
      headers: { ...withToken, origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(fs.existsSync(rehearsalPath(outline))).toBe(false);

    const wrongLength = await send(server.port, REHEARSAL_PATH, {
      method: 'POST',
      body: JSON.stringify({ seconds: [1] }),
      headers: withToken,
    });
    expect(wrongLength.status).toBe(400);
    const deck = await loadDeck(outline);
    const seconds = deck.plan.slides.map((_, i) => 5 + i);
    const saved = await send(server.port, REHEARSAL_PATH, {
      method: 'POST',
      body: JSON.stringify({ seconds }),
      headers: { ...withToken, origin: `http://127.0.0.1:${server.port}` },
    });
    expect(saved.status).toBe(200);
    expect(JSON.parse(saved.body)).toMatchObject({ rehearsals: 1 });
    expect((await readRehearsals(outline))[0]!.slides.map((s) => s.seconds)).toEqual(seconds);
  });
});

describe("the rehearsal's seconds", () => {
  it('are one finite non-negative number a slide', () => {
    expect(rehearsalSeconds({ seconds: [1, 2] }, 2)).toEqual([1, 2]);
    expect(rehearsalSeconds({ seconds: [1, -2] }, 2)).toBeUndefined();
    expect(rehearsalSeconds({ seconds: [1, '2'] }, 2)).toBeUndefined();
    expect(rehearsalSeconds({ seconds: [1, 1e9] }, 2)).toBeUndefined();
    expect(rehearsalSeconds({ seconds: [1] }, 2)).toBeUndefined();
    expect(rehearsalSeconds(null, 2)).toBeUndefined();
  });
});

describe("the rehearsal's clock", () => {
  it('counts each slide while shown, adds a return visit to that slide, and stops while paused', () => {
    let now = 0;
    const clock = new RehearsalClock(3, () => now);
    clock.start(0);
    now = 10_000;
    clock.show(1);
    now = 25_000;
    clock.pause();
    now = 90_000; // an interruption: not counted
    expect(clock.paused).toBe(true);
    clock.resume();
    now = 95_000;
    clock.show(0); // back to the first slide
    now = 99_000;
    expect(clock.elapsed()).toEqual({ slide: 14, total: 34 });
    expect(clock.stop()).toEqual([14, 20, 0]);
    expect(clock.running).toBe(false);
  });
});
