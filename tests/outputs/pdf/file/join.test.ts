// Joining the fonts of PDFs printed in ranges: the CID fonts' widths and their text mappings.
import { describe, expect, it } from 'vitest';
import { joinedToUnicode, joinedWidths } from '../../../../src/outputs/pdf/file/join.ts';
import { pdfBytes } from '../../../../src/outputs/pdf/file/syntax.ts';

describe("the ranges' fonts joined", () => {
  it('keeps every glyph width any range gives, in runs of consecutive glyphs', () => {
    expect(joinedWidths(['[1[250]15[335 0 593]]', '[1[250]17 19 555 40[600]]', undefined])).toBe(
      '[1 [250] 15 [335 0 593 555 555] 40 [600]]',
    );
    expect(joinedWidths([undefined, undefined])).toBeUndefined();
  });

  it("maps each glyph to its text from whichever range's ToUnicode has it (bfchar and bfrange)", () => {
    const cmap = (body: string) => pdfBytes.of(`/CIDInit /ProcSet findresource begin\nbegincmap\n${body}\nendcmap`);
    const joined = joinedToUnicode([
      cmap('2 beginbfchar\n<0001> <0020>\n<0079> <4E00>\nendbfchar'),
      cmap(
        '1 beginbfrange\n<0080> <0082> <4E03>\nendbfrange\n1 beginbfrange\n<0090> <0091> [<4E2D> <D835DC00>]\nendbfrange',
      ),
      cmap('1 beginbfchar\n<0079> <0041>\nendbfchar'),
    ]);
    const pairs = [...joined.slice(joined.indexOf('beginbfchar')).matchAll(/<([0-9A-F]{4})> <([0-9A-F]+)>/g)].map(
      (m) => `${m[1]}:${m[2]}`,
    );
    expect(pairs).toEqual([
      '0001:0020',
      '0079:4E00',
      '0080:4E03',
      '0081:4E04',
      '0082:4E05',
      '0090:4E2D',
      '0091:D835DC00',
    ]);
    expect(joined).toMatch(/7 beginbfchar/);
    expect(joined).toMatch(/begincodespacerange\n<0000> <FFFF>/);
  });
});
