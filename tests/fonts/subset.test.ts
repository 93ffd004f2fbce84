// Fonts cut to a deck's characters: every character of the deck is in its one file per face, rare characters
// included (they live in other files of the face and are merged in), with the glyphs they had.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { deckCharacters } from '../../src/outputs/deck/folder.ts';
import { loadDeck } from '../../src/load/index.ts';
import { SLIDE_FACES } from '../../src/fonts/index.ts';
import { parseUnicodeRange, subsetFaces } from '../../src/fonts/subset.ts';
import { characterSet } from '../../src/fonts/text.ts';
import { packageFile } from '../../src/files/paths.ts';
import { SPEAKER_VIEW_WORDS } from '../../src/outputs/deck/speaker-view.ts';
import { LABELS } from '../../src/deck/index.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';

function openFont(file: string): fontkit.Font {
  return fontkit.create(readFileSync(file)) as fontkit.Font;
}

function lacking(font: fontkit.Font, characters: string): string {
  return [...characters].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!)).join('');
}

describe('subset fonts', () => {
  it('hold every character of the sample deck: slides, notes, the words the deck and the speaker view add, digits, punctuation', async () => {
    const deck = await loadDeck(SAMPLE_OUTLINE);
    const characters = deckCharacters(deck, []);
    for (const expected of [
      '焐',
      '群',
      '第',
      '页',
      '提',
      '纲',
      '0',
      '9',
      ':',
      '，',
      '。',
      '“',
      '》',
      ...SPEAKER_VIEW_WORDS.join(''),
      ...LABELS.agenda,
    ]) {
      expect(characters).toContain(expected);
    }
    const faces = await subsetFaces(SLIDE_FACES, characters);
    expect(faces.map((face) => face.face)).toEqual([...SLIDE_FACES]);
    for (const face of faces) {
      expect(face.missing, face.name).toBe('');
      expect(lacking(openFont(face.file), characters), face.name).toBe('');
    }
  });

  it("merge rare characters from the face's other files into the one file, with the glyphs those files have", async () => {
    // 毖 and 焐 are not in the package's chinese-simplified file, but in numbered slices
    const [sans] = await subsetFaces(['sans'], characterSet(['惩前毖后，把人心焐热']));
    const font = openFont(sans!.file);
    expect(lacking(font, '惩前毖后把人心焐热')).toBe('');
    const stylesheet = readFileSync(packageFile('@fontsource/noto-sans-sc/400.css'), 'utf8');
    for (const char of ['毖', '焐']) {
      const code = char.codePointAt(0)!;
      const rule = [...stylesheet.matchAll(/@font-face\s*{([^}]*)}/g)]
        .map((m) => m[1]!)
        .find((body) =>
          parseUnicodeRange(/unicode-range:\s*([^;]+)/.exec(body)?.[1] ?? '').some(
            ([from, to]) => code >= from && code <= to,
          ),
        )!;
      // the slice as the package ships it for the web (woff2) and as we read it (its WOFF 1.0 twin)
      const file = path.join(
        path.dirname(packageFile('@fontsource/noto-sans-sc/400.css')),
        /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(rule)![1]!,
      );
      const [ours, shipped, read] = [font, openFont(file), openFont(file.replace(/\.woff2$/, '.woff'))].map((f) =>
        f.glyphForCodePoint(code),
      );
      expect(ours!.advanceWidth).toBe(shipped!.advanceWidth);
      expect(ours!.bbox).toEqual(shipped!.bbox);
      expect(ours!.path.toSVG()).toBe(read!.path.toSVG());
    }
  });

  it('are kept by their characters: the same characters give the same file, others another', async () => {
    const [first] = await subsetFaces(['serifBold'], characterSet(['发言提纲']));
    const [again] = await subsetFaces(['serifBold'], characterSet(['纲提言发', '发言']));
    const [other] = await subsetFaces(['serifBold'], characterSet(['发言提纲要']));
    expect(again!.name).toBe(first!.name);
    expect(other!.name).not.toBe(first!.name);
  });
});

describe('unicode-range', () => {
  it('reads single code points and ranges', () => {
    expect(parseUnicodeRange('U+4e00-4e0f, U+3001,U+1f600')).toEqual([
      [0x4e00, 0x4e0f],
      [0x3001, 0x3001],
      [0x1f600, 0x1f600],
    ]);
  });

  it('leaves out what is not a plain range (wildcards, stray text), keeping the rest', () => {
    expect(parseUnicodeRange('U+4??, u+20,U+30-39x, U+41-5a ')).toEqual([
      [0x20, 0x20],
      [0x41, 0x5a],
    ]);
  });
});
