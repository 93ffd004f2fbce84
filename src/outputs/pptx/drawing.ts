// Drawing on a layout or on a slide with one set of calls: pptxgenjs takes a layout's shapes as a list of objects and
// a slide's through methods, and the deck's chrome (band, rules, footer) is drawn on both.
import type PptxGenJS from 'pptxgenjs';
import { inches } from './canvas.ts';
import type { Frame, TextBodies } from './text-bodies.ts';
import type { Colour } from './theme.ts';

export interface Drawing {
  /** A filled rectangle, optionally outlined (`line` width in CSS pixels). */
  rect(frame: Frame, fill: Colour | undefined, line?: { colour: Colour; widthPx: number }): void;
  /** A text box holding our text body (`bodyXml`, see drawingml.ts), filled and outlined like `rect` if asked. */
  text(frame: Frame, bodyXml: string, box?: { fill?: Colour; line?: { colour: Colour; widthPx: number }; name?: string }): void;
}

export function position(frame: Frame) {
  return { x: inches(frame.x), y: inches(frame.y), w: inches(frame.w), h: inches(frame.h) };
}

export function fillOf(colour: Colour) {
  return { color: colour.hex, transparency: Math.round((1 - colour.alpha) * 100) };
}

function lineOf(line: { colour: Colour; widthPx: number } | undefined) {
  return line ? { ...fillOf(line.colour), width: line.widthPx / 2 } : { type: 'none' as const };
}

type MasterObject = NonNullable<PptxGenJS.SlideMasterProps['objects']>[number];

/** A layout's shapes, collected for `defineSlideMaster`. */
export class LayoutDrawing implements Drawing {
  readonly objects: MasterObject[] = [];

  constructor(private readonly bodies: TextBodies) {}

  rect(frame: Frame, fill: Colour | undefined, line?: { colour: Colour; widthPx: number }): void {
    this.objects.push({ rect: { ...position(frame), fill: fill ? fillOf(fill) : { type: 'none' }, line: lineOf(line) } });
  }

  text(frame: Frame, bodyXml: string, box: { fill?: Colour; line?: { colour: Colour; widthPx: number }; name?: string } = {}): void {
    this.objects.push({
      text: {
        text: this.bodies.mark(bodyXml),
        options: { ...position(frame), ...(box.fill ? { fill: fillOf(box.fill) } : {}), line: lineOf(box.line), ...(box.name ? { objectName: box.name } : {}) },
      },
    });
  }

  /** A placeholder a slide fills: `type` title or body, `prompt` its text body shown while it is empty. */
  placeholder(name: string, type: 'title' | 'body', frame: Frame, prompt: string): void {
    this.objects.push({ placeholder: { options: { name, type, ...position(frame) }, text: this.bodies.mark(prompt) } });
  }
}

/** A slide's shapes, added as they are drawn. */
export class SlideDrawing implements Drawing {
  constructor(
    readonly slide: PptxGenJS.Slide,
    private readonly bodies: TextBodies,
  ) {}

  rect(frame: Frame, fill: Colour | undefined, line?: { colour: Colour; widthPx: number }): void {
    this.slide.addShape('rect', { ...position(frame), fill: fill ? fillOf(fill) : { type: 'none' }, line: lineOf(line) });
  }

  text(frame: Frame, bodyXml: string, box: { fill?: Colour; line?: { colour: Colour; widthPx: number }; name?: string } = {}): void {
    this.slide.addText(this.bodies.mark(bodyXml), {
      ...position(frame),
      ...(box.fill ? { fill: fillOf(box.fill) } : {}),
      line: lineOf(box.line),
      ...(box.name ? { objectName: box.name } : {}),
    });
  }

  /** Fills the layout's placeholder `name` with our text body, at `frame` when it should sit elsewhere on this slide. */
  placeholder(name: string, bodyXml: string, frame?: Frame): void {
    this.slide.addText(this.bodies.mark(bodyXml, frame), { placeholder: name });
  }
}
