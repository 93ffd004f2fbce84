// The PowerPoint's package as a reader checks it before anything is shown: every part well-formed XML, every part's
// content type declared, every relationship's target inside the package, ids unique where PowerPoint needs them, and
// each picture stored once whatever the number of slides showing it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path/posix';
import nativePath from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/load/index.ts';
import { writePptxFile } from '../../../src/outputs/pptx/file.ts';
import { lineBreakOffsets } from '../../../src/outputs/pptx/measure.ts';
import { CARD_PHRASES } from '../../../src/deck/phrases.ts';
import { readPptx, shapesOf, slideNames, type PptxPackage } from '../../support/pptx.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const STRESS = nativePath.resolve('tests/fixtures/layout');

/** The problems a strict reading of `xml` finds (none for well-formed XML). */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const report = (message: string) => void problems.push(message);
  new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(
    xml,
    'application/xml',
  );
  // xmldom lets a bare ampersand pass; XML does not
  for (const [bare] of xml.matchAll(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)\S{0,12}/gi))
    problems.push(`bare ampersand: ${bare}`);
  return problems;
}

/** The part names `[Content_Types].xml` gives a type to, by default (extension) or override. */
function declaredTypes(pptx: PptxPackage): (name: string) => string | undefined {
  const types = pptx.parts.get('[Content_Types].xml')!;
  const defaults = new Map(
    [...types.matchAll(/<Default Extension="([^"]+)" ContentType="([^"]+)"/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]),
  );
  const overrides = new Map(
    [...types.matchAll(/<Override PartName="\/([^"]+)" ContentType="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  // (`.rels` is the extension of `_rels/.rels` too, though path.extname sees a dot file there)
  return (name) => overrides.get(name) ?? defaults.get(path.basename(name).split('.').at(-1)!.toLowerCase());
}

function checkPackage(pptx: PptxPackage): void {
  const typeOf = declaredTypes(pptx);
  for (const [name, content] of pptx.parts) {
    if (name.startsWith('ppt/media/')) {
      expect(typeOf(name), name).toMatch(/^image\//);
      continue;
    }
    expect(xmlProblems(content), name).toEqual([]);
    expect(typeOf(name), name).toBeDefined();
    if (!name.endsWith('.rels')) continue;
    // `ppt/slides/_rels/slide1.xml.rels` holds the relationships of `ppt/slides/slide1.xml`
    const source = path.join(path.dirname(path.dirname(name)), path.basename(name, '.rels'));
    expect(source === '.' || pptx.parts.has(source.replace(/^\.\//, '')) || name === '_rels/.rels', name).toBe(true);
    const base = name === '_rels/.rels' ? '' : path.dirname(source);
    const ids = new Set<string>();
    for (const [, id, target, mode] of content.matchAll(
      /<Relationship Id="([^"]+)" Type="[^"]+" Target="([^"]+)"(?: TargetMode="(\w+)")?/g,
    )) {
      expect(ids.has(id!), `${name}: ${id} twice`).toBe(false);
      ids.add(id!);
      if (mode === 'External') continue;
      expect(pptx.parts.has(path.normalize(path.join(base, target!))), `${name}: ${target}`).toBe(true);
    }
    // every r:id a part names is one of its relationships
    if (source !== '.' && pptx.parts.has(source)) {
      for (const [, id] of pptx.parts.get(source)!.matchAll(/r:(?:id|embed)="([^"]+)"/g))
        expect(ids.has(id!), `${source}: ${id}`).toBe(true);
    }
  }
  // a part that has r:ids must have relationships
  for (const [name, content] of pptx.parts) {
    if (/r:(?:id|embed)="/.test(content) && !name.endsWith('.rels')) {
      expect(pptx.parts.has(path.join(path.dirname(name), '_rels', `${path.basename(name)}.rels`)), name).toBe(true);
    }
  }
  // shape ids are unique within each slide
  for (const [name, content] of pptx.parts) {
    if (!/^ppt\/(slides|slideLayouts|notesSlides)\/[^/]+\.xml$/.test(name)) continue;
    const ids = [...content.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size, name).toBe(ids.length);
  }
}

describe('the PowerPoint’s package', () => {
  const dir = mkdtempSync(nativePath.join(os.tmpdir(), 'speechdeck-pptx-package-'));
  let sample: PptxPackage;
  let stress: PptxPackage;

  beforeAll(async () => {
    sample = await readPptx(
      readFileSync((await writePptxFile(await loadDeck(SAMPLE_OUTLINE), nativePath.join(dir, 'sample.pptx'))).path),
    );
    mkdirSync(nativePath.join(dir, 'stress'));
    cpSync(nativePath.join(STRESS, 'images'), nativePath.join(dir, 'stress', 'images'), { recursive: true });
    // a 4:3 light copy: every layout in the other theme and aspect
    const source = readFileSync(nativePath.join(STRESS, 'stress.md'), 'utf8').replace(
      'theme: red',
      'theme: light\naspect: "4:3"',
    );
    writeFileSync(nativePath.join(dir, 'stress', 'stress.md'), source);
    stress = await readPptx(
      readFileSync(
        (
          await writePptxFile(
            await loadDeck(nativePath.join(dir, 'stress', 'stress.md')),
            nativePath.join(dir, 'stress.pptx'),
          )
        ).path,
      ),
    );
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is well-formed, every part’s type declared, every relationship’s target there (the sample)', () =>
    checkPackage(sample));

  it('is well-formed, every part’s type declared, every relationship’s target there (every layout, 4:3, light)', () =>
    checkPackage(stress));

  it('breaks a line by hand only between phrases, never inside a word (the writer’s own title lines apart)', async () => {
    const titleLines = ['学习贯彻党的二十届四中全会精神', '奋力谱写中国式现代化新篇章'];
    let broken = 0;
    for (const pptx of [sample, stress]) {
      for (const name of slideNames(pptx.parts)) {
        for (const paragraph of shapesOf(pptx.parts.get(name)!).flatMap((shape) => shape.paragraphs)) {
          if (!paragraph.text.includes('\n')) continue;
          const lines = paragraph.text.split('\n');
          if (lines.join('|') === titleLines.join('|')) continue;
          const whole = lines.join('');
          // a card's text breaks by the cards' rules (its chunks cut again at the dictionary's words)
          // or a numbered card's title may start on the line after its number, as the deck's does (（一） / 线上线下结合)
          const marker = /^（[一二三四五六七八九十]+）/.exec(whole)?.[0];
          const allowed = [
            ...lineBreakOffsets(whole),
            ...lineBreakOffsets(whole, [], CARD_PHRASES),
            ...(marker ? [[...marker].length] : []),
            // and after a mark of punctuation, where a piece wider than the line breaks first (as Chromium does)
            ...[...whole].flatMap((c, i) => ('、，；：。！？'.includes(c) ? [i + 1] : [])),
          ];
          let at = 0;
          for (const line of lines.slice(0, -1)) {
            at += [...line].length;
            broken++;
            expect(allowed, `${name}: “${lines.join(' / ')}”`).toContain(at);
          }
        }
      }
    }
    // a long title on the 4:3 slides is broken, between its phrases
    expect(broken).toBeGreaterThan(0);
  });

  it('stores each picture once, however many slides show it', () => {
    const media = [...stress.parts.keys()].filter((name) => name.startsWith('ppt/media/'));
    const contents = media.map((name) => stress.parts.get(name)!);
    expect(new Set(contents).size).toBe(contents.length);
    // landscape.png is shown on three slides, portrait.png and the logo once each
    expect(media).toHaveLength(3);
    const showing = [...stress.parts].filter(
      ([name, rels]) => /^ppt\/slides\/_rels\//.test(name) && rels.includes('../media/'),
    );
    expect(showing.length).toBeGreaterThanOrEqual(5);
  });

  it('makes the same bytes from the same deck at the same time', async () => {
    const deck = await loadDeck(SAMPLE_OUTLINE);
    const { writePptx, readTheme } = await import('../../../src/outputs/pptx/index.ts');
    const theme = readTheme([readFileSync(nativePath.resolve('themes/red.css'), 'utf8')]);
    const created = new Date('2026-01-01T00:00:00Z');
    const [a, b] = await Promise.all([
      writePptx({ plan: deck.plan, theme, images: new Map(), created }),
      writePptx({ plan: deck.plan, theme, images: new Map(), created }),
    ]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
