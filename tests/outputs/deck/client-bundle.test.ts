// Decks written at once in one process (a meeting's talks) with nothing cached share one build of the client: two
// builds would write into one staging folder, and one of them fail. Vite is replaced by a build that writes a client
// of two files and holds until the second deck has looked in the cache, so that the second asks while the first is
// building, however the machine schedules them.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { removeTempCache } from '../../support/temp-cache.ts';

afterAll(removeTempCache);

vi.mock('../../../src/files/cache.ts', async (original) =>
  (await import('../../support/temp-cache.ts')).tempCache(await original()),
);

/** Opens when the test says so: the build waits on it. */
let release: () => void = () => {};
const released = new Promise<void>((resolve) => (release = resolve));

const { build } = vi.hoisted(() => ({ build: vi.fn() }));
build.mockImplementation(async (config: { build: { outDir: string } }) => {
  await released;
  const out = config.build.outDir;
  await fs.mkdir(path.join(out, 'assets'), { recursive: true });
  await fs.writeFile(path.join(out, 'index.html'), '<!doctype html>');
  await fs.writeFile(path.join(out, 'assets', 'index-test.js'), 'void 0;');
  await fs.writeFile(path.join(out, 'assets', 'index-test.css'), 'body{}');
});
// Vite itself never loaded: the client's build is this one alone, whichever deck asks first.
vi.mock('vite', () => ({ build }));

describe('the client built for decks written at once', () => {
  it('is built once, and both decks get it', async () => {
    const { clientBundle } = await import('../../../src/outputs/deck/client-bundle.ts');
    // The second deck's look in the cache (the read of what the last build included) is the second one made: once it
    // has come back empty, the second deck either joins the build under way or starts its own.
    const readFile = vi.spyOn(fs, 'readFile');
    const looks = () => readFile.mock.calls.filter(([file]) => String(file).endsWith('red.included.json')).length;
    const first = clientBundle('red');
    const second = clientBundle('red');
    await vi.waitFor(() => expect(looks()).toBeGreaterThanOrEqual(2), { timeout: 60_000, interval: 5 });
    await Promise.allSettled(readFile.mock.results.map((result) => result.value));
    // What the second deck does once its read came back empty, before anything else is read or written
    await new Promise((resolve) => setImmediate(resolve));
    release();
    const [a, b] = await Promise.all([first, second]);
    readFile.mockRestore();
    expect(build).toHaveBeenCalledTimes(1);
    expect(b).toEqual(a);
    expect(a.script).toBe('assets/index-test.js');
    await expect(fs.stat(path.join(a.dir, a.script))).resolves.toBeTruthy();
    // nothing left of the build's staging folder
    expect((await fs.readdir(path.dirname(a.dir))).filter((name) => name.includes('.building-'))).toEqual([]);
  });
});
