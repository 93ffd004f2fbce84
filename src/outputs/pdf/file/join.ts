// PDFs printed in ranges (one deck's slides split over several browser pages printing at once) joined into one file:
// every page in order with its resources, one font per face (Chromium embeds in each range's PDF a copy of the face
// cut to the glyphs that range shows, ids kept: the copies are joined into one), identical streams (a picture on
// slides of several ranges) stored once, then our metadata, bookmarks and page labels, and the ranges' structure trees
// as one (join-structure.ts). It reads the ranges as the incremental update does (update.ts: only files laid out as
// Chromium writes them) and writes a new file.
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { unionGlyphs } from '../../../fonts/merge.ts';
import { readTables } from '../../../fonts/sfnt.ts';
import type { Bookmark } from '../bookmarks.ts';
import type { PdfInfo } from '../metadata.ts';
import { copyRangeStructure, planStructure, structurePieces, writeStructure } from './join-structure.ts';
import { readUpdatablePdf, resolveDict } from './read.ts';
import type { PdfObject, PdfSource, UpdatablePdf } from './read.ts';
import { objectCopier } from './copy.ts';
import { dictText, pdfBytes, pdfText, refNumber } from './syntax.ts';
import { PdfWriter, infoDictionary, writeBookmarks } from './write.ts';

/** The joined file (empty where it was handed to `out` as it was made), its page count, and where each range's first
 *  page landed. */
export interface JoinedPdf {
  bytes: Uint8Array;
  pages: number;
  /** The index of each range's first page in the joined file. */
  starts: number[];
}

/** The ranges' PDFs (held, or read by offset from their files) as one; undefined when any of them is not laid out as
 *  Chromium writes PDFs. `bookmarks` is told the page count and where each range starts. With `out`, the file is
 *  handed to it piece by piece as it is made (to a file on disk), not held: on undefined, what it was handed is no
 *  PDF. */
export function joinPdfs(
  ranges: Array<Uint8Array | PdfSource>,
  info: PdfInfo,
  bookmarks: (joined: { pages: number; starts: number[] }) => Bookmark[],
  options: JoinOptions = {},
): JoinedPdf | undefined {
  const parts = ranges.map((range) => readUpdatablePdf(range));
  if (!parts.every((part): part is UpdatablePdf => part !== undefined)) return undefined;
  try {
    return join(parts, info, bookmarks, options);
  } catch {
    return undefined;
  }
}

interface JoinOptions {
  lang?: string;
  pageLabels?: boolean;
  out?: (bytes: Uint8Array) => void;
}

/** Objects of the new file, numbered from 1 as they are reserved, each written out as it is made (not held until
 *  the end). */
class NewFile {
  private readonly file: PdfWriter;
  private written = 0;
  next = 1;

  constructor(out?: (bytes: Uint8Array) => void) {
    this.file = new PdfWriter(undefined, out);
    // The comment of four bytes above 127 tells tools the file holds binary data.
    this.file.push('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n');
  }

  reserve(): number {
    return this.next++;
  }

  set(num: number, text: string, data?: Uint8Array): void {
    this.file.object(num, text, data);
    this.written++;
  }

  add(text: string, data?: Uint8Array): number {
    const num = this.reserve();
    this.set(num, text, data);
    return num;
  }

  /** The whole file: header, objects, cross-reference table and trailer. */
  bytes(root: number, info: number, id: string | undefined): Uint8Array {
    if (this.written !== this.next - 1) throw new Error('an object was reserved but never written');
    return this.file.end({ size: this.next, root, info, id });
  }
}

/** A face's font as Chromium writes it: a Type0 font over one CIDFontType2 with a TrueType file. */
interface EmbeddedFace {
  part: number;
  type0: number;
  dict: Map<string, string>;
  cid: Map<string, string>;
  descriptor: Map<string, string>;
  /** the font file, inflated */
  file: Uint8Array;
  toUnicode?: Uint8Array;
}

function join(
  parts: UpdatablePdf[],
  info: PdfInfo,
  bookmarks: (joined: { pages: number; starts: number[] }) => Bookmark[],
  options: JoinOptions,
): JoinedPdf {
  const file = new NewFile(options.out);
  const pagesRoot = file.reserve();
  // Each part's object numbers → the new file's, filled as objects are copied; pages and shared fonts first.
  const maps = parts.map(() => new Map<number, number>());
  const pageNums: number[] = [];
  const starts: number[] = [];
  const boxes: Array<[number, number, number, number]> = [];
  parts.forEach((part, p) => {
    starts.push(pageNums.length);
    for (const page of part.pages) {
      const num = file.reserve();
      maps[p]!.set(page.ref, num);
      pageNums.push(num);
      boxes.push(page.box);
    }
  });
  for (const [p, num] of sharedFaces(parts, file)) maps[p]!.set(...num);
  // Tagged ranges keep their tags: each range's tree root and Document become the joined file's.
  const structure = planStructure(parts, () => file.reserve());
  structure?.ranges.forEach((range, p) => {
    maps[p]!.set(range.root, structure.root);
    maps[p]!.set(range.document, structure.document);
  });

  const stored = new Map<string, number>();
  /** Copies objects of range `p`; `structure`: the tree's elements (never reached from a page). */
  const copier = (p: number, { elements = false } = {}) =>
    objectCopier(
      parts[p]!,
      {
        reserve: () => file.reserve(),
        set: (num, text) => file.set(num, text),
        // A stream the same in another range (a picture on slides of both) is stored once.
        stream: (text, data) => {
          const key = createHash('sha256').update(text).update(data).digest('base64');
          const target = stored.get(key) ?? file.add(text, data);
          stored.set(key, target);
          return target;
        },
      },
      {
        numbers: maps[p]!,
        refused: ['/Pages', '/Catalog', '/StructTreeRoot', ...(elements ? [] : ['/StructElem'])],
        // a link's place in the ParentTree moves with its range's keys
        structParent: structure ? (parent) => String(Number(parent) + structure.shifts[p]!) : undefined,
      },
    );

  // Each range copied whole, its tags' elements too, then the objects read from it let go before the next.
  const tags = structure && structurePieces();
  parts.forEach((part, p) => {
    const copy = copier(p);
    for (const page of part.pages) {
      const dict = new Map(page.dict);
      const structParents = page.dict.get('StructParents');
      for (const key of ['Parent', 'StructParents', 'Resources', 'MediaBox']) dict.delete(key);
      // untagged ranges: their pages are written untagged
      if (structure && structParents !== undefined)
        dict.set('StructParents', String(Number(structParents) + structure.shifts[p]!));
      const entries = [...dict].map(([key, value]) => `/${key} ${copy(value)}`);
      file.set(
        maps[p]!.get(page.ref)!,
        dictText([
          ...entries,
          `/Parent ${pagesRoot} 0 R`,
          `/MediaBox [${page.box.join(' ')}]`,
          `/Resources ${copy(page.resources)}`,
        ]),
      );
    }
    if (structure && tags) copyRangeStructure(structure, p, copier(p, { elements: true }), tags);
    part.forget();
  });
  file.set(
    pagesRoot,
    dictText(['/Type /Pages', `/Kids [${pageNums.map((num) => `${num} 0 R`).join(' ')}]`, `/Count ${pageNums.length}`]),
  );

  const first = parts[0]!;
  const infoNum = file.add(infoDictionary(info, first.info));
  const marks = bookmarks({ pages: pageNums.length, starts });
  const catalog = [
    '/Type /Catalog',
    `/Pages ${pagesRoot} 0 R`,
    '/ViewerPreferences << /DisplayDocTitle true >>',
    `/Lang ${pdfText(options.lang ?? 'zh-CN')}`,
    // Page 1 is labelled 1 and so on: the slide number, which a reader's page box then shows.
    ...(options.pageLabels === false ? [] : ['/PageLabels << /Nums [0 << /S /D >>] >>']),
  ];
  if (structure && tags) catalog.push(...writeStructure(structure, (num, text) => file.set(num, text), tags));
  if (marks.length) {
    const outline = writeBookmarks(
      file,
      marks,
      pageNums.map((ref, i) => ({ ref, box: boxes[i]! })),
    );
    catalog.push(`/Outlines ${outline} 0 R`, '/PageMode /UseOutlines');
  }
  const root = file.add(dictText(catalog));
  return { bytes: file.bytes(root, infoNum, first.id), pages: pageNums.length, starts };
}

/** The faces embedded in more than one range, each joined into one font of the new file: [range, [its Type0 font's
 *  number there, the joined font's number]] for every copy. A face is known by its name (without the subset's tag)
 *  and its naming table; copies that cannot be joined stay apart. */
function sharedFaces(parts: UpdatablePdf[], file: NewFile): Array<[number, [number, number]]> {
  const byFace = new Map<string, EmbeddedFace[]>();
  parts.forEach((part, p) => {
    for (const face of embeddedFaces(part, p)) {
      const name = (face.dict.get('BaseFont') ?? '').replace(/^\/[A-Z]{6}\+/, '/');
      const key = `${name} ${namingOf(face.file)}`;
      byFace.set(key, [...(byFace.get(key) ?? []), face]);
    }
  });
  const mapped: Array<[number, [number, number]]> = [];
  for (const copies of byFace.values()) {
    if (copies.length < 2) continue;
    let joined: number;
    try {
      joined = writeJoinedFace(file, copies);
    } catch {
      continue;
    }
    for (const copy of copies) mapped.push([copy.part, [copy.type0, joined]]);
  }
  return mapped;
}

/** The Type0 fonts the part's pages use that are one CIDFontType2 over an embedded TrueType file, each once. */
function embeddedFaces(part: UpdatablePdf, p: number): EmbeddedFace[] {
  const found = new Map<number, EmbeddedFace>();
  for (const page of part.pages) {
    const fonts = resolveDict(part, resolveDict(part, page.resources)?.get('Font'));
    for (const value of fonts?.values() ?? []) {
      const type0 = refNumber(value);
      if (type0 === undefined || found.has(type0)) continue;
      const face = embeddedFace(part, p, type0);
      if (face) found.set(type0, face);
    }
  }
  return [...found.values()];
}

function embeddedFace(part: UpdatablePdf, p: number, type0: number): EmbeddedFace | undefined {
  const dict = part.object(type0)?.dict;
  if (dict?.get('Subtype') !== '/Type0') return undefined;
  const descendant = /^\[\s*(\d+)\s+0\s+R\s*\]$/.exec(dict.get('DescendantFonts') ?? '');
  const cid = descendant ? part.object(Number(descendant[1]))?.dict : undefined;
  if (cid?.get('Subtype') !== '/CIDFontType2' || (cid.get('CIDToGIDMap') ?? '/Identity') !== '/Identity')
    return undefined;
  const descriptor = resolveDict(part, cid.get('FontDescriptor'));
  const fontFile = refNumber(descriptor?.get('FontFile2'));
  const stream = fontFile === undefined ? undefined : part.object(fontFile);
  if (!descriptor || !stream?.data) return undefined;
  const toUnicode = refNumber(dict.get('ToUnicode'));
  const cmap = toUnicode === undefined ? undefined : part.object(toUnicode);
  return {
    part: p,
    type0,
    dict,
    cid,
    descriptor,
    file: decoded(stream),
    ...(cmap?.data ? { toUnicode: decoded(cmap) } : {}),
  };
}

/** A stream's data, inflated when it is stored deflated (the only filter Chromium uses). */
export function decoded(stream: PdfObject): Uint8Array {
  const filter = stream.dict?.get('Filter');
  if (filter === undefined) return stream.data!;
  if (filter === '/FlateDecode' || filter === '[/FlateDecode]') return inflateSync(stream.data!);
  throw new Error(`a stream of filter ${filter}`);
}

/** What tells copies of one font from another font of the same name: its naming table, which a subset keeps whole. */
function namingOf(font: Uint8Array): string {
  const naming = readTables(font).get('name');
  return naming ? createHash('sha256').update(naming).digest('base64') : '';
}

/** One font of the copies: their files' glyphs joined, their widths and text mappings joined; returns the Type0
 *  font's number. */
function writeJoinedFace(file: NewFile, copies: EmbeddedFace[]): number {
  const [first] = copies as [EmbeddedFace, ...EmbeddedFace[]];
  const font = unionGlyphs(copies.map((copy) => copy.file));
  const fontFile = file.add(dictText([`/Length1 ${font.length}`, '/Filter /FlateDecode']), deflateSync(font));
  const descriptor = new Map(first.descriptor);
  descriptor.set('FontFile2', `${fontFile} 0 R`);
  const descriptorNum = file.add(entriesText(descriptor));
  const cid = new Map(first.cid);
  cid.set('FontDescriptor', `${descriptorNum} 0 R`);
  const widths = joinedWidths(copies.map((copy) => copy.cid.get('W')));
  if (widths) cid.set('W', widths);
  else cid.delete('W');
  const cidNum = file.add(entriesText(cid));
  const type0 = new Map(first.dict);
  type0.set('DescendantFonts', `[${cidNum} 0 R]`);
  const mappings = copies.flatMap((copy) => (copy.toUnicode ? [copy.toUnicode] : []));
  if (mappings.length) {
    const cmap = joinedToUnicode(mappings);
    type0.set('ToUnicode', `${file.add(dictText(['/Filter /FlateDecode']), deflateSync(pdfBytes.of(cmap)))} 0 R`);
  } else type0.delete('ToUnicode');
  return file.add(entriesText(type0));
}

function entriesText(dict: Map<string, string>): string {
  return dictText([...dict].map(([key, value]) => `/${key} ${value}`));
}

/** The CID fonts' /W arrays as one: every glyph's width from the first array that gives it. */
export function joinedWidths(arrays: Array<string | undefined>): string | undefined {
  const widths = new Map<number, string>();
  for (const array of arrays) {
    if (!array) continue;
    const tokens = array
      .trim()
      .replace(/^\[|\]$/g, '')
      .match(/\[|\]|[-\d.]+/g);
    if (!tokens) continue;
    for (let i = 0; i < tokens.length; ) {
      const start = Number(tokens[i]);
      if (tokens[i + 1] === '[') {
        let j = i + 2;
        for (let g = start; tokens[j] !== ']' && j < tokens.length; j++, g++)
          if (!widths.has(g)) widths.set(g, tokens[j]!);
        i = j + 1;
      } else {
        const last = Number(tokens[i + 1]);
        for (let g = start; g <= last; g++) if (!widths.has(g)) widths.set(g, tokens[i + 2]!);
        i += 3;
      }
    }
  }
  if (!widths.size) return undefined;
  const glyphs = [...widths.keys()].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < glyphs.length; ) {
    let j = i;
    while (j + 1 < glyphs.length && glyphs[j + 1] === glyphs[j]! + 1) j++;
    runs.push(
      `${glyphs[i]} [${glyphs
        .slice(i, j + 1)
        .map((g) => widths.get(g))
        .join(' ')}]`,
    );
    i = j + 1;
  }
  return `[${runs.join(' ')}]`;
}

/** ToUnicode CMaps (as Chromium writes them: bfchar and bfrange sections over two-byte codes) as one: each code's
 *  text from the first CMap that maps it. */
export function joinedToUnicode(cmaps: Uint8Array[]): string {
  const text = new Map<number, string>();
  const set = (code: number, hex: string) => {
    if (!text.has(code)) text.set(code, hex);
  };
  for (const bytes of cmaps) {
    const source = pdfBytes.text(bytes);
    for (const section of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, code, hex] of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g))
        set(Number.parseInt(code!, 16), hex!.toUpperCase());
    for (const section of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, low, high, target] of section[1]!.matchAll(
        /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])/g,
      )) {
        const from = Number.parseInt(low!, 16);
        const to = Number.parseInt(high!, 16);
        if (target!.startsWith('[')) {
          const each = [...target!.matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1]!.toUpperCase());
          each.forEach((hex, i) => from + i <= to && set(from + i, hex));
        } else {
          // consecutive codes map to consecutive text: the last two bytes count up
          const hex = target!.slice(1, -1);
          const head = hex.slice(0, -4);
          const tail = Number.parseInt(hex.slice(-4) || '0', 16);
          for (let code = from; code <= to; code++)
            set(code, `${head}${(tail + code - from).toString(16).toUpperCase().padStart(4, '0')}`);
        }
      }
    }
  }
  return toUnicodeCMap(text);
}

/** A ToUnicode CMap over two-byte codes: each code's text (UTF-16BE, hex), in bfchar sections of 100 at most. */
export function toUnicodeCMap(text: ReadonlyMap<number, string>): string {
  const codes = [...text.keys()].sort((a, b) => a - b);
  const blocks: string[] = [];
  for (let i = 0; i < codes.length; i += 100) {
    const block = codes.slice(i, i + 100);
    blocks.push(
      `${block.length} beginbfchar\n${block.map((code) => `<${code.toString(16).toUpperCase().padStart(4, '0')}> <${text.get(code)}>`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
    '',
  ].join('\n');
}
