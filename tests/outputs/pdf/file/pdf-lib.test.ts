// Pages of one PDF placed, as vectors, on the pages of another (how the handout gets its slides).
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream, rgb } from 'pdf-lib';
import { pagesAsForms, stamp } from '../../../../src/outputs/pdf/file/pdf-lib-stamp.ts';

/** The decoded content of every Form XObject in the document. */
async function forms(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const found: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype'))?.toString() === '/Form') {
      found.push(new TextDecoder().decode(decodePDFRawStream(object).decode()));
    }
  }
  return found;
}

async function slides(): Promise<PDFDocument> {
  const source = await PDFDocument.create();
  source.addPage([1440, 810]).drawRectangle({ x: 10, y: 10, width: 100, height: 50, color: rgb(0.7, 0, 0) });
  const second = source.addPage([1440, 810]);
  second.drawRectangle({ x: 20, y: 20, width: 30, height: 30, color: rgb(0, 0, 0.7) });
  // A page whose content is split over two streams, as some producers write it.
  second.node.addContentStream(source.context.register(source.context.flateStream('0 0 m 100 100 l S')));
  return PDFDocument.load(await source.save());
}

describe('placing slide pages on handout pages', () => {
  it('turns every page into a form that keeps its drawing, whether it has one content stream or several', async () => {
    const target = await PDFDocument.create();
    const made = pagesAsForms(target, await slides());
    expect(made.map((f) => [f.width, f.height])).toEqual([[1440, 810], [1440, 810]]);
    const page = target.addPage([595.28, 841.89]);
    stamp(page, made[0]!, { x: 40, y: 600, width: 288, height: 162 });
    stamp(page, made[1]!, { x: 40, y: 400, width: 288, height: 162 });
    const contents = await forms(await target.save());
    expect(contents).toHaveLength(2);
    expect(contents[0]).toContain('0.7 0 0 rg');
    expect(contents[1]).toContain('0 0 0.7 rg');
    expect(contents[1]).toContain('100 100 l');
  });

  it('draws each form scaled into its box, with a hairline frame', async () => {
    const target = await PDFDocument.create();
    const [form] = pagesAsForms(target, await slides());
    const page = target.addPage([595.28, 841.89]);
    stamp(page, form!, { x: 40, y: 600, width: 288, height: 162 });
    const doc = await PDFDocument.load(await target.save());
    const resources = doc.getPage(0).node.Resources()!;
    expect((resources.lookup(PDFName.of('XObject')) as PDFDict).keys()).toHaveLength(1);
    const content = doc.getPage(0).node.Contents()!;
    const streams = 'asArray' in content ? content.asArray().map((ref) => doc.context.lookup(ref) as PDFRawStream) : [content as PDFRawStream];
    const text = streams.map((s) => new TextDecoder().decode(decodePDFRawStream(s).decode())).join('\n');
    expect(text).toMatch(/0\.2 0 0 0\.2 40 600 cm/);
    expect(text).toMatch(/\/Slide-?\d* Do/);
    expect(text).toMatch(/0\.5 w/);
  });
});
