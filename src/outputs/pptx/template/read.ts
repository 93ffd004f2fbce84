// An organiser's PowerPoint template (.pptx or .potx) read as input from someone else: within the zip limits of
// `import`, macro-enabled and password-protected files refused, and only what the talk's PowerPoint takes kept — the
// first slide master, its layouts (each known by its placeholders), its theme, and the parts they show; external
// relationships are dropped and the template's own example slides are never read.
import path from 'node:path/posix';
import { DOMParser } from '@xmldom/xmldom';
import { unpackZip, ZipTooLarge } from '../../../import/zip.ts';
import { relationshipsName } from '../package/opc.ts';
import { layoutColours, type LayoutColours } from './backdrop.ts';
import { DML_NS, PML_NS, elements } from './xml.ts';

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const R_NS = OFFICE;

/** The main parts a template may have: a presentation, or a template (.potx), which is written as a presentation. */
const MAIN_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml',
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml',
]);

/** The layouts the talk's slides are drawn on, as PresentationML names their types. */
export type TemplateLayoutKind = 'title' | 'secHead' | 'obj' | 'twoObj' | 'titleOnly' | 'blank';
const KINDS: ReadonlySet<string> = new Set(['title', 'secHead', 'obj', 'twoObj', 'titleOnly', 'blank']);

/** A relationship of a kept part: to another kept part (its name), or external (dropped when written). */
interface TemplateRelationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

interface TemplatePart {
  name: string;
  contentType: string;
  bytes: Uint8Array;
  relationships: TemplateRelationship[];
}

interface TemplateLayout {
  part: string;
  /** What its placeholders (or its type, where they say less) make it; undefined for a layout the talk never uses. */
  kind: TemplateLayoutKind | undefined;
  /** Where its placeholders are, in the template's EMU. */
  frames: PlaceholderFrames;
  /** What it shows behind text, and its placeholders' text colours. */
  colours: LayoutColours;
}

/** A box in EMU. */
export interface Box {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

/** Where a layout places a slide's parts: the room its designer left clear of the master's decorations (a band, an
 *  emblem, a title bar). A placeholder the layout places nowhere of its own stands where the master's of its type is. */
interface PlaceholderFrames {
  /** The title (`title` or `ctrTitle`). */
  title?: Box;
  /** The content placeholders (`body`, `obj`, `subTitle`), in their order on the layout. */
  bodies: Box[];
  /** The master's body: the room for content on any slide of the master. */
  content?: Box;
  /** The footer's slide number and footer text. */
  number?: Box;
  footer?: Box;
  /** How a slide names the layout's placeholder it fills (`<p:ph type="ftr" idx="11"/>`): by the layout's own type
   *  and index, which differ from one template to another (PowerPoint's 10, 11, 12 for the date, footer and slide
   *  number; other programs' their own). */
  ph: { bodies: string[]; title?: string; number?: string; footer?: string };
}

/** The colours of the template's theme by their scheme names (`dk1`, `lt1`, `accent1`…), as `RRGGBB`. */
type SchemeColours = Partial<Record<string, string>>;

export interface Template {
  master: string;
  layouts: TemplateLayout[];
  theme: string;
  /** The master, its layouts, its theme and every part they relate to, by name. */
  parts: Map<string, TemplatePart>;
  colours: SchemeColours;
  /** The master's colour map: `bg1` → `lt1` and so on. */
  colourMap: Record<string, string>;
  /** The first picture on the master (an emblem), if it is of a type every reader shows. */
  logo?: { bytes: Uint8Array; mime: string };
  /** The template's slide size in EMU. */
  size: { cx: number; cy: number };
}

/** Why a template cannot be used; `detail` says more where there is more to say (the part, the limit). */
export class TemplateError extends Error {
  constructor(
    readonly why: 'macro' | 'protected' | 'damaged' | 'tooLarge',
    readonly detail?: ZipTooLarge,
  ) {
    super(why);
  }
}

/** An OLE compound file: what a password-protected Office file (or an old .ppt) is. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PICTURES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif' };

export async function readTemplate(bytes: Uint8Array, fileName: string): Promise<Template> {
  if (/\.(pptm|potm|ppsm)$/i.test(fileName)) throw new TemplateError('macro');
  if (OLE.every((byte, i) => bytes[i] === byte)) throw new TemplateError('protected');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new TemplateError('damaged');
  let files: Map<string, Uint8Array>;
  try {
    files = await unpackZip(bytes);
  } catch (error) {
    if (error instanceof ZipTooLarge) throw new TemplateError('tooLarge', error);
    throw new TemplateError('damaged');
  }
  try {
    return readPackage(files);
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    throw new TemplateError('damaged');
  }
}

function readPackage(files: Map<string, Uint8Array>): Template {
  const xml = (name: string): Document => {
    const data = files.get(name);
    if (!data) throw new TemplateError('damaged');
    return parseXml(Buffer.from(data).toString('utf8'));
  };
  const types = contentTypes(xml('[Content_Types].xml'));
  const typeOf = (name: string) =>
    types.overrides.get(name) ?? types.defaults.get(path.extname(name).slice(1).toLowerCase());
  if ([...types.overrides.values(), ...types.defaults.values()].some((type) => /macroEnabled|vbaProject/i.test(type)))
    throw new TemplateError('macro');
  const relationshipsOf = (name: string): TemplateRelationship[] => {
    const rels = relationshipsName(name);
    if (!files.has(rels)) return [];
    return elements(xml(rels), RELATIONSHIPS, 'Relationship').map((r) => {
      const external = r.getAttribute('TargetMode') === 'External';
      const target = r.getAttribute('Target') ?? '';
      return {
        id: r.getAttribute('Id') ?? '',
        type: r.getAttribute('Type') ?? '',
        external,
        target: external ? target : resolveTarget(name, target),
      };
    });
  };
  const main = relationshipsOf('').find((r) => r.type === `${OFFICE}/officeDocument`);
  if (!main || !MAIN_TYPES.has(typeOf(main.target) ?? '')) throw new TemplateError('damaged');
  const presentation = xml(main.target);
  const masterId = elements(presentation, PML_NS, 'sldMasterId')[0]?.getAttributeNS(OFFICE, 'id');
  const presentationRels = relationshipsOf(main.target);
  const master = presentationRels.find((r) => r.id === masterId && !r.external)?.target;
  if (!master || !files.has(master)) throw new TemplateError('damaged');
  const size = elements(presentation, PML_NS, 'sldSz')[0];

  // Everything the master reaches, and nothing else: the example slides and the notes are never related from it.
  const parts = new Map<string, TemplatePart>();
  const queue = [master];
  while (queue.length) {
    const name = queue.shift()!;
    if (parts.has(name)) continue;
    const data = files.get(name);
    const contentType = typeOf(name);
    if (!data || !contentType) throw new TemplateError('damaged');
    const relationships = relationshipsOf(name).filter((r) => r.external || files.has(r.target));
    parts.set(name, { name, contentType, bytes: data, relationships });
    for (const r of relationships) if (!r.external) queue.push(r.target);
  }
  const masterRels = parts.get(master)!.relationships;
  const theme = masterRels.find((r) => r.type === `${OFFICE}/theme` && !r.external)?.target;
  if (!theme) throw new TemplateError('damaged');
  const masterXml = xml(master);
  const colourMap: Record<string, string> = {};
  const map = elements(masterXml, PML_NS, 'clrMap')[0];
  for (let i = 0; map && i < map.attributes.length; i++) {
    const attribute = map.attributes.item(i)!;
    colourMap[attribute.localName ?? attribute.name] = attribute.value;
  }
  const colours = schemeColours(xml(theme));
  const layouts = elements(masterXml, PML_NS, 'sldLayoutId').flatMap((entry) => {
    const rId = entry.getAttributeNS(OFFICE, 'id');
    const part = masterRels.find((r) => r.id === rId && !r.external)?.target;
    if (!part || !parts.has(part)) return [];
    const layout = xml(part);
    return [
      {
        part,
        kind: layoutKind(layout),
        frames: placeholderFrames(layout, masterXml),
        colours: layoutColours(layout, masterXml, { colours, colourMap }),
      },
    ];
  });
  const logo = masterPicture(masterXml, masterRels, files);
  return {
    master,
    layouts,
    theme,
    parts,
    colours,
    colourMap,
    ...(logo ? { logo } : {}),
    size: { cx: Number(size?.getAttribute('cx') ?? 0), cy: Number(size?.getAttribute('cy') ?? 0) },
  };
}

/** A layout's kind by its placeholders: a centred title (or a title with a subtitle) is a title slide; otherwise its
 *  `type` says, where it names one the talk uses; otherwise the number of content placeholders under a title. */
function layoutKind(layout: Document): TemplateLayoutKind | undefined {
  const placeholders = elements(layout, PML_NS, 'ph').map((ph) => ph.getAttribute('type') || 'obj');
  const has = (type: string) => placeholders.includes(type);
  if (has('ctrTitle') || (has('title') && has('subTitle'))) return 'title';
  const type = layout.documentElement?.getAttribute('type') ?? '';
  if (KINDS.has(type)) return type as TemplateLayoutKind;
  if (type) return undefined;
  const contents = placeholders.filter((p) => p === 'obj' || p === 'body').length;
  if (!has('title')) return placeholders.some((p) => !['dt', 'ftr', 'sldNum'].includes(p)) ? undefined : 'blank';
  return contents === 0 ? 'titleOnly' : contents === 1 ? 'obj' : contents === 2 ? 'twoObj' : undefined;
}

/** Each placeholder's box on `layout` by its type, from the master where the layout gives none of its own. */
function placeholderFrames(layout: Document, master: Document): PlaceholderFrames {
  const boxes = (document: Document) =>
    elements(document, PML_NS, 'sp').flatMap((shape) => {
      const ph = elements(shape, PML_NS, 'ph')[0];
      if (!ph) return [];
      const type = ph.getAttribute('type') || 'obj';
      const xfrm = elements(shape, DML_NS, 'xfrm')[0];
      const off = xfrm && elements(xfrm, DML_NS, 'off')[0];
      const ext = xfrm && elements(xfrm, DML_NS, 'ext')[0];
      const box =
        off && ext
          ? {
              x: +(off.getAttribute('x') ?? NaN),
              y: +(off.getAttribute('y') ?? NaN),
              cx: +(ext.getAttribute('cx') ?? NaN),
              cy: +(ext.getAttribute('cy') ?? NaN),
            }
          : undefined;
      const valid = box && Object.values(box).every(Number.isFinite) && box.cx > 0 && box.cy > 0 ? box : undefined;
      return [
        {
          type: type === 'ctrTitle' ? 'title' : type === 'subTitle' || type === 'body' ? 'obj' : type,
          box: valid,
          ph: placeholderXml(ph),
        },
      ];
    });
  const onMaster = boxes(master);
  const masterBox = (type: string) => onMaster.find((p) => p.type === type)?.box;
  const own = boxes(layout);
  const boxOf = (type: string) => {
    const found = own.find((p) => p.type === type);
    return found ? (found.box ?? masterBox(type)) : undefined;
  };
  const title = boxOf('title');
  const number = boxOf('sldNum');
  const footer = boxOf('ftr');
  const content = masterBox('obj');
  const bodies = own.flatMap((p) => {
    const box = p.type === 'obj' ? (p.box ?? masterBox('obj')) : undefined;
    return box ? [{ box, ph: p.ph }] : [];
  });
  const phOf = (type: string) => own.find((p) => p.type === type)?.ph;
  return {
    ...(title ? { title } : {}),
    bodies: bodies.map((body) => body.box),
    ...(content ? { content } : {}),
    ...(number ? { number } : {}),
    ...(footer ? { footer } : {}),
    ph: {
      bodies: bodies.map((body) => body.ph),
      // (a centred title's `ctrTitle`, which the slide's title must name too)
      ...(title ? { title: phOf('title')! } : {}),
      ...(number ? { number: phOf('sldNum')! } : {}),
      ...(footer ? { footer: phOf('ftr')! } : {}),
    },
  };
}

/** The `<p:ph>` a slide writes to fill a layout's placeholder: its type (none for an object placeholder) and its
 *  index, as the layout names them (PowerPoint matches a slide's placeholder to the layout's by these). */
function placeholderXml(ph: Element): string {
  const type = ph.getAttribute('type');
  const idx = ph.getAttribute('idx');
  const safe = (value: string | null, pattern: RegExp) => (value && pattern.test(value) ? value : undefined);
  const typeText = safe(type, /^[A-Za-z]+$/);
  const idxText = safe(idx, /^\d+$/);
  return `<p:ph${typeText ? ` type="${typeText}"` : ''}${idxText ? ` idx="${idxText}"` : ''}/>`;
}

/** The first picture drawn on the master, as the logo of the deck and the PDFs. */
function masterPicture(
  master: Document,
  relationships: TemplateRelationship[],
  files: Map<string, Uint8Array>,
): Template['logo'] {
  for (const picture of elements(master, PML_NS, 'pic')) {
    const rId = elements(picture, DML_NS, 'blip')[0]?.getAttributeNS(OFFICE, 'embed');
    const target = relationships.find((r) => r.id === rId && !r.external)?.target;
    const mime =
      PICTURES[
        path
          .extname(target ?? '')
          .slice(1)
          .toLowerCase()
      ];
    const bytes = target ? files.get(target) : undefined;
    if (bytes && mime) return { bytes, mime };
  }
  return undefined;
}

function schemeColours(theme: Document): SchemeColours {
  const colours: SchemeColours = {};
  const scheme = elements(theme, DML_NS, 'clrScheme')[0];
  for (let node = scheme?.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const entry = node as Element;
    const colour =
      elements(entry, DML_NS, 'srgbClr')[0]?.getAttribute('val') ??
      elements(entry, DML_NS, 'sysClr')[0]?.getAttribute('lastClr');
    if (colour && /^[0-9a-f]{6}$/i.test(colour)) colours[entry.localName ?? ''] = colour.toUpperCase();
  }
  return colours;
}

function contentTypes(document: Document) {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const entry of elements(document, CONTENT_TYPES, 'Default'))
    defaults.set((entry.getAttribute('Extension') ?? '').toLowerCase(), entry.getAttribute('ContentType') ?? '');
  for (const entry of elements(document, CONTENT_TYPES, 'Override'))
    overrides.set((entry.getAttribute('PartName') ?? '').replace(/^\//, ''), entry.getAttribute('ContentType') ?? '');
  return { defaults, overrides };
}

/** A relationship's target as a part name: relative to its source's folder, or from the root when it starts with `/`. */
function resolveTarget(source: string, target: string): string {
  const decoded = decodeURIComponent(target);
  return decoded.startsWith('/') ? path.normalize(decoded).slice(1) : path.join(path.dirname(source), decoded);
}

/** XML from someone else: a mistake in it is an error (xmldom would only print it), and no DTD is followed. */
export function parseXml(text: string): Document {
  const fail = () => {
    throw new TemplateError('damaged');
  };
  const document = new DOMParser({
    errorHandler: { warning: () => {}, error: fail, fatalError: fail },
  }).parseFromString(text, 'text/xml');
  if (!document.documentElement) fail();
  return document;
}
