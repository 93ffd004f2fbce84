// The template's slide master, layouts and theme put into the PowerPoint being written: each part copied under a name
// of the package's own numbering, its relationships kept under their ids (its XML names them), external ones dropped
// with whatever named them, the layouts' ids renumbered to be unique in the file, and its shapes scaled to the talk's
// slide size where the template's differs.
import path from 'node:path/posix';
import { XMLSerializer } from '@xmldom/xmldom';
import { Part, type Package } from '../package/opc.ts';
import type { Frame } from '../canvas.ts';
import { EMU_PER_PX } from '../drawingml.ts';
import type { LayoutColours } from './backdrop.ts';
import { R_NS, parseXml, type Box, type Template, type TemplateLayoutKind } from './read.ts';
import { DML_NS, PML_NS, elements } from './xml.ts';

/** The template's master as written into the package. */
export interface TemplateMaster {
  master: Part;
  theme: Part;
  /** The first layout of each kind, as the talk's slides relate to it, and where it places their parts. */
  layouts: Map<TemplateLayoutKind, { part: Part; frames: LayoutFrames }>;
  /** How many layouts the master lists (each takes an id after the master's). */
  layoutCount: number;
}

/** A layout's placeholder boxes (see PlaceholderFrames) in the CSS pixels of the talk's canvas. */
export interface LayoutFrames {
  title?: Frame | undefined;
  bodies: Frame[];
  content?: Frame | undefined;
  number?: Frame | undefined;
  footer?: Frame | undefined;
  /** How a slide names the layout's placeholders it fills (see PlaceholderFrames). */
  ph: Template['layouts'][number]['frames']['ph'];
  /** What the layout shows behind text (its page, and its and the master's filled shapes, in the canvas's pixels), and
   *  the colour each of its placeholders gives its text. */
  colours: {
    page: string | undefined;
    shapes: Array<{ frame: Frame; hex: string | undefined }>;
    text: LayoutColours['text'];
  };
}

export interface Numbering {
  master: number;
  /** The master's id; its layouts are numbered after it. */
  id: number;
  layout: () => number;
  theme: () => number;
}

const SLIDE_MASTER = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster';

export function addTemplate(
  pkg: Package,
  template: Template,
  size: { cx: number; cy: number },
  numbering: Numbering,
): TemplateMaster {
  const names = new Map<string, string>([[template.master, `ppt/slideMasters/slideMaster${numbering.master}.xml`]]);
  for (const layout of template.layouts)
    names.set(layout.part, `ppt/slideLayouts/slideLayout${numbering.layout()}.xml`);
  names.set(template.theme, `ppt/theme/theme${numbering.theme()}.xml`);
  for (const name of template.parts.keys())
    if (!names.has(name)) names.set(name, `${path.dirname(name)}/template-${path.basename(name)}`);

  const scale = {
    x: template.size.cx > 0 ? size.cx / template.size.cx : 1,
    y: template.size.cy > 0 ? size.cy / template.size.cy : 1,
  };
  const parts = new Map<string, Part>();
  let layoutCount = 0;
  for (const [name, source] of template.parts) parts.set(name, pkg.add(new Part(names.get(name)!, source.contentType)));
  for (const [name, source] of template.parts) {
    const part = parts.get(name)!;
    const dropped = new Set(source.relationships.filter((r) => r.external).map((r) => r.id));
    for (const r of source.relationships) if (!r.external) part.relateAs(r.id, r.type, parts.get(r.target)!);
    const isMaster = name === template.master;
    const isDrawing = isMaster || template.layouts.some((layout) => layout.part === name);
    if (!dropped.size && !isDrawing) {
      part.content = source.bytes;
      continue;
    }
    const document = parseXml(Buffer.from(source.bytes).toString('utf8'));
    if (dropped.size) dropReferences(document.documentElement, dropped);
    if (isDrawing && (scale.x !== 1 || scale.y !== 1)) scaleShapes(document, scale);
    if (isMaster) {
      const entries = elements(document, PML_NS, 'sldLayoutId');
      entries.forEach((entry, i) => entry.setAttribute('id', String(numbering.id + 1 + i)));
      layoutCount = entries.length;
    }
    part.content = new XMLSerializer().serializeToString(document.documentElement);
  }

  const layouts = new Map<TemplateLayoutKind, { part: Part; frames: LayoutFrames }>();
  const frame = (box: Box | undefined): Frame | undefined =>
    box && {
      x: (box.x * scale.x) / EMU_PER_PX,
      y: (box.y * scale.y) / EMU_PER_PX,
      w: (box.cx * scale.x) / EMU_PER_PX,
      h: (box.cy * scale.y) / EMU_PER_PX,
    };
  for (const layout of template.layouts) {
    const part = parts.get(layout.part)!;
    // A layout belongs to this master (a template could relate one to another master of its own).
    const master = template.parts.get(layout.part)!.relationships.find((r) => r.type === SLIDE_MASTER);
    if (!layout.kind || master?.target !== template.master || layouts.has(layout.kind)) continue;
    const { title, bodies, content, number, footer, ph } = layout.frames;
    layouts.set(layout.kind, {
      part,
      frames: {
        title: frame(title),
        bodies: bodies.map((box) => frame(box)!),
        content: frame(content),
        number: frame(number),
        footer: frame(footer),
        ph,
        colours: {
          page: layout.colours.page,
          shapes: layout.colours.shapes.map((shape) => ({ frame: frame(shape.box)!, hex: shape.hex })),
          text: layout.colours.text,
        },
      },
    });
  }
  return {
    master: parts.get(template.master)!,
    theme: parts.get(template.theme)!,
    layouts,
    layoutCount,
  };
}

/** Whatever names a dropped (external) relationship: a link to a picture on the web goes, a hyperlink keeps its text
 *  and loses its address. */
function dropReferences(element: Element, dropped: ReadonlySet<string>): void {
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.namespaceURI !== R_NS || !dropped.has(attribute.value)) continue;
    if (attribute.localName === 'id') element.setAttributeNS(R_NS, attribute.name, '');
    else element.removeAttributeNode(attribute);
  }
  for (let child = element.firstChild; child; child = child.nextSibling)
    if (child.nodeType === 1) dropReferences(child as Element, dropped);
}

/** The master's and layouts' positions and sizes in the talk's slide size (a template 25.4 cm wide on a slide of
 *  33.867 cm): every offset and extent, groups' child frames too. A picture (an emblem, a photo) keeps its proportions:
 *  scaled by the lesser factor about its centre, which moves as the rest does. */
function scaleShapes(document: Document, scale: { x: number; y: number }): void {
  const pictures = new Set(
    elements(document, PML_NS, 'pic').flatMap((picture) =>
      elements(picture, DML_NS, 'xfrm').filter((xfrm) => xfrm.parentNode?.parentNode === picture),
    ),
  );
  const number = (element: Element | undefined, name: string): number | undefined => {
    const value = element?.getAttribute(name);
    return value !== null && value !== undefined && value !== '' && Number.isFinite(Number(value))
      ? Number(value)
      : undefined;
  };
  for (const xfrm of pictures) {
    const off = elements(xfrm, DML_NS, 'off')[0];
    const ext = elements(xfrm, DML_NS, 'ext')[0];
    const [x, y, cx, cy] = [number(off, 'x'), number(off, 'y'), number(ext, 'cx'), number(ext, 'cy')];
    if (!off || !ext || x === undefined || y === undefined || cx === undefined || cy === undefined) continue;
    const both = Math.min(scale.x, scale.y);
    off.setAttribute('x', String(Math.round((x + cx / 2) * scale.x - (cx * both) / 2)));
    off.setAttribute('y', String(Math.round((y + cy / 2) * scale.y - (cy * both) / 2)));
    ext.setAttribute('cx', String(Math.round(cx * both)));
    ext.setAttribute('cy', String(Math.round(cy * both)));
  }
  const attributes: Array<[string, 'x' | 'y']> = [
    ['x', 'x'],
    ['y', 'y'],
    ['cx', 'x'],
    ['cy', 'y'],
  ];
  for (const name of ['off', 'ext', 'chOff', 'chExt']) {
    for (const element of elements(document, DML_NS, name)) {
      if (pictures.has(element.parentNode as Element)) continue;
      for (const [attribute, axis] of attributes) {
        const value = number(element, attribute);
        if (value !== undefined) element.setAttribute(attribute, String(Math.round(value * scale[axis])));
      }
    }
  }
}
