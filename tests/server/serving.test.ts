// What the dev server serves and watches: the deck's own files, links followed, and nothing else of the project.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { png } from '../support/pictures.ts';
import { fromAnotherSite, isViteInternal, requestedFile, watchOnly } from '../../src/server/serving.ts';
import { startDevServer } from '../../src/server/dev.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-serving-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('the file a request names', () => {
  it('is under the root, or the absolute path after /@fs/; none for the page and Vite’s own modules', () => {
    expect(requestedFile('/p', '/slides/images/a%20b.png?import')).toBe('/p/slides/images/a b.png');
    expect(requestedFile('/p', '/@fs/etc/passwd')).toBe('/etc/passwd');
    // An address cannot climb out of the root: its dots are resolved first, encoded or not.
    expect(requestedFile('/p', '/slides/../../etc/passwd')).toBe('/p/etc/passwd');
    expect(requestedFile('/p', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/p/etc/passwd');
    expect(requestedFile('/p', '/')).toBeUndefined();
    expect(requestedFile('/p', '/@vite/client')).toBeUndefined();
    expect(requestedFile('/p', '/%E0%A4%A')).toBeNull();
  });
});

describe('what the dev server watches', () => {
  it('is only the outline, its files and the themes: no dist/, no other folder of the project', async () => {
    const project = path.join(folder, 'home');
    for (const dir of ['slides/images', 'dist/talk', 'Documents/private', 'Desktop'])
      fs.mkdirSync(path.join(project, dir), { recursive: true });
    fs.writeFileSync(path.join(project, 'slides/images/a.png'), png(2, 2));
    fs.writeFileSync(path.join(project, 'slides/other.md'), '# 另一个');
    fs.writeFileSync(path.join(project, 'Documents/private/secret.txt'), 'x');
    fs.writeFileSync(path.join(project, 'slides/talk.md'), '---\ntitle: 测试\n---\n\n## 页\n\n![图](images/a.png)\n');
    const { server } = await startDevServer(path.join(project, 'slides/talk.md'), { host: '127.0.0.1', port: 0 });
    try {
      const inProject = () =>
        Object.entries(server.watcher.getWatched())
          .filter(([dir]) => dir.startsWith(project))
          .flatMap(([dir, names]) => names.map((name) => path.relative(project, path.join(dir, name))))
          .sort();
      // The watcher scans in the background: wait until it has found what it watches (and nothing else, or fail).
      await vi.waitFor(
        () => expect(inProject()).toEqual(['slides', 'slides/images', 'slides/images/a.png', 'slides/talk.md']),
        { timeout: 30_000, interval: 50 },
      );
    } finally {
      await server.close();
    }
  });

  it('skips every file and folder but those asked for and the folders on the way to them', () => {
    const ignored = watchOnly(() => ['/p/slides/talk.md', '/themes']);
    expect([ignored('/p'), ignored('/p/slides'), ignored('/p/slides/talk.md'), ignored('/themes/red.css')]).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect([ignored('/p/dist'), ignored('/p/slides/other.md'), ignored('/p/Documents'), ignored('/elsewhere')]).toEqual(
      [true, true, true, true],
    );
  });
});

describe('what the dev server refuses before anything else', () => {
  it('is every internal address of Vite the page does not load, however escaped', () => {
    for (const refused of [
      '/__open-in-editor',
      '/%5F%5Fopen-in-editor',
      '/__vite_ping',
      '/@react-refresh',
      '/@vite/other',
      '/__anything',
    ]) {
      expect(isViteInternal(refused), refused).toBe(true);
    }
    for (const needed of [
      '/',
      '/@vite/client',
      '/@vite/env',
      '/@id/__x00__virtual',
      '/@fs/p/src/client/main.ts',
      '/@speechdeck/client.js',
      '/slides/a.png',
    ]) {
      expect(isViteInternal(needed), needed).toBe(false);
    }
  });

  it('is a request from another site’s page: another Origin, or a browser that says it crossed sites', () => {
    const own = { host: '127.0.0.1:5173' };
    expect(fromAnotherSite({ headers: own })).toBe(false);
    expect(
      fromAnotherSite({ headers: { ...own, origin: 'http://127.0.0.1:5173', 'sec-fetch-site': 'same-origin' } }),
    ).toBe(false);
    expect(fromAnotherSite({ headers: { ...own, 'sec-fetch-site': 'none' } })).toBe(false);
    expect(fromAnotherSite({ headers: { ...own, origin: 'http://localhost:5173' } })).toBe(true);
    expect(fromAnotherSite({ headers: { ...own, origin: 'null' } })).toBe(true);
    expect(fromAnotherSite({ headers: { ...own, 'sec-fetch-site': 'cross-site' } })).toBe(true);
    expect(fromAnotherSite({ headers: { ...own, 'sec-fetch-site': 'same-site' } })).toBe(true);
  });
});
