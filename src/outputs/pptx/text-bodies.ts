// Text bodies written by us and placed by pptxgenjs: pptxgenjs lays out the shapes, placeholders, tables and notes
// pages, each holding a marker as its text; the package step then puts our DrawingML text where each marker stands.
// pptxgenjs's own text runs cannot carry what the deck needs (East Asian faces apart from Latin ones, coloured
// bullets, a slide-number field inside a sentence, notes in paragraphs), and mixing runs in one paragraph makes it
// write a second `<a:pPr>` in the middle of the paragraph, which PowerPoint refuses.
import { emu } from './drawingml.ts';

/** Where a shape goes, in CSS pixels of the slide's canvas. */
export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface TextBody {
  /** What goes inside `<p:txBody>` or `<a:txBody>`: body properties, list style, paragraphs. */
  xml: string;
  /** A position for the shape other than its layout placeholder's. */
  frame?: Frame;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';

export class TextBodies {
  private bodies: TextBody[] = [];

  /** The marker to give pptxgenjs as the shape's text: private-use characters no outline produces around a number. */
  mark(xml: string, frame?: Frame): string {
    this.bodies.push(frame ? { xml, frame } : { xml });
    return `${OPEN}${this.bodies.length - 1}${CLOSE}`;
  }

  /** A part (slide, layout, notes page) with every marked text body replaced by ours. */
  fill(part: string): string {
    let out = '';
    let from = 0;
    for (let at = part.indexOf(OPEN); at >= 0; at = part.indexOf(OPEN, at + 1)) {
      const end = part.indexOf(CLOSE, at);
      const body = this.bodies[Number(part.slice(at + 1, end))];
      if (!body) throw new Error(`text body marker ${part.slice(at + 1, end)} has no text`);
      const pStart = part.lastIndexOf('<p:txBody>', at);
      const aStart = part.lastIndexOf('<a:txBody>', at);
      const tag = pStart > aStart ? 'p:txBody' : 'a:txBody';
      const start = Math.max(pStart, aStart);
      const close = `</${tag}>`;
      const stop = part.indexOf(close, end) + close.length;
      if (start < from || stop < close.length) throw new Error('a text body marker stands outside a text body');
      let head = part.slice(from, start);
      if (body.frame) head = withFrame(head, body.frame);
      out += `${head}<${tag}>${body.xml}</${tag}>`;
      from = stop;
      at = stop - 1;
    }
    return out + part.slice(from);
  }
}

/** Moves the shape whose `<p:spPr>` ends `head` to `frame`. */
function withFrame(head: string, frame: Frame): string {
  const start = head.lastIndexOf('<a:xfrm');
  const end = head.indexOf('</a:xfrm>', start);
  if (start < 0 || end < 0) return head;
  const xfrm = `<a:xfrm><a:off x="${emu(frame.x)}" y="${emu(frame.y)}"/><a:ext cx="${emu(frame.w)}" cy="${emu(frame.h)}"/></a:xfrm>`;
  return head.slice(0, start) + xfrm + head.slice(end + '</a:xfrm>'.length);
}
