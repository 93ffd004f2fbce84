// The PowerPoint written to its file slide by slide (each slide's parts handed to a staging file as it is laid out,
// the package's head and central directory added at the end) is the package made whole in memory, byte for byte,
// and nothing of the staging is left beside it.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/load/index.ts';
import { readImages, readPptxTheme } from '../../../src/outputs/pptx/file.ts';
import { savePptx, writePptx } from '../../../src/outputs/pptx/index.ts';
import { ZipEntries, zipDirectory } from '../../../src/outputs/pptx/package/zip.ts';
import { readPptx } from '../../support/pptx.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const folder = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-saved-pptx-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a PowerPoint saved slide by slide', () => {
  it('is the package made in memory, byte for byte, with nothing left beside it', async () => {
    const deck = await loadDeck(SAMPLE_OUTLINE);
    const [theme, images] = await Promise.all([readPptxTheme(deck.plan.meta.theme), readImages(deck)]);
    const input = { plan: deck.plan, theme, images, created: new Date(Date.UTC(2026, 11, 8)) };
    const target = path.join(folder, 'qunzhong.pptx');
    const saved = await savePptx(input, target);
    const { bytes } = await writePptx(input);
    const file = readFileSync(target);
    expect(saved.size).toBe(file.length);
    expect(Buffer.compare(file, Buffer.from(bytes))).toBe(0);
    expect(readdirSync(folder)).toEqual(['qunzhong.pptx']);
    // a whole package: every slide and its notes page are in it
    const parts = [...(await readPptx(file)).parts.keys()];
    const slides = deck.plan.slides.length;
    expect(parts.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(slides);
    expect(parts.filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))).toHaveLength(slides);
  });
});

describe('zip entries in runs', () => {
  it('put the later runs after the earlier ones in the central directory, their offsets moved', async () => {
    const first: Uint8Array[] = [];
    const second: Uint8Array[] = [];
    const head = new ZipEntries((bytes) => first.push(bytes));
    const rest = new ZipEntries((bytes) => second.push(bytes));
    rest.add('b.xml', Buffer.from('<b/>'.repeat(100)));
    rest.add('c.xml', Buffer.from('<c/>'));
    head.add('a.xml', Buffer.from('<a/>'));
    expect(() => rest.add('b.xml', Buffer.from(''))).toThrow('b.xml is in the zip already');
    const zip = Buffer.concat([...first, ...second, zipDirectory([head, rest])]);
    const { parts } = await readPptx(zip);
    expect([...parts.keys()]).toEqual(['a.xml', 'b.xml', 'c.xml']);
    expect(parts.get('b.xml')).toBe('<b/>'.repeat(100));
    expect(parts.get('c.xml')).toBe('<c/>');
  });
});
