// Fonts are cut in a process of their own (src/fonts/cutter.ts), so that their memory goes when the cutting ends:
// here harfbuzz is made unusable in the test's own process (the cutting process loads the real one), and the faces are
// still cut, whole, with every character asked for. Cut into a temporary cache, so that nothing is found already made.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cuttingProcessesStarted, endCutter } from '../../src/fonts/cutter.ts';
import { cachedTrueType, subsetFaces } from '../../src/fonts/subset.ts';
import { characterSet } from '../../src/fonts/text.ts';
import { removeTempCache } from '../support/temp-cache.ts';

vi.mock('../../src/files/cache.ts', async (original) =>
  (await import('../support/temp-cache.ts')).tempCache(await original()),
);
vi.mock('../../src/fonts/harfbuzz.ts', () => {
  const notHere = () => {
    throw new Error('harfbuzz was called in the main thread');
  };
  return { cutTrueType: notHere, prepareHarfbuzz: notHere };
});

afterAll(async () => {
  await endCutter();
  removeTempCache();
});

function lacking(file: string | Uint8Array, characters: string): string {
  const font = fontkit.create(Buffer.from(typeof file === 'string' ? readFileSync(file) : file)) as fontkit.Font;
  return [...characters].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!)).join('');
}

describe('cutting fonts in a process of their own', () => {
  it('cuts the faces, a rare character and the box outside the command’s process', async () => {
    // 毖 lives in another file of the face than the common characters; 𠮷 only in HanaMin; U+31350 (Extension H) in
    // no face: the box
    const text = '惩前毖后，把人心焐热，𠮷\u{31350}';
    const faces = await subsetFaces(['sans', 'serifBold'], characterSet([text]));
    expect(faces.map((face) => face.face)).toEqual(['sans', 'serifBold', 'rare', 'box']);
    for (const face of faces.slice(0, 2)) expect(lacking(face.file, '惩前毖后把人心焐热'), face.name).toBe('');
    expect(lacking(faces[2]!.file, '𠮷')).toBe('');
    expect(faces[3]!.covers).toBe('\u{31350}');
  });

  it('cuts the TrueType font a PDF embeds outside the command’s process', async () => {
    const font = await cachedTrueType('sans', '请另行打开');
    expect(lacking(font, '请另行打开')).toBe('');
  });

  it('reports a cut that fails, and cuts again afterwards', async () => {
    await expect(cachedTrueType('rare' as 'sans', '𠮷')).rejects.toThrow(/rare/);
    const [sans] = await subsetFaces(['sans'], characterSet(['把人心焐热']));
    expect(lacking(sans!.file, '把人心焐热')).toBe('');
  });

  it('cuts every face of a run in one process, asked at once or one after another', async () => {
    await endCutter();
    const before = cuttingProcessesStarted();
    // each face asked on its own, as a meeting's page numbers, stand-in pages and decks ask, on a cold cache
    await cachedTrueType('sans', '一二三');
    await cachedTrueType('sansBold', '一二三');
    await cachedTrueType('serif', '一二三');
    await Promise.all([
      subsetFaces(['sans'], characterSet(['四五六'])),
      subsetFaces(['serif'], characterSet(['四五六'])),
    ]);
    expect(cuttingProcessesStarted() - before).toBe(1);
    // ended, the next cut starts another
    await endCutter();
    await cachedTrueType('sans', '七八九');
    expect(cuttingProcessesStarted() - before).toBe(2);
  });
});
