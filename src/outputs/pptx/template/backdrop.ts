// What a template's layout shows behind the text we place on it, and the colour its placeholders give their text: the
// layout's (or the master's) background, the filled shapes the layout and the master draw, and each placeholder's text
// colour through the layout's list style, the master's placeholder and the master's text styles. Read so that text of
// ours never stands in a colour its backdrop hides (a section layout that sets no colour under a master whose title
// style is white for its dark title bar: white on white).
import { DML_NS, PML_NS, elements } from './xml.ts';

/** A box in EMU. */
interface Box {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

/** A filled shape behind the text, in EMU, with its colour (`RRGGBB`), or undefined where it is not one colour (a
 *  picture, a gradient of far colours): text over it is not judged. */
interface Painted {
  box: Box;
  hex: string | undefined;
}

/** The placeholders whose text colour we read. */
export type TextRole = 'title' | 'body' | 'subTitle' | 'footer' | 'number';

export interface LayoutColours {
  /** The page: the layout's background, else the master's (undefined: a picture or none said). */
  page: string | undefined;
  /** The filled shapes drawn over the page, in drawing order: the master's (where the layout shows them), then the
   *  layout's. */
  shapes: Painted[];
  /** Each placeholder's text colour as the template gives it (`RRGGBB`); the scheme's text colour where none is said. */
  text: Record<TextRole, string | undefined>;
}

/** How a colour element names a colour of the scheme, through the master's colour map. */
interface Scheme {
  colours: Partial<Record<string, string>>;
  colourMap: Record<string, string>;
}

const ROLE_TYPES: Record<TextRole, string[]> = {
  title: ['title', 'ctrTitle'],
  body: ['body', 'obj'],
  subTitle: ['subTitle', 'body', 'obj'],
  footer: ['ftr'],
  number: ['sldNum'],
};

/** The master's text style each placeholder falls back to. */
const STYLE_OF: Record<TextRole, string> = {
  title: 'titleStyle',
  body: 'bodyStyle',
  subTitle: 'bodyStyle',
  footer: 'otherStyle',
  number: 'otherStyle',
};

export function layoutColours(layout: Document, master: Document, scheme: Scheme): LayoutColours {
  const colourMap = { ...scheme.colourMap, ...ownColourMap(layout) };
  const resolve = (element: Element | undefined) => colourOf(element, { colours: scheme.colours, colourMap });
  const page = background(layout, resolve) ?? background(master, resolve);
  const showMaster = layout.documentElement?.getAttribute('showMasterSp') !== '0';
  const shapes = [...(showMaster ? painted(master, resolve) : []), ...painted(layout, resolve)];
  const text = {} as Record<TextRole, string | undefined>;
  const styles = elements(master, PML_NS, 'txStyles')[0];
  for (const role of Object.keys(ROLE_TYPES) as TextRole[]) {
    const types = ROLE_TYPES[role];
    const style = styles && firstChild(styles, PML_NS, STYLE_OF[role]);
    text[role] =
      placeholderColour(layout, types, resolve) ??
      placeholderColour(master, types, resolve) ??
      levelOneColour(style, resolve) ??
      resolve(schemeElement(layout, 'tx1'));
  }
  return { page: page ?? resolve(schemeElement(layout, 'bg1')), shapes, text };
}

/** The colour a layout's placeholder of one of `types` gives its first level of text, in its list style. */
function placeholderColour(
  document: Document,
  types: string[],
  resolve: (element: Element | undefined) => string | undefined,
): string | undefined {
  for (const type of types) {
    const shape = elements(document, PML_NS, 'sp').find((sp) => {
      const ph = elements(sp, PML_NS, 'ph')[0];
      return ph && (ph.getAttribute('type') || 'obj') === type;
    });
    if (!shape) continue;
    const listStyle = elements(shape, DML_NS, 'lstStyle')[0];
    return levelOneColour(listStyle, resolve);
  }
  return undefined;
}

function levelOneColour(
  style: Element | undefined,
  resolve: (element: Element | undefined) => string | undefined,
): string | undefined {
  const level = style && firstChild(style, DML_NS, 'lvl1pPr');
  const run = level && firstChild(level, DML_NS, 'defRPr');
  const fill = run && firstChild(run, DML_NS, 'solidFill');
  return fill ? resolve(fill) : undefined;
}

/** A `<p:bg>`: its solid fill, its reference's colour, or a gradient's middle; undefined for a picture or none. */
function background(
  document: Document,
  resolve: (element: Element | undefined) => string | undefined,
): string | undefined {
  const bg = elements(document, PML_NS, 'bg')[0];
  if (!bg) return undefined;
  const properties = firstChild(bg, PML_NS, 'bgPr');
  if (properties) return fillColour(properties, resolve);
  const reference = firstChild(bg, PML_NS, 'bgRef');
  return reference ? resolve(reference) : undefined;
}

/** The fill of shape properties (or a background's): one colour, a gradient's stops averaged where they are close,
 *  undefined for none, a picture or a pattern. */
function fillColour(
  properties: Element,
  resolve: (element: Element | undefined) => string | undefined,
): string | undefined {
  const solid = firstChild(properties, DML_NS, 'solidFill');
  if (solid) return resolve(solid);
  const gradient = firstChild(properties, DML_NS, 'gradFill');
  if (!gradient) return undefined;
  const stops = elements(gradient, DML_NS, 'gs').map((stop) => resolve(stop));
  if (!stops.length || stops.some((hex) => !hex)) return undefined;
  const lightness = stops.map((hex) => luminance(hex!));
  return Math.max(...lightness) - Math.min(...lightness) < 0.2 ? stops[Math.floor(stops.length / 2)] : undefined;
}

/** The filled shapes of a master's or layout's tree (placeholders too: a filled title box is a backdrop), with their
 *  boxes; a shape filled by its style's reference (`<p:style><a:fillRef>`) as PowerPoint draws them. */
function painted(document: Document, resolve: (element: Element | undefined) => string | undefined): Painted[] {
  const tree = elements(document, PML_NS, 'spTree')[0];
  if (!tree) return [];
  const out: Painted[] = [];
  for (let node = tree.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const shape = node as Element;
    const properties = firstChild(shape, PML_NS, 'spPr');
    const box = properties && boxOf(properties);
    if (!box) continue;
    if (shape.localName === 'pic') {
      out.push({ box, hex: undefined });
      continue;
    }
    if (shape.localName !== 'sp') continue;
    if (firstChild(properties, DML_NS, 'noFill')) continue;
    const own =
      firstChild(properties, DML_NS, 'solidFill') ??
      firstChild(properties, DML_NS, 'gradFill') ??
      firstChild(properties, DML_NS, 'blipFill') ??
      firstChild(properties, DML_NS, 'pattFill');
    if (own) {
      out.push({ box, hex: fillColour(properties, resolve) });
      continue;
    }
    const style = firstChild(shape, PML_NS, 'style');
    const reference = style && firstChild(style, DML_NS, 'fillRef');
    if (reference && Number(reference.getAttribute('idx') ?? 0) > 0) out.push({ box, hex: resolve(reference) });
  }
  return out;
}

function boxOf(properties: Element): Box | undefined {
  const xfrm = firstChild(properties, DML_NS, 'xfrm');
  const off = xfrm && firstChild(xfrm, DML_NS, 'off');
  const ext = xfrm && firstChild(xfrm, DML_NS, 'ext');
  if (!off || !ext) return undefined;
  const box = {
    x: Number(off.getAttribute('x')),
    y: Number(off.getAttribute('y')),
    cx: Number(ext.getAttribute('cx')),
    cy: Number(ext.getAttribute('cy')),
  };
  return Object.values(box).every(Number.isFinite) && box.cx > 0 && box.cy > 0 ? box : undefined;
}

/** A layout's own colour map (`<p:overrideClrMapping>`), if it has one. */
function ownColourMap(layout: Document): Record<string, string> {
  const map: Record<string, string> = {};
  const override = elements(layout, DML_NS, 'overrideClrMapping')[0];
  for (let i = 0; override && i < override.attributes.length; i++) {
    const attribute = override.attributes.item(i)!;
    map[attribute.localName ?? attribute.name] = attribute.value;
  }
  return map;
}

/** A stand-in `<a:schemeClr val="name">` to resolve a scheme name through the same path. */
function schemeElement(document: Document, name: string): Element {
  const element = document.createElementNS(DML_NS, 'a:schemeClr');
  element.setAttribute('val', name);
  const holder = document.createElementNS(DML_NS, 'a:solidFill');
  holder.appendChild(element);
  return holder;
}

const PRESET: Record<string, string> = { black: '000000', white: 'FFFFFF' };

/** The colour an element holding one colour choice names (`<a:solidFill>`, `<a:gs>`, `<p:bgRef>`), as `RRGGBB`, with
 *  its luminance and tint modifiers applied; undefined where it names none we know. */
function colourOf(holder: Element | undefined, scheme: Scheme): string | undefined {
  if (!holder) return undefined;
  let choice: Element | undefined;
  if (holder.localName === 'schemeClr') choice = holder;
  for (let node = holder.firstChild; !choice && node; node = node.nextSibling)
    if (node.nodeType === 1) choice = node as Element;
  if (!choice) return undefined;
  let hex: string | undefined;
  const value = choice.getAttribute('val') ?? '';
  if (choice.localName === 'srgbClr') hex = value;
  else if (choice.localName === 'sysClr') hex = choice.getAttribute('lastClr') ?? undefined;
  else if (choice.localName === 'prstClr') hex = PRESET[value];
  else if (choice.localName === 'schemeClr') {
    const mapped = scheme.colourMap[value] ?? { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' }[value] ?? value;
    hex = scheme.colours[mapped];
  }
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return undefined;
  return modified(hex.toUpperCase(), choice);
}

/** `lumMod`/`lumOff` (on the lightness), `tint` (towards white) and `shade` (towards black), as Office applies them. */
function modified(hex: string, choice: Element): string {
  let [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  for (let node = choice.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const modifier = node as Element;
    const amount = Number(modifier.getAttribute('val')) / 100000;
    if (!Number.isFinite(amount)) continue;
    if (modifier.localName === 'tint')
      [r, g, b] = [r, g, b].map((c) => 1 - (1 - c) * amount) as [number, number, number];
    else if (modifier.localName === 'shade') [r, g, b] = [r, g, b].map((c) => c * amount) as [number, number, number];
    else if (modifier.localName === 'lumMod' || modifier.localName === 'lumOff') {
      const [h, s, l] = toHsl(r, g, b);
      const lightness = modifier.localName === 'lumMod' ? l * amount : l + amount;
      [r, g, b] = fromHsl(h, s, Math.min(1, Math.max(0, lightness)));
    }
  }
  return [r, g, b]
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

function toHsl(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): [number, number, number] {
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
}

/** The relative luminance of `RRGGBB` (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours (WCAG 2: 1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function firstChild(element: Element, namespace: string, name: string): Element | undefined {
  for (let node = element.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 1 && (node as Element).namespaceURI === namespace && (node as Element).localName === name)
      return node as Element;
  return undefined;
}
