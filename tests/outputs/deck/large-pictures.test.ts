// A picture far larger than a slide needs (a 48-megapixel phone photo) goes into the deck scaled down to LONGEST_SIDE
// on its longest side, in both deck forms, with a warning at its line; the speaker's own file is left byte for byte.
// The pictures are made by the test, in a temporary folder.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { imageSize } from 'image-size';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../../src/outputs/deck/folder.ts';
import type { WrittenDeck } from '../../../src/outputs/deck/folder.ts';
import { writeOneFile } from '../../../src/outputs/deck/one-file.ts';
import { deckFindings } from '../../../src/check/verdict.ts';
import { LONGEST_SIDE } from '../../../src/load/picture.ts';
import { setLanguage } from '../../../src/messages/index.ts';
import { unzipSync } from 'fflate';
import { writePptxFile } from '../../../src/outputs/pptx/file.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-large-pictures-'));
const slides = path.join(work, 'slides');
const photo = path.join(slides, '现场 照片.jpg');
const banner = path.join(slides, 'banner.png');
const small = path.join(slides, 'small.png');
let built: WrittenDeck;
const hashOf = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
let before: Record<string, string>;

beforeAll(async () => {
  setLanguage('en');
  fs.mkdirSync(slides, { recursive: true });
  // a phone photo's size, turned by its EXIF tag (6: shown rotated a quarter turn)
  await sharp({ create: { width: 8000, height: 6000, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg({ quality: 80 })
    .withMetadata({ orientation: 6 })
    .toFile(photo);
  await sharp({ create: { width: 6000, height: 300, channels: 4, background: { r: 0, g: 0, b: 200, alpha: 0.5 } } })
    .png()
    .toFile(banner);
  await sharp({ create: { width: 800, height: 600, channels: 3, background: '#888' } })
    .png()
    .toFile(small);
  before = Object.fromEntries([photo, banner, small].map((file) => [file, hashOf(file)]));
  fs.writeFileSync(
    path.join(slides, 'talk.md'),
    [
      '---',
      'title: 大图',
      'agenda: false',
      '---',
      '',
      '## 照片',
      '',
      '![现场](现场 照片.jpg)',
      '',
      '## 横幅',
      '',
      '![横幅](banner.png)',
      '',
      // on a slide of its own: the PowerPoint takes a picture standing alone on its slide
      '## 小图',
      '',
      '![小图](small.png)',
      '',
    ].join('\n'),
  );
  built = await buildDeck(path.join(slides, 'talk.md'), path.join(work, 'dist'));
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The deck folder's copy of a picture, by the start of its name. */
function inDeck(stem: string): Buffer {
  const [address] = [...built.pictures.keys()].filter((url) => decodeURIComponent(url).includes(stem));
  return fs.readFileSync(path.join(built.deckDir, decodeURIComponent(address!.replace(/^\.\//, ''))));
}

describe('pictures larger than a slide needs', () => {
  it('go into the deck folder scaled to the longest side a deck needs, turned as the camera said', () => {
    const shot = imageSize(inDeck('现场'));
    expect(shot.type).toBe('jpg');
    // 8000×6000 turned a quarter: 6000×8000, scaled to 2880×3840; the tag is gone (the pixels are turned)
    expect([shot.width, shot.height]).toEqual([(6000 * LONGEST_SIDE) / 8000, LONGEST_SIDE]);
    expect(shot.orientation ?? 1).toBe(1);
    const wide = imageSize(inDeck('banner'));
    expect([wide.type, wide.width, wide.height]).toEqual(['png', LONGEST_SIDE, (300 * LONGEST_SIDE) / 6000]);
    // a picture a slide can show as it is goes in as it is
    expect(inDeck('small').equals(fs.readFileSync(small))).toBe(true);
  });

  it("leave the speaker's own files byte for byte", () => {
    for (const file of [photo, banner, small]) expect(hashOf(file), file).toBe(before[file]);
  });

  it('are scaled in the one-file deck too', async () => {
    const oneFile = await writeOneFile(built, path.join(work, 'dist', 'talk.html'));
    const html = fs.readFileSync(oneFile.path, 'utf8');
    const jpegs = [...html.matchAll(/data:image\/jpeg;base64,([A-Za-z0-9+/=]+)/g)].map((m) =>
      imageSize(Buffer.from(m[1]!, 'base64')),
    );
    expect(jpegs.map((size) => [size.width, size.height])).toEqual([[2880, LONGEST_SIDE]]);
  });

  it('are scaled in the PowerPoint too, as the deck has them', async () => {
    const written = await writePptxFile(built.deck, path.join(work, 'dist', 'talk.pptx'));
    const media = Object.entries(unzipSync(fs.readFileSync(written.path)))
      .filter(([name]) => name.startsWith('ppt/media/'))
      .map(([, bytes]) => imageSize(bytes))
      .map((size) => [size.type, size.width, size.height]);
    expect(written.warnings).toEqual([]);
    expect(media).toEqual(
      expect.arrayContaining([
        ['jpg', 2880, LONGEST_SIDE],
        ['png', LONGEST_SIDE, (300 * LONGEST_SIDE) / 6000],
        ['png', 800, 600],
      ]),
    );
    expect(media.flat()).not.toContain(8000);
    expect(media.flat()).not.toContain(6000);
  });

  it('are named at their line, with their size, as a warning', () => {
    const found = deckFindings(built.deck).filter((finding) => finding.code === 'picture-scaled-down');
    expect(found.map((finding) => [finding.severity, finding.line])).toEqual([
      ['warning', 8],
      ['warning', 12],
    ]);
    expect(found[0]!.message).toContain('8000×6000');
    expect(found[0]!.message).toContain(String(LONGEST_SIDE));
  });
});
