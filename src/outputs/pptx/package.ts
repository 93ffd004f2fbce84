// The package pptxgenjs writes, finished: our text bodies put in, the theme's colours and its East Asian fonts (its
// theme names only Latin ones, pptxgenjs issue #1288), the master's text styles, gradient backgrounds, and the
// repairs PowerPoint would otherwise ask for (pptxgenjs 4.0.1): `[Content_Types].xml` overrides for slide masters that
// do not exist (#1444), solid backgrounds without their effect list (#1442), a notes master sharing the slides'
// theme (#1449), a notes page the size of a rotated slide, folder entries dropped; then every entry DEFLATEd by
// zip.ts (pptxgenjs's Node output is STOREd).
import JSZip from 'jszip';
import { zip } from './zip.ts';
import type { ZipEntry } from './zip.ts';
import type { TextBodies } from './text-bodies.ts';

export interface PackageParts {
  bodies: TextBodies;
  /** `<a:clrScheme>` and `<a:fontScheme>` for the theme part. */
  colourScheme: string;
  fontScheme: string;
  /** The slide master's `<p:txStyles>`. */
  textStyles: string;
  /** Each layout's background fill (`<a:solidFill>`, `<a:gradFill>`), by layout name; `master` for the master's. */
  backgrounds: ReadonlyMap<string, string>;
  /** The slide image on the notes page, for the deck's aspect. */
  notesSlideImage: { x: number; y: number; cx: number; cy: number };
  /** The run properties of the page number on notes pages (pptxgenjs writes it without a Chinese face). */
  notesNumberRun: string;
}

/** A portrait notes page, as PowerPoint makes it: 7.5 × 10 in. */
const NOTES_SIZE = '<p:notesSz cx="6858000" cy="9144000"/>';
const NOTES_THEME = 'ppt/theme/theme2.xml';

/** Lets other work of the process run (in `deck`, the browser's messages while it prints): the PowerPoint is written
 *  in Node's one thread, in turns of a few milliseconds. */
export function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The parts pptxgenjs writes, taken as it hands them to JSZip (`zip.file(name, content)`), and JSZip kept from
 * assembling them: it would checksum and pack a STOREd zip in JavaScript (three quarters of pptxgenjs's own time at
 * 480 slides) only for us to read it back. JSZip's prototype is lent for the length of `write`; nothing else uses
 * JSZip meanwhile (mammoth, its other user, serves only `import`).
 */
export async function pptxgenjsParts(write: () => Promise<unknown>): Promise<Map<string, string | Uint8Array>> {
  const parts = new Map<string, string | Uint8Array>();
  const prototype = JSZip.prototype as unknown as Record<'file' | 'generateAsync', unknown>;
  const { file, generateAsync } = prototype;
  prototype.file = function (this: JSZip, name: string, content?: string | Uint8Array | ArrayBuffer, options?: { base64?: boolean }) {
    if (content === undefined) return (file as (name: string) => unknown).call(this, name);
    parts.set(name, typeof content === 'string' ? (options?.base64 ? Buffer.from(content, 'base64') : content) : new Uint8Array(content));
    return this;
  };
  prototype.generateAsync = () => Promise.resolve(new Uint8Array());
  try {
    await write();
  } finally {
    prototype.file = file;
    prototype.generateAsync = generateAsync;
  }
  return parts;
}

/** The finished package's bytes, from pptxgenjs's parts. */
export async function finishPackage(written: ReadonlyMap<string, string | Uint8Array>, parts: PackageParts): Promise<Uint8Array> {
  const names = [...written.keys()];
  const contents = new Map<string, string | Uint8Array>();
  for (const [name, content] of written) {
    const edit = typeof content === 'string' ? editorFor(name, parts) : undefined;
    contents.set(name, edit ? edit(content as string) : content);
    if (contents.size % 64 === 0) await turn();
  }

  // The notes master gets a theme of its own (a copy of the slides'), as PowerPoint writes it.
  contents.set(NOTES_THEME, contents.get('ppt/theme/theme1.xml')!);
  const notesRels = 'ppt/notesMasters/_rels/notesMaster1.xml.rels';
  contents.set(notesRels, String(contents.get(notesRels)).replace('../theme/theme1.xml', '../theme/theme2.xml'));
  contents.set('[Content_Types].xml', contentTypes(String(contents.get('[Content_Types].xml')), new Set(contents.keys())));

  // `[Content_Types].xml` first, as Office writes it; then the parts in the order pptxgenjs made them.
  const order = ['[Content_Types].xml', ...names.filter((n) => n !== '[Content_Types].xml'), NOTES_THEME];
  // Each part is encoded as the zip reaches it and let go once it is compressed: encoding every part first held the
  // whole package twice over (some 50 MB more at 480 slides).
  function* entries(): Generator<ZipEntry> {
    for (const name of order) {
      const content = contents.get(name)!;
      contents.delete(name);
      yield { name, data: typeof content === 'string' ? Buffer.from(content, 'utf8') : content };
    }
  }
  return zip(entries(), turn);
}

type Edit = (xml: string) => string;

function editorFor(name: string, parts: PackageParts): Edit | undefined {
  if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) {
    // A custom prompt only means something on a layout's placeholder.
    return (xml) => withEffectLists(parts.bodies.fill(xml)).split(' hasCustomPrompt="1"').join('');
  }
  if (/^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name)) return (xml) => withBackground(parts.bodies.fill(xml), parts.backgrounds);
  if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) {
    return (xml) => parts.bodies.fill(xml).replace(/(<a:fld [^>]*type="slidenum"[^>]*>)<a:rPr [^>]*\/>/g, `$1${parts.notesNumberRun}`);
  }
  if (name === 'ppt/slideMasters/slideMaster1.xml') {
    return (xml) => {
      const styled = xml.replace(/<p:txStyles>[\s\S]*<\/p:txStyles>/, parts.textStyles);
      const fill = parts.backgrounds.get('master');
      return fill ? styled.replace(/<p:bg>[\s\S]*?<\/p:bg>/, backgroundXml(fill)) : withEffectLists(styled);
    };
  }
  if (name === 'ppt/theme/theme1.xml') {
    return (xml) =>
      xml
        .replace(/<a:clrScheme [\s\S]*?<\/a:clrScheme>/, parts.colourScheme)
        .replace(/<a:fontScheme [\s\S]*?<\/a:fontScheme>/, parts.fontScheme)
        .replace(/<a:theme ([^>]*)name="[^"]*"/, '<a:theme $1name="speechdeck"');
  }
  if (name === 'ppt/presentation.xml') return (xml) => xml.replace(/<p:notesSz [^>]*\/>/, NOTES_SIZE);
  if (name === 'ppt/notesMasters/notesMaster1.xml') {
    const { x, y, cx, cy } = parts.notesSlideImage;
    return (xml) =>
      xml.replace(
        /(<p:ph type="sldImg"[^>]*\/>[\s\S]*?<a:xfrm>)<a:off [^>]*\/><a:ext [^>]*\/>/,
        `$1<a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/>`,
      );
  }
  return undefined;
}

function backgroundXml(fill: string): string {
  return `<p:bg><p:bgPr>${fill}<a:effectLst/></p:bgPr></p:bg>`;
}

/** A layout's background as the deck's, found by the layout's name. */
function withBackground(xml: string, backgrounds: ReadonlyMap<string, string>): string {
  const name = /<p:cSld name="([^"]*)"/.exec(xml)?.[1];
  const fill = name === undefined ? undefined : backgrounds.get(decodeXml(name));
  if (!fill) return withEffectLists(xml);
  return xml.includes('<p:bg>') ? xml.replace(/<p:bg>[\s\S]*?<\/p:bg>/, backgroundXml(fill)) : xml.replace(/(<p:cSld[^>]*>)/, `$1${backgroundXml(fill)}`);
}

/** A background's properties must end with an effect list (CT_BackgroundProperties); pptxgenjs leaves it out of
 *  solid colour backgrounds, and PowerPoint repairs the file. */
function withEffectLists(xml: string): string {
  return xml.replace(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g, (whole, inner: string) => (inner.includes('<a:effectLst') ? whole : `<p:bgPr>${inner}<a:effectLst/></p:bgPr>`));
}

/** `[Content_Types].xml` naming only parts that exist, with the notes theme, and image/jpeg (not image/jpg). */
function contentTypes(xml: string, present: ReadonlySet<string>): string {
  const kept = xml.replace(/\s*<Override PartName="\/([^"]+)"[^>]*\/>/g, (whole, part: string) => (present.has(part) ? whole : ''));
  const theme = `<Override PartName="/${NOTES_THEME}" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>`;
  return kept.replace('ContentType="image/jpg"', 'ContentType="image/jpeg"').replace('</Types>', `${theme}</Types>`);
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
