// Combining marks keep their place: text with a tone mark typed as its own character (a + U+030C, u + U+0308 +
// U+0301, Vietnamese e + U+0302 + U+0303) is drawn by the browser's shaper (HarfBuzz, here through harfbuzzjs) from a
// deck's subset font exactly as from the face's own file: the same glyph outlines at the same places. HarfBuzz draws
// such a sequence as the composed letter's glyph when the font has it, so the subset must hold the composed letters;
// the GPOS features the file has are kept too.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import * as hb from 'harfbuzzjs';
import fontverter from 'fontverter';
import { describe, expect, it } from 'vitest';
import { FONTS, SLIDE_FACES } from '../../src/fonts/index.ts';
import type { FontFace } from '../../src/fonts/index.ts';
import { subsetFaces } from '../../src/fonts/subset.ts';
import { woffToSfnt } from '../../src/fonts/woff.ts';
import { packageFile } from '../../src/files/paths.ts';
import { characterSet } from '../../src/fonts/text.ts';

/** Pinyin and Vietnamese written with combining marks, none in its composed form. */
const SEQUENCES = [
  'a\u030c',
  'u\u0308\u0301',
  'e\u0304',
  'i\u0300',
  'e\u0302\u0303',
  'n\u0300',
  'e\u0302\u0301',
  // no composed character: the faces' GSUB (ccmp) makes one glyph of these, and their GPOS mark attachment places
  // a tone mark on a Bopomofo letter
  'm\u0300',
  'e\u0302\u0304',
  '\u3113\u0301',
  '\u3128\u0300',
];
const TEXT = `吕 ${SEQUENCES.join(' ')} lu\u0308\u0301 Nguye\u0302\u0303n 群众工作`;

/** The files of a face (its package's woff files, chinese-simplified first, as the subset takes them) as sfnt. */
async function faceFiles(face: string): Promise<Uint8Array[]> {
  const { package: pkg, weight } = FONTS[face as FontFace];
  const folder = path.join(path.dirname(packageFile(`${pkg}/${weight}.css`)), 'files');
  const stem = pkg.replace('@fontsource/', '');
  const names = readdirSync(folder).filter(
    (name) => name.endsWith(`-${weight}-normal.woff`) && /-\d+-\d+-normal/.test(name),
  );
  const main = `${stem}-chinese-simplified-${weight}-normal.woff`;
  return Promise.all([main, ...names].map(async (name) => woffToSfnt(readFileSync(path.join(folder, name)))));
}

/** The face's first file (as the subset takes them) that holds every character of `text`. */
function fileHolding(files: Uint8Array[], text: string): Uint8Array {
  const file = files.find((bytes) => {
    const font = fontkit.create(Buffer.from(bytes)) as fontkit.Font;
    return [...text].every((char) => font.hasGlyphForCodePoint(char.codePointAt(0)!));
  });
  if (!file) throw new Error(`no file of the face holds all of ${text}`);
  return file;
}

/** What HarfBuzz draws for `text`: each glyph's outline and where it goes. */
function drawn(font: hb.Font, text: string): Array<[string, number, number, number]> {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const positions = buffer.getGlyphPositions();
  return buffer
    .getGlyphInfos()
    .map((info, i) => [
      font.glyphToPath(info.codepoint),
      positions[i]!.xAdvance,
      positions[i]!.xOffset,
      positions[i]!.yOffset,
    ]);
}

function hbFont(bytes: Uint8Array): hb.Font {
  return new hb.Font(new hb.Face(new hb.Blob(new Uint8Array(bytes))));
}

/** The GPOS features a font has, by tag. */
function gposFeatures(bytes: Uint8Array): string[] {
  const font = fontkit.create(Buffer.from(bytes)) as unknown as { GPOS?: { featureList: Array<{ tag: string }> } };
  return [...new Set((font.GPOS?.featureList ?? []).map((feature) => feature.tag))].sort();
}

describe('combining marks in the subset fonts', () => {
  it('are drawn from the subset as from the face’s own file, composed where the file composes them', async () => {
    const faces = await subsetFaces(SLIDE_FACES, characterSet([TEXT]));
    for (const face of faces.filter((cut) => cut.face in FONTS)) {
      expect(face.missing, face.name).toBe('');
      const files = await faceFiles(face.face);
      // the subset is woff2; harfbuzzjs reads sfnt
      const subset = new Uint8Array(await fontverter.convert(readFileSync(face.file), 'sfnt'));
      const cut = hbFont(subset);
      expect(gposFeatures(subset), face.name).toContain('mark');
      for (const sequence of SEQUENCES) {
        // what the whole face draws: its composed letter (ǎ) where it has one, from the file that holds it; else the
        // sequence as the file that holds all its characters shapes it (its GSUB and GPOS)
        const composed = sequence.normalize('NFC');
        const expected = drawn(hbFont(fileHolding(files, composed)), composed);
        expect(drawn(cut, sequence), `${face.name} ${sequence}`).toEqual(expected);
      }
    }
  });
});
