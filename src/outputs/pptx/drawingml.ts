// DrawingML text and fills written as XML: every paragraph, run and list style of the PowerPoint comes from here, so
// every run names its Latin and East Asian face and its language, and a point is one paragraph whatever it holds.
import { EXTENSION_B, FACES, LANGUAGE, RARE_HAN, type Face, type Typeface } from './fonts.ts';

const RARE_HAN_RUNS = new RegExp(`(${RARE_HAN.source}+)`, 'u');
import type { Colour, Paint } from './theme.ts';

/** CSS pixels of the 1080-high canvas the deck is laid out on, in EMU: the slide is 7.5 in high. */
export const EMU_PER_PX = 914400 / 144;
/** CSS pixels in points: 1080 px = 540 pt. */
export const PT_PER_PX = 0.5;

export interface RunStyle {
  face: Face;
  sizePt: number;
  /** Undefined in a template's placeholder whose text style sets the colour (white on its title bar): its own. */
  colour: Colour | undefined;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  /** Letter spacing in points. */
  spacingPt?: number;
}

export type TextRun =
  | { text: string; style: RunStyle }
  /** The slide's number, kept current by the reader (PowerPoint, WPS, LibreOffice) as slides move. */
  | { field: 'slidenum'; text: string; style: RunStyle }
  | { lineBreak: true; style: RunStyle };

type Bullet =
  | { char: string; colour: Colour; sizePct: number; face?: Typeface }
  /** DrawingML's automatic numbering, e.g. `circleNumWdBlackPlain` (❶❷❸) or `arabicPeriod` (1. 2. 3.). */
  | { autoNumber: string; startAt: number; colour: Colour; sizePct: number };

export interface ParagraphStyle {
  /** `inherit`: as the placeholder's text style aligns it (a template's title, left or centred). */
  align?: 'l' | 'ctr' | 'r' | 'just' | 'inherit';
  /** 0-based list level: 0 for a point, 1 for a nested point. */
  level?: number;
  /** Left margin of the text, and where the first line (the bullet) starts relative to it (negative: hanging). */
  marginPx?: number;
  indentPx?: number;
  /** Right margin of the text. */
  rightPx?: number;
  /** A multiple of single spacing (1.0 = the font's own line height), or an exact height in points. */
  lineSpacing?: number | { exactPt: number };
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  bullet?: Bullet;
}

export interface Paragraph {
  runs: TextRun[];
  style: ParagraphStyle;
  /** The style new text typed at the paragraph's end gets; the first run's when not given. */
  end?: RunStyle;
}

export interface BodyStyle {
  /** Text insets in CSS pixels: top, right, bottom, left. */
  insetsPx?: [number, number, number, number];
  /** `inherit`: where the placeholder's own body puts its text (a template's title bar centres it). */
  anchor?: 't' | 'ctr' | 'b' | 'inherit';
  /** Wrap lines at the shape's width (default), or let one line run on. */
  wrap?: boolean;
}

/** `<a:bodyPr>`, the list style and the paragraphs: what goes inside `<p:txBody>` or a table cell's `<a:txBody>`. */
export function textBodyXml(body: BodyStyle, paragraphs: Paragraph[], listStyle = ''): string {
  const [t, r, b, l] = (body.insetsPx ?? [0, 0, 0, 0]).map(emu);
  const bodyPr =
    `<a:bodyPr wrap="${body.wrap === false ? 'none' : 'square'}" lIns="${l}" tIns="${t}" rIns="${r}" bIns="${b}" ` +
    `rtlCol="0"${body.anchor === 'inherit' ? '' : ` anchor="${body.anchor ?? 't'}"`}><a:noAutofit/></a:bodyPr>`;
  const list = listStyle ? `<a:lstStyle>${listStyle}</a:lstStyle>` : '<a:lstStyle/>';
  // A text body needs at least one paragraph, or PowerPoint asks to repair the file.
  const content = paragraphs.length ? paragraphs.map(paragraphXml).join('') : '<a:p><a:endParaRPr lang="zh-CN"/></a:p>';
  return bodyPr + list + content;
}

function paragraphXml(paragraph: Paragraph): string {
  const firstStyle = paragraph.runs[0]?.style;
  const end = paragraph.end ?? firstStyle;
  const runs = paragraph.runs.map(runXml).join('');
  return `<a:p>${paragraphPropertiesXml('a:pPr', paragraph.style)}${runs}${end ? runPropertiesXml('a:endParaRPr', end) : ''}</a:p>`;
}

function runXml(run: TextRun): string {
  if ('lineBreak' in run) return `<a:br>${runPropertiesXml('a:rPr', run.style)}</a:br>`;
  if ('field' in run) {
    return `<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="${run.field}">${runPropertiesXml('a:rPr', run.style)}<a:t>${escapeXml(run.text)}</a:t></a:fld>`;
  }
  if (!hasRareHan(run.text)) return plainRunXml(run.text, run.style);
  // The rare characters of names (𠮷) in runs of their own, in the one face Windows has for them.
  return run.text
    .split(RARE_HAN_RUNS)
    .filter(Boolean)
    .map((text) => plainRunXml(text, RARE_HAN.test(text) ? rareStyle(run.style) : run.style))
    .join('');
}

function plainRunXml(text: string, style: RunStyle): string {
  return `<a:r>${runPropertiesXml('a:rPr', style)}<a:t>${escapeXml(text)}</a:t></a:r>`;
}

function hasRareHan(text: string): boolean {
  // a quick look for a surrogate first: most text has none
  return /[\ud800-\udbff]/.test(text) && RARE_HAN.test(text);
}

const rareStyles = new WeakMap<RunStyle, RunStyle>();

/** `style` with SimSun-ExtB as its East Asian face (one object per style, so its XML is written once). */
function rareStyle(style: RunStyle): RunStyle {
  let rare = rareStyles.get(style);
  if (!rare) rareStyles.set(style, (rare = { ...style, face: { ...style.face, eastAsian: EXTENSION_B } }));
  return rare;
}

/** Each style's XML by tag, written once: a deck's runs share a handful of styles. */
const written = new WeakMap<RunStyle, Map<string, string>>();

/** `<a:rPr>`, `<a:endParaRPr>` or a list level's `<a:defRPr>`: size, weight, colour, both faces, the language. */
export function runPropertiesXml(tag: 'a:rPr' | 'a:endParaRPr' | 'a:defRPr', style: RunStyle): string {
  let byTag = written.get(style);
  if (!byTag) written.set(style, (byTag = new Map()));
  let xml = byTag.get(tag);
  if (xml === undefined) byTag.set(tag, (xml = writeRunProperties(tag, style)));
  return xml;
}

function writeRunProperties(tag: 'a:rPr' | 'a:endParaRPr' | 'a:defRPr', style: RunStyle): string {
  const attributes = [
    `lang="${LANGUAGE.lang}"`,
    `altLang="${LANGUAGE.altLang}"`,
    `sz="${Math.round(style.sizePt * 100)}"`,
    `b="${style.bold ? 1 : 0}"`,
    `i="${style.italic ? 1 : 0}"`,
    style.underline ? 'u="sng"' : '',
    style.strike ? 'strike="sngStrike"' : '',
    style.spacingPt ? `spc="${Math.round(style.spacingPt * 100)}"` : '',
    tag === 'a:defRPr' ? 'kern="1200"' : 'dirty="0"',
  ].filter(Boolean);
  // Children in the schema's order: fill, then the Latin, East Asian and complex-script faces.
  return (
    `<${tag} ${attributes.join(' ')}>${style.colour ? solidFillXml(style.colour) : ''}` +
    typefaceXml('a:latin', style.face.latin) +
    typefaceXml('a:ea', style.face.eastAsian) +
    typefaceXml('a:cs', style.face.latin) +
    `</${tag}>`
  );
}

function typefaceXml(tag: string, face: Typeface): string {
  return `<${tag} typeface="${escapeXml(face.typeface)}" pitchFamily="${face.pitchFamily}" charset="${face.charset}"/>`;
}

/** `<a:pPr>` or a list level's `<a:lvlNpPr>`; `defaults` adds the level's run style (for list styles). */
function paragraphPropertiesXml(tag: string, style: ParagraphStyle, defaults?: RunStyle): string {
  const attributes = [
    style.marginPx !== undefined ? `marL="${emu(style.marginPx)}"` : '',
    style.indentPx !== undefined ? `indent="${emu(style.indentPx)}"` : '',
    style.rightPx !== undefined ? `marR="${emu(style.rightPx)}"` : '',
    style.level && tag === 'a:pPr' ? `lvl="${style.level}"` : '',
    style.align === 'inherit' ? '' : `algn="${style.align ?? 'l'}"`,
    // Chinese line breaking: break between any two characters, keep closing punctuation off a line's start.
    'eaLnBrk="1" latinLnBrk="0" hangingPunct="1"',
  ].filter(Boolean);
  const spacing = style.lineSpacing;
  const children = [
    spacing === undefined
      ? ''
      : typeof spacing === 'number'
        ? `<a:lnSpc><a:spcPct val="${Math.round(spacing * 100000)}"/></a:lnSpc>`
        : `<a:lnSpc><a:spcPts val="${Math.round(spacing.exactPt * 100)}"/></a:lnSpc>`,
    style.spaceBeforePt !== undefined
      ? `<a:spcBef><a:spcPts val="${Math.round(style.spaceBeforePt * 100)}"/></a:spcBef>`
      : '',
    style.spaceAfterPt !== undefined
      ? `<a:spcAft><a:spcPts val="${Math.round(style.spaceAfterPt * 100)}"/></a:spcAft>`
      : '',
    bulletXml(style.bullet),
    defaults ? runPropertiesXml('a:defRPr', defaults) : '',
  ];
  return `<${tag} ${attributes.join(' ')}>${children.join('')}</${tag}>`;
}

function bulletXml(bullet: Bullet | undefined): string {
  if (!bullet) return '<a:buNone/>';
  const common = `<a:buClr>${srgbXml(bullet.colour)}</a:buClr><a:buSzPct val="${Math.round(bullet.sizePct * 1000)}"/>`;
  if ('autoNumber' in bullet) {
    return `${common}<a:buFont typeface="${FACES.text.latin.typeface}"/><a:buAutoNum type="${bullet.autoNumber}" startAt="${bullet.startAt}"/>`;
  }
  const face = bullet.face ? typefaceXml('a:buFont', bullet.face) : '';
  return `${common}${face}<a:buChar char="${escapeXml(bullet.char)}"/>`;
}

/** A list style: one `<a:lvlNpPr>` per level, each with its paragraph and run defaults (for placeholders, masters). */
export function listStyleXml(levels: Array<{ paragraph: ParagraphStyle; run: RunStyle }>): string {
  return levels.map((level, i) => paragraphPropertiesXml(`a:lvl${i + 1}pPr`, level.paragraph, level.run)).join('');
}

function srgbXml(colour: Colour): string {
  const alpha = colour.alpha < 1 ? `<a:alpha val="${Math.round(colour.alpha * 100000)}"/>` : '';
  return alpha ? `<a:srgbClr val="${colour.hex}">${alpha}</a:srgbClr>` : `<a:srgbClr val="${colour.hex}"/>`;
}

export function solidFillXml(colour: Colour): string {
  return `<a:solidFill>${srgbXml(colour)}</a:solidFill>`;
}

/** A solid or gradient fill. CSS angles (0 = upwards, clockwise) become DrawingML's (0 = rightwards, clockwise);
 *  a radial gradient becomes a circular path gradient spreading from the same centre. */
export function fillXml(paint: Paint): string {
  if (paint.kind === 'solid') return solidFillXml(paint.colour);
  const stops = paint.stops
    .map((stop) => `<a:gs pos="${Math.round(stop.at * 100000)}">${srgbXml(stop.colour)}</a:gs>`)
    .join('');
  if (paint.kind === 'linear') {
    const angle = (((paint.angle - 90) % 360) + 360) % 360;
    return `<a:gradFill rotWithShape="1"><a:gsLst>${stops}</a:gsLst><a:lin ang="${Math.round(angle * 60000)}" scaled="0"/></a:gradFill>`;
  }
  const x = Math.round(paint.centre.x * 100000);
  const y = Math.round(paint.centre.y * 100000);
  return (
    `<a:gradFill rotWithShape="1"><a:gsLst>${stops}</a:gsLst>` +
    `<a:path path="circle"><a:fillToRect l="${x}" t="${y}" r="${100000 - x}" b="${100000 - y}"/></a:path></a:gradFill>`
  );
}

export function emu(px: number): number {
  return Math.round(px * EMU_PER_PX);
}

export function escapeXml(text: string): string {
  // Most text needs nothing: one test instead of five replacements.
  if (!/[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text)) return text;
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 does not allow (control characters other than tab and newline) would break the part.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}
