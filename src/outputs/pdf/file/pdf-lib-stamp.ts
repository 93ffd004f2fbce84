// Pages of one PDF drawn, as vector Form XObjects, into boxes on the pages of another: the slides in the handout.
import {
  PDFArray,
  PDFName,
  PDFObjectCopier,
  PDFRawStream,
  concatTransformationMatrix,
  decodePDFRawStream,
  drawObject,
  grayscale,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import type { PDFDict, PDFDocument, PDFObject, PDFPage, PDFRef, PDFStream } from 'pdf-lib';

export interface Form {
  ref: PDFRef;
  width: number;
  height: number;
}

/** A box on a page, in points from the page's bottom-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Every page of `source` as a Form XObject in `target`. A page's single compressed content stream is reused as
 * it is (no decoding, no orphaned copies), and one copier shares the fonts among all the forms.
 */
export function pagesAsForms(target: PDFDocument, source: PDFDocument): Form[] {
  const copier = PDFObjectCopier.for(source.context, target.context);
  return source.getPages().map((page) => {
    const { width, height } = page.getSize();
    const resources = page.node.getInheritableAttribute(PDFName.of('Resources'));
    const dict: Record<string, PDFObject | string | number | number[]> = {
      Type: 'XObject',
      Subtype: 'Form',
      FormType: 1,
      BBox: [0, 0, width, height],
      Resources: resources ? copier.copy(source.context.lookup(resources) as PDFDict) : target.context.obj({}),
    };
    const contents = source.context.lookup(page.node.get(PDFName.of('Contents')));
    const streams = contents instanceof PDFArray ? contents.asArray().map((s) => source.context.lookup(s)) : [contents];
    let stream: PDFStream;
    const only = streams.length === 1 ? streams[0] : undefined;
    if (only instanceof PDFRawStream) {
      const filter = only.dict.get(PDFName.of('Filter'));
      const parms = only.dict.get(PDFName.of('DecodeParms'));
      if (filter) dict.Filter = copier.copy(filter);
      if (parms) dict.DecodeParms = copier.copy(parms);
      stream = PDFRawStream.of(target.context.obj(dict), only.contents);
    } else {
      const parts = streams.filter((s): s is PDFRawStream => s instanceof PDFRawStream).map((s) => decodePDFRawStream(s).decode());
      stream = target.context.flateStream(joinLines(parts), dict);
    }
    return { ref: target.context.register(stream), width, height };
  });
}

/** Draws `form` scaled into `box` on `page`, then a hairline frame around it (on top, so nothing hides it). */
export function stamp(page: PDFPage, form: Form, box: Box): void {
  const name = page.node.newXObject('Slide', form.ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(box.width / form.width, 0, 0, box.height / form.height, box.x, box.y),
    drawObject(name),
    popGraphicsState(),
  );
  page.drawRectangle({ ...box, borderWidth: 0.5, borderColor: grayscale(0.55) });
}

function joinLines(parts: Uint8Array[]): Uint8Array {
  const size = parts.reduce((sum, part) => sum + part.length + 1, 0);
  const joined = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
    joined[at++] = 0x0a;
  }
  return joined;
}
