// Merging faces: the glyphs of some fonts appended to another, so that a face sliced into many files (as the
// @fontsource packages ship Noto CJK) becomes one font again. harfbuzz subsets but cannot merge, and fonteditor-core,
// which can, rewrites the whole font from its own model and keeps neither GSUB, GDEF nor the vertical metrics. Here
// the base font keeps every table as it is (its layout features stay valid, since its glyph ids do not move); the
// appended glyphs get outlines, metrics and code points, which is all that text in them needs.
import { dataView, readCmap, readTables, writeCmap, writeTables } from './sfnt.ts';
import type { Tables } from './sfnt.ts';

/** One font's glyphs, outlines and metrics, as the merge needs them. */
interface Glyphs {
  tables: Tables;
  count: number;
  outline: (glyph: number) => Uint8Array;
  advance: number[];
  bearing: number[];
  /** Vertical advance and top bearing, when the font has vertical metrics. */
  vertical?: { advance: number[]; bearing: number[] };
  cmap: Map<number, number>;
}

/** Tables that hold one entry per glyph and cannot simply be kept when glyphs are added: dropped. */
const PER_GLYPH = ['hdmx', 'LTSH', 'VDMX', 'DSIG'];

/** `base` with the glyphs of each of `extras` (all but their .notdef) appended, and their code points mapped.
 *  A code point in several fonts keeps the first one's glyph (the base's before any extra's). All fonts must be
 *  TrueType (glyf) with the same units per em. */
export function appendGlyphs(base: Uint8Array, extras: Uint8Array[]): Uint8Array {
  const first = glyphsOf(base);
  if (!extras.length) return base;
  const fonts = extras.map(glyphsOf);
  const unitsPerEm = (glyphs: Glyphs) => dataView(glyphs.tables.get('head')!).getUint16(18);
  for (const font of fonts) {
    if (unitsPerEm(font) !== unitsPerEm(first)) throw new Error('fonts of different units per em cannot be merged');
  }

  const outlines: Uint8Array[] = [];
  const advance: number[] = [];
  const bearing: number[] = [];
  const vertical =
    first.vertical && fonts.every((font) => font.vertical)
      ? { advance: [] as number[], bearing: [] as number[] }
      : undefined;
  const cmap = new Map(first.cmap);
  const add = (font: Glyphs, glyph: number, remap: (glyph: number) => number) => {
    outlines.push(withComponents(font.outline(glyph), remap));
    advance.push(font.advance[glyph]!);
    bearing.push(font.bearing[glyph]!);
    vertical?.advance.push(font.vertical!.advance[glyph]!);
    vertical?.bearing.push(font.vertical!.bearing[glyph]!);
  };
  for (let g = 0; g < first.count; g++) add(first, g, (glyph) => glyph);
  for (const font of fonts) {
    // its glyph g (from 1: .notdef stays the base's) becomes glyph offset + g
    const offset = outlines.length - 1;
    const remap = (glyph: number) => (glyph === 0 ? 0 : offset + glyph);
    for (let g = 1; g < font.count; g++) add(font, g, remap);
    for (const [code, glyph] of font.cmap) if (!cmap.has(code) && glyph !== 0) cmap.set(code, remap(glyph));
  }

  return assemble(first, fonts, outlines, advance, bearing, vertical, cmap);
}

/** Copies of one font each cut to some of its glyphs with their glyph ids kept (as Chromium embeds a face in each
 *  PDF it prints: a document printed in ranges has one such copy per range) as one font holding every glyph any of
 *  them has, ids unchanged. Each glyph, with its metrics, comes from the first copy that has it (harfbuzz leaves out
 *  the empty glyphs after a copy's last one, so the copies' glyph counts differ). All copies must be of the same
 *  font. */
export function unionGlyphs(copies: Uint8Array[]): Uint8Array {
  const all = copies.map(glyphsOf);
  if (all.length < 2) return copies[0]!;
  const first = all.reduce((most, font) => (font.count > most.count ? font : most));
  const fonts = all.filter((font) => font !== first);
  const has = (font: Glyphs, glyph: number) => glyph < font.count && font.outline(glyph).length > 0;
  const outlines: Uint8Array[] = [];
  const advance: number[] = [];
  const bearing: number[] = [];
  const vertical = all.every((font) => font.vertical)
    ? { advance: [] as number[], bearing: [] as number[] }
    : undefined;
  for (let g = 0; g < first.count; g++) {
    const from = all.find((font) => has(font, g)) ?? first;
    outlines.push(from.outline(g));
    advance.push(from.advance[g]!);
    bearing.push(from.bearing[g]!);
    vertical?.advance.push(from.vertical!.advance[g]!);
    vertical?.bearing.push(from.vertical!.bearing[g]!);
  }
  const cmap = new Map(first.cmap);
  for (const font of fonts) for (const [code, glyph] of font.cmap) if (!cmap.has(code)) cmap.set(code, glyph);
  return assemble(first, fonts, outlines, advance, bearing, vertical, cmap);
}

/** The font of these glyphs (outlines and metrics by glyph id) and code points, every other table the first's. */
function assemble(
  first: Glyphs,
  fonts: Glyphs[],
  outlines: Uint8Array[],
  advance: number[],
  bearing: number[],
  vertical: { advance: number[]; bearing: number[] } | undefined,
  cmap: ReadonlyMap<number, number>,
): Uint8Array {
  const tables: Tables = new Map(first.tables);
  for (const tag of PER_GLYPH) tables.delete(tag);
  const { glyf, loca } = glyfAndLoca(outlines);
  tables.set('glyf', glyf);
  tables.set('loca', loca);
  tables.set('cmap', writeCmap(cmap));
  const boxes = outlines.map(box);
  tables.set('head', head(first.tables.get('head')!, boxes));
  tables.set('maxp', maxp([first, ...fonts], outlines.length));
  tables.set('hmtx', metrics(advance, bearing));
  tables.set('hhea', metricsHeader(first.tables.get('hhea')!, advance, bearing, boxes, 'horizontal'));
  if (vertical && first.tables.has('vhea')) {
    tables.set('vmtx', metrics(vertical.advance, vertical.bearing));
    tables.set('vhea', metricsHeader(first.tables.get('vhea')!, vertical.advance, vertical.bearing, boxes, 'vertical'));
  } else {
    tables.delete('vhea');
    tables.delete('vmtx');
  }
  // glyph names would have to list the new glyphs too: none, as harfbuzz writes subsets by default
  const post = tables.get('post');
  if (post) tables.set('post', postWithoutNames(post));
  const os2 = tables.get('OS/2');
  if (os2) tables.set('OS/2', withCharRange(os2, cmap));
  return writeTables(tables);
}

function glyphsOf(font: Uint8Array): Glyphs {
  const tables = readTables(font);
  for (const tag of ['head', 'maxp', 'hhea', 'hmtx', 'loca', 'glyf', 'cmap']) {
    if (!tables.has(tag)) throw new Error(`the font has no ${tag} table (only TrueType fonts can be merged)`);
  }
  const count = dataView(tables.get('maxp')!).getUint16(4);
  const longLoca = dataView(tables.get('head')!).getInt16(50) === 1;
  const loca = dataView(tables.get('loca')!);
  const offsetOf = (glyph: number) => (longLoca ? loca.getUint32(glyph * 4) : loca.getUint16(glyph * 2) * 2);
  const glyf = tables.get('glyf')!;
  const horizontal = readMetrics(tables.get('hmtx')!, dataView(tables.get('hhea')!).getUint16(34), count);
  const vmtx = tables.get('vmtx');
  const vhea = tables.get('vhea');
  return {
    tables,
    count,
    outline: (glyph) => glyf.subarray(offsetOf(glyph), offsetOf(glyph + 1)),
    ...horizontal,
    ...(vmtx && vhea ? { vertical: readMetrics(vmtx, dataView(vhea).getUint16(34), count) } : {}),
    cmap: readCmap(tables.get('cmap')!),
  };
}

/** hmtx/vmtx: `long` pairs of (advance, bearing), then bearings alone that share the last advance. */
function readMetrics(table: Uint8Array, long: number, count: number): { advance: number[]; bearing: number[] } {
  const view = dataView(table);
  const advance: number[] = [];
  const bearing: number[] = [];
  for (let g = 0; g < count; g++) {
    if (g < long) {
      advance.push(view.getUint16(g * 4));
      bearing.push(view.getInt16(g * 4 + 2));
    } else {
      advance.push(advance[long - 1] ?? 0);
      bearing.push(view.getInt16(long * 4 + (g - long) * 2));
    }
  }
  return { advance, bearing };
}

function metrics(advance: number[], bearing: number[]): Uint8Array {
  const table = new Uint8Array(advance.length * 4);
  const view = dataView(table);
  advance.forEach((value, g) => {
    view.setUint16(g * 4, value);
    view.setInt16(g * 4 + 2, bearing[g]!);
  });
  return table;
}

interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A glyph's bounding box from its header; undefined for an empty glyph (a space). */
function box(outline: Uint8Array): Box | undefined {
  if (outline.length < 10) return undefined;
  const view = dataView(outline);
  return { xMin: view.getInt16(2), yMin: view.getInt16(4), xMax: view.getInt16(6), yMax: view.getInt16(8) };
}

/** hhea/vhea with every metric the font's glyphs now need: the longest advance, the extents and bearings. */
function metricsHeader(
  table: Uint8Array,
  advance: number[],
  bearing: number[],
  boxes: Array<Box | undefined>,
  direction: 'horizontal' | 'vertical',
): Uint8Array {
  const out = table.slice();
  const view = dataView(out);
  let minBefore = Infinity;
  let minAfter = Infinity;
  let maxExtent = -Infinity;
  boxes.forEach((b, g) => {
    if (!b) return;
    const size = direction === 'horizontal' ? b.xMax - b.xMin : b.yMax - b.yMin;
    minBefore = Math.min(minBefore, bearing[g]!);
    minAfter = Math.min(minAfter, advance[g]! - bearing[g]! - size);
    maxExtent = Math.max(maxExtent, bearing[g]! + size);
  });
  view.setUint16(10, Math.max(0, ...advance));
  if (Number.isFinite(minBefore)) {
    view.setInt16(12, clamp16(minBefore));
    view.setInt16(14, clamp16(minAfter));
    view.setInt16(16, clamp16(maxExtent));
  }
  view.setUint16(34, advance.length);
  return out;
}

function clamp16(n: number): number {
  return Math.max(-32768, Math.min(32767, n));
}

/** A glyph's outline with its components' glyph ids remapped (a composite glyph names others by id). */
function withComponents(outline: Uint8Array, remap: (glyph: number) => number): Uint8Array {
  if (outline.length < 10 || dataView(outline).getInt16(0) >= 0) return outline;
  const out = outline.slice();
  const view = dataView(out);
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    view.setUint16(at + 2, remap(view.getUint16(at + 2)));
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) return out;
  }
}

function glyfAndLoca(outlines: Uint8Array[]): { glyf: Uint8Array; loca: Uint8Array } {
  const padded = (n: number) => (n + 3) & ~3;
  const glyf = new Uint8Array(outlines.reduce((sum, outline) => sum + padded(outline.length), 0));
  const loca = new Uint8Array((outlines.length + 1) * 4);
  const view = dataView(loca);
  let offset = 0;
  outlines.forEach((outline, g) => {
    view.setUint32(g * 4, offset);
    glyf.set(outline, offset);
    offset += padded(outline.length);
  });
  view.setUint32(outlines.length * 4, offset);
  return { glyf, loca };
}

/** head with long loca offsets and the bounding box of every glyph. */
function head(table: Uint8Array, boxes: Array<Box | undefined>): Uint8Array {
  const out = table.slice();
  const view = dataView(out);
  const present = boxes.filter((b): b is Box => !!b);
  if (present.length) {
    view.setInt16(36, Math.min(...present.map((b) => b.xMin)));
    view.setInt16(38, Math.min(...present.map((b) => b.yMin)));
    view.setInt16(40, Math.max(...present.map((b) => b.xMax)));
    view.setInt16(42, Math.max(...present.map((b) => b.yMax)));
  }
  view.setInt16(50, 1);
  return out;
}

/** maxp of the merged glyphs: their count, and each limit (points, contours, instructions…) the largest of any font. */
function maxp(fonts: Glyphs[], count: number): Uint8Array {
  const out = fonts[0]!.tables.get('maxp')!.slice();
  const view = dataView(out);
  view.setUint16(4, count);
  if (out.length >= 32) {
    for (let field = 6; field < 32; field += 2) {
      view.setUint16(field, Math.max(...fonts.map((font) => dataView(font.tables.get('maxp')!).getUint16(field))));
    }
  }
  return out;
}

function postWithoutNames(post: Uint8Array): Uint8Array {
  const out = post.slice(0, 32);
  dataView(out).setUint32(0, 0x00030000);
  return out;
}

/** OS/2 with the first and last character it maps. */
function withCharRange(os2: Uint8Array, cmap: ReadonlyMap<number, number>): Uint8Array {
  if (os2.length < 68 || !cmap.size) return os2;
  const out = os2.slice();
  const view = dataView(out);
  const codes = [...cmap.keys()];
  view.setUint16(64, Math.min(0xffff, Math.min(...codes)));
  view.setUint16(66, Math.min(0xffff, Math.max(...codes)));
  return out;
}
