// The fallback face's licence travels with the code: the fonts the `hanamin` package holds are the Hanazono fonts of
// the GlyphWiki Project, of the version src/fonts/licences/HanaMin.txt is for, and that file carries the licence
// speechdeck uses them under (the package's own LICENSE is its packager's, for the packaging only).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutRare } from '../../src/fonts/fallback.ts';
import { readTables } from '../../src/fonts/sfnt.ts';
import { ROOT } from '../support/sample.ts';

const LICENCE = path.join(ROOT, 'src/fonts/licences/HanaMin.txt');

/** The English (Windows, en-US) strings of a font's name table, by name id. */
function names(font: Uint8Array): Map<number, string> {
  const table = readTables(font).get('name')!;
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const strings = view.getUint16(4);
  const found = new Map<number, string>();
  for (let i = 0; i < view.getUint16(2); i++) {
    const record = 6 + i * 12;
    if (view.getUint16(record) !== 3 || view.getUint16(record + 4) !== 0x409) continue;
    const at = strings + view.getUint16(record + 10);
    const bytes = table.subarray(at, at + view.getUint16(record + 8));
    let text = '';
    for (let j = 0; j + 1 < bytes.length; j += 2) text += String.fromCharCode((bytes[j]! << 8) | bytes[j + 1]!);
    found.set(view.getUint16(record + 6), text);
  }
  return found;
}

describe('the fallback face’s licence', () => {
  const licence = readFileSync(LICENCE, 'utf8');

  it('is the Hanazono fonts’ own, both of its licences, naming the one speechdeck uses', () => {
    expect(licence).toContain('Hanazono Font License');
    expect(licence).toContain('Unlimited permission is granted to use, copy, and distribute it, with');
    expect(licence).toContain('花園フォント ライセンス');
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007');
    expect(licence).toContain('Copyright 2008, 2009, 2010, 2011 GlyphWiki Project.');
    expect(licence).toMatch(/uses them under the first, the Hanazono Font License/);
  });

  it('is for the fonts the package holds: GlyphWiki’s HanaMinA and HanaMinB of the version it names', async () => {
    const version = /version (\d{8})/.exec(licence)![1]!;
    for (const [character, family] of [
      ['䶮', 'HanaMinA'],
      ['𠮷', 'HanaMinB'],
    ] as const) {
      const { font } = await cutRare(character);
      const name = names(font!);
      expect(name.get(0)).toContain('GlyphWiki');
      expect(name.get(1)).toBe(family);
      expect(licence).toContain(`"${family}"`);
      // the version string starts with the release date: 2017-09-04 for 20170904
      expect(name.get(5)!.replace(/-/g, '').slice(0, 8)).toBe(version);
    }
  });

  it('is named in the docs', () => {
    const docs = readFileSync(path.join(ROOT, 'docs/fit.md'), 'utf8');
    expect(docs).toContain('src/fonts/licences/HanaMin.txt');
    expect(docs).toContain('Hanazono Font License');
  });
});
