// Reading the .pptx files we write, as a PowerPoint reader would: the zip's entries and how each is stored, and the
// shapes, paragraphs and runs of slides and notes pages parsed from their XML.
import { strFromU8, unzipSync } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

export interface PptxPackage {
  /** Every entry's text (images as latin1 bytes), by its name in the zip. */
  parts: Map<string, string>;
  /** The zip's own record of each entry's compression method (0 stored, 8 deflated), from its central directory. */
  methods: Map<string, number>;
}

export async function readPptx(bytes: Uint8Array): Promise<PptxPackage> {
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!name.endsWith('/')) parts.set(name, strFromU8(data, !/\.(xml|rels)$/.test(name)));
  }
  return { parts, methods: compressionMethods(bytes) };
}

/** The central directory's entries (APPNOTE 4.3.12): name and compression method, read from the bytes themselves. */
function compressionMethods(bytes: Uint8Array): Map<string, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const methods = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('not a central directory entry');
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    methods.set(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)), method);
    at += 46 + nameLength + extra + comment;
  }
  return methods;
}

export interface Run {
  text: string;
  /** The run's `<a:rPr>` (or `<a:br>`'s): its attributes and the typefaces it names. */
  lang?: string;
  bold: boolean;
  colour?: string;
  latin?: string;
  eastAsian?: string;
  field?: string;
}

export interface ParagraphXml {
  text: string;
  level: number;
  runs: Run[];
  bullet: 'none' | 'char' | 'number' | 'inherited';
  align?: string;
}

export interface ShapeXml {
  name: string;
  /** The placeholder's type (`title`, `body`…) or undefined for a plain shape. */
  placeholder?: string;
  paragraphs: ParagraphXml[];
  element: Element;
}

export function xml(text: string) {
  return parseDocument(text, { xmlMode: true });
}

export function elements(root: ReturnType<typeof xml> | Element, name: string): Element[] {
  return DomUtils.findAll((node) => node.name === name, 'children' in root ? root.children : []);
}

function child(element: Element, name: string): Element | undefined {
  return element.children.find((node): node is Element => node.type === 'tag' && node.name === name);
}

/** The shapes with text of a slide, layout or notes page, in drawing order. */
export function shapesOf(partXml: string): ShapeXml[] {
  return elements(xml(partXml), 'p:sp').map((sp) => {
    const name = elements(sp, 'p:cNvPr')[0]?.attribs.name ?? '';
    const placeholder = elements(sp, 'p:ph')[0];
    const body = child(sp, 'p:txBody');
    return {
      name,
      ...(placeholder ? { placeholder: placeholder.attribs.type ?? 'body' } : {}),
      paragraphs: body ? elements(body, 'a:p').map(paragraphOf) : [],
      element: sp,
    };
  });
}

export function paragraphOf(p: Element): ParagraphXml {
  const properties = child(p, 'a:pPr');
  const runs: Run[] = [];
  for (const node of p.children) {
    if (node.type !== 'tag' || !['a:r', 'a:fld', 'a:br'].includes(node.name)) continue;
    const rPr = child(node, 'a:rPr');
    const t = child(node, 'a:t');
    const colour = rPr && elements(rPr, 'a:srgbClr')[0]?.attribs.val;
    const latin = rPr && child(rPr, 'a:latin')?.attribs.typeface;
    const eastAsian = rPr && child(rPr, 'a:ea')?.attribs.typeface;
    runs.push({
      text: node.name === 'a:br' ? '\n' : t ? DomUtils.textContent(t) : '',
      ...(rPr?.attribs.lang ? { lang: rPr.attribs.lang } : {}),
      bold: rPr?.attribs.b === '1',
      ...(colour ? { colour } : {}),
      ...(latin ? { latin } : {}),
      ...(eastAsian ? { eastAsian } : {}),
      ...(node.name === 'a:fld' ? { field: node.attribs.type } : {}),
    });
  }
  const bullet = !properties
    ? 'inherited'
    : child(properties, 'a:buChar')
      ? 'char'
      : child(properties, 'a:buAutoNum')
        ? 'number'
        : child(properties, 'a:buNone')
          ? 'none'
          : 'inherited';
  return {
    text: runs.map((run) => run.text).join(''),
    level: Number(properties?.attribs.lvl ?? 0),
    runs,
    bullet,
    ...(properties?.attribs.algn ? { align: properties.attribs.algn } : {}),
  };
}

/** The slide parts in slide order: `ppt/slides/slide1.xml`… */
export function slideNames(parts: Map<string, string>): string[] {
  return [...parts.keys()]
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => number(a) - number(b));
}

function number(name: string): number {
  return Number(/(\d+)\.xml$/.exec(name)![1]);
}
