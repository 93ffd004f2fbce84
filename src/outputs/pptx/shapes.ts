// A slide's (or layout's) shape tree written as PresentationML: rectangles, text boxes, placeholders, pictures and
// tables, each with its own id, placed in the CSS pixels of the deck's canvas. Slides and layouts draw the deck's
// chrome (band, rules, footer) with the same calls.
import type { Frame } from './canvas.ts';
import { emu, escapeXml, solidFillXml } from './drawingml.ts';
import type { Colour } from './theme.ts';

export interface Stroke {
  colour: Colour;
  widthPx: number;
}

export interface BoxStyle {
  fill?: Colour;
  line?: Stroke;
  name?: string;
  /** A preset shape other than a rectangle (`ellipse`). */
  geometry?: string;
}

/** The placeholder a shape fills (`title`, `body`): a slide's shape and its layout's are matched by type and index. */
export type PlaceholderKind = 'title' | 'body' | 'subTitle' | 'footer' | 'number';

const PLACEHOLDER_XML: Record<PlaceholderKind, string> = {
  title: '<p:ph type="title"/>',
  body: '<p:ph type="body" idx="1"/>',
  // A template's title slide, and its footer's text and slide number, where the layout does not say (a template's
  // layout names its own: `ph`).
  subTitle: '<p:ph type="subTitle" idx="1"/>',
  footer: '<p:ph type="ftr" sz="quarter" idx="11"/>',
  number: '<p:ph type="sldNum" sz="quarter" idx="12"/>',
};

/** The title placeholder of a title slide's layout (ours): centred, as PowerPoint's own title slide names it. */
export const CENTRED_TITLE_PH = '<p:ph type="ctrTitle"/>';

/** A cell of a table: its text body (`<a:txBody>`'s inside) and how the cell is drawn. */
export interface TableCell {
  bodyXml: string;
  /** Inner margins in CSS pixels: top, right, bottom, left. */
  marginsPx: [number, number, number, number];
  fill?: Colour;
  /** The cell's bottom border; the other sides have none. */
  bottom?: Stroke;
}

const GROUP =
  '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
  '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';

function xfrmXml(frame: Frame, tag = 'a:xfrm'): string {
  return `<${tag}><a:off x="${emu(frame.x)}" y="${emu(frame.y)}"/><a:ext cx="${Math.max(0, emu(frame.w))}" cy="${Math.max(0, emu(frame.h))}"/></${tag}>`;
}

function lineXml(line: Stroke | undefined): string {
  return line ? `<a:ln w="${emu(line.widthPx)}">${solidFillXml(line.colour)}</a:ln>` : '<a:ln><a:noFill/></a:ln>';
}

function shapePropertiesXml(frame: Frame, box: BoxStyle): string {
  const fill = box.fill ? solidFillXml(box.fill) : '<a:noFill/>';
  return `<p:spPr>${xfrmXml(frame)}<a:prstGeom prst="${box.geometry ?? 'rect'}"><a:avLst/></a:prstGeom>${fill}${lineXml(box.line)}</p:spPr>`;
}

export class ShapeTree {
  private readonly shapes: string[] = [];
  private nextId = 2;

  /** `titlePh`: the `<p:ph>` of the layout's title, which a title placeholder on the tree names: a title slide's layout
   *  has a centred title (`type="ctrTitle"`), and a template's layout may give it an index. */
  constructor(private readonly titlePh = PLACEHOLDER_XML.title) {}

  private id(): number {
    return this.nextId++;
  }

  /** A filled rectangle (or other preset shape), optionally outlined. */
  rect(frame: Frame, fill: Colour | undefined, line?: Stroke, geometry?: string): void {
    const id = this.id();
    this.shapes.push(
      `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Shape ${id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
        `${shapePropertiesXml(frame, { ...(fill ? { fill } : {}), ...(line ? { line } : {}), ...(geometry ? { geometry } : {}) })}</p:sp>`,
    );
  }

  /** A text box holding `bodyXml` (what goes inside `<p:txBody>`, see drawingml.ts). */
  text(frame: Frame, bodyXml: string, box: BoxStyle = {}): void {
    const id = this.id();
    const name = escapeXml(box.name ?? `Text ${id}`);
    this.shapes.push(
      `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>` +
        `${shapePropertiesXml(frame, box)}<p:txBody>${bodyXml}</p:txBody></p:sp>`,
    );
  }

  /** The placeholder `kind` at `frame`, holding `bodyXml`: on a layout its prompt, on a slide its text; `ph` the
   *  layout's own `<p:ph>` it fills, where a template's layout names it. */
  placeholder(kind: PlaceholderKind, frame: Frame, bodyXml: string, ph?: string): void {
    const id = this.id();
    const name = `${kind === 'title' ? 'Title' : kind === 'body' || kind === 'subTitle' ? 'Body' : kind === 'footer' ? 'Footer' : 'Slide Number'} ${id}`;
    this.shapes.push(
      `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph ?? (kind === 'title' ? this.titlePh : PLACEHOLDER_XML[kind])}</p:nvPr></p:nvSpPr>` +
        `${shapePropertiesXml(frame, {})}<p:txBody>${bodyXml}</p:txBody></p:sp>`,
    );
  }

  /** A picture: the image related as `relationshipId`, `crop` in fractions of its width and height cut from each
   *  side (left, top, right, bottom), so that it covers `frame` without being stretched. */
  picture(
    frame: Frame,
    relationshipId: string,
    description: string,
    options: { crop?: [number, number, number, number]; line?: Stroke } = {},
  ): void {
    const id = this.id();
    const crop = options.crop?.some((side) => side > 0)
      ? `<a:srcRect ${['l', 't', 'r', 'b'].map((side, i) => `${side}="${Math.round(options.crop![i]! * 100000)}"`).join(' ')}/>`
      : '';
    this.shapes.push(
      `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Picture ${id}" descr="${escapeXml(description)}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>` +
        `<p:blipFill><a:blip r:embed="${relationshipId}"/>${crop}<a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
        `<p:spPr>${xfrmXml(frame)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${options.line ? lineXml(options.line) : ''}</p:spPr></p:pic>`,
    );
  }

  /** A native table: column widths and row heights in CSS pixels, a cell per column in each row. */
  table(frame: Frame, columns: number[], rows: Array<{ heightPx: number; cells: TableCell[] }>): void {
    const id = this.id();
    const grid = columns.map((w) => `<a:gridCol w="${emu(w)}"/>`).join('');
    const none = (tag: string) => `<${tag} w="0"><a:noFill/></${tag}>`;
    const cellXml = (cell: TableCell) => {
      const [t, r, b, l] = cell.marginsPx.map(emu);
      const bottom = cell.bottom
        ? `<a:lnB w="${emu(cell.bottom.widthPx)}">${solidFillXml(cell.bottom.colour)}</a:lnB>`
        : none('a:lnB');
      const fill = cell.fill ? solidFillXml(cell.fill) : '<a:noFill/>';
      return `<a:tc><a:txBody>${cell.bodyXml}</a:txBody><a:tcPr marL="${l}" marR="${r}" marT="${t}" marB="${b}" anchor="ctr">${none('a:lnL')}${none('a:lnR')}${none('a:lnT')}${bottom}${fill}</a:tcPr></a:tc>`;
    };
    const body = rows.map((row) => `<a:tr h="${emu(row.heightPx)}">${row.cells.map(cellXml).join('')}</a:tr>`).join('');
    this.shapes.push(
      `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="Table ${id}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>` +
        `${xfrmXml(frame, 'p:xfrm')}<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">` +
        `<a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>${grid}</a:tblGrid>${body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`,
    );
  }

  /** `<p:spTree>` with every shape drawn so far, in drawing order. */
  xml(): string {
    return `<p:spTree>${GROUP}${this.shapes.join('')}</p:spTree>`;
  }
}
