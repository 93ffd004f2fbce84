// A deck's fonts are copied out of the fonts' cache (fonts/subset.ts). Something else may empty that cache while a
// deck is written (a clean-up, another program, a meeting's talks written at once): the copy then finds no file. Here
// the copy is made to remove the cache's fonts first, once (they are cut again and the deck is whole) and every time
// (the command stops with its own message, as the machine's fault, not a stack).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { failureOf } from '../../../src/commands/failure.ts';
import { endCutter } from '../../../src/fonts/cutter.ts';
import { buildDeck } from '../../../src/outputs/deck/folder.ts';
import { writeOneFile } from '../../../src/outputs/deck/one-file.ts';
import { EnvironmentError } from '../../../src/outputs/errors.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const lose = vi.hoisted(() => ({ times: 0, fonts: '' }));

// The fonts' cache in a folder of this file's own (the client's stays where it is: it is not what is tested).
vi.mock('../../../src/files/cache.ts', async (original) => {
  const { ownFontsCache } = await import('../../support/fonts-cache.ts');
  const cache = ownFontsCache(await original<typeof import('../../../src/files/cache.ts')>());
  lose.fonts = cache.folder;
  return cache.module;
});

// The file system under the copy: while `times` lasts, a copy out of the fonts' cache finds it emptied first.
vi.mock('../../../src/files/copy.ts', async (original) => {
  const real = await original<typeof import('../../../src/files/copy.ts')>();
  const { emptyBeforeRead } = await import('../../support/fonts-cache.ts');
  return {
    ...real,
    copyFileAnywhere(source: string, target: string) {
      emptyBeforeRead(lose, [source]);
      real.copyFileAnywhere(source, target);
    },
  };
});

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-cache-gone-'));

afterAll(async () => {
  await endCutter();
  fs.rmSync(dist, { recursive: true, force: true });
  fs.rmSync(lose.fonts, { recursive: true, force: true });
});

beforeEach(() => {
  lose.times = 0;
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('a deck whose fonts leave the cache while it is written', () => {
  it('cuts them again and writes the deck whole, its one-file deck too', async () => {
    lose.times = 1;
    const built = await buildDeck(SAMPLE_OUTLINE, dist);
    expect(lose.times).toBe(0);
    const fonts = fs.readdirSync(path.join(built.deckDir, 'assets')).filter((name) => name.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const name of fonts)
      expect(fs.readFileSync(path.join(built.deckDir, 'assets', name))).toEqual(
        fs.readFileSync(path.join(lose.fonts, name)),
      );
    // the one-file deck takes them from the deck's folder, not from the cache, emptied again meanwhile
    fs.rmSync(lose.fonts, { recursive: true, force: true });
    const oneFile = await writeOneFile(built, path.join(dist, 'one.html'));
    expect(fs.readFileSync(oneFile.path, 'utf8').match(/url\("?data:font\/woff2;base64,/g)).toHaveLength(fonts.length);
  });

  it('stops as the machine’s fault, naming the font, when they leave it again', async () => {
    lose.times = Number.POSITIVE_INFINITY;
    const error = await buildDeck(SAMPLE_OUTLINE, dist).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(EnvironmentError);
    const failure = failureOf(error);
    expect(failure.exit).toBe(2);
    expect(failure.text).toMatch(/noto-sans-sc-[\w-]+\.woff2/);
    expect(failure.text).not.toMatch(/\n\s+at /);
    // nothing half-written left beside the deck
    expect(fs.existsSync(dist) ? fs.readdirSync(dist) : []).toEqual([]);
  });
});
