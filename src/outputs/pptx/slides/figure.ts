// A picture of a slide placed in its box as the deck's `.sd-figure` does: at its natural size on the canvas, shrunk
// to fit and never enlarged, centred, with a hairline; or, where the PowerPoint cannot hold it (SVG, WebP, a web
// address), its description in a framed box.
import type { Frame } from '../canvas.ts';
import { CSS } from '../canvas.ts';
import { textBodyXml } from '../drawingml.ts';
import { FACES } from '../fonts.ts';
import { runStyle, textParagraph } from '../paragraphs.ts';
import type { SlideContext } from './context.ts';

export interface FigureImage {
  src: string;
  alt: string;
}

/** Draws the image centred in `box`; returns the frame it took. */
export function figure(context: SlideContext, image: FigureImage, box: Frame): Frame {
  const { tree, look } = context;
  const picture = context.picture(image.src);
  if (!picture) {
    const style = runStyle(FACES.text, CSS.pointSize * 0.7, look.theme.muted);
    const h = Math.min(box.h, 160);
    const frame = { ...box, y: box.y + (box.h - h) / 2, h };
    tree.text(
      frame,
      textBodyXml({ anchor: 'ctr', insetsPx: [12, 24, 12, 24] }, [
        textParagraph(`［图片：${image.alt || image.src}］`, style, { align: 'ctr' }),
      ]),
      {
        line: { colour: look.theme.rule, widthPx: 2 },
      },
    );
    return frame;
  }
  const scale = Math.min(1, box.w / picture.width, box.h / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  const frame = { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
  tree.picture(frame, picture.rId, image.alt, { line: { colour: look.theme.rule, widthPx: 1 } });
  return frame;
}

/** The image's size in `box` without drawing it (for laying out what goes around it). */
export function figureSize(
  context: SlideContext,
  image: FigureImage,
  box: { w: number; h: number },
): { w: number; h: number } {
  const picture = context.picture(image.src);
  if (!picture) return { w: box.w, h: Math.min(box.h, 160) };
  const scale = Math.min(1, box.w / picture.width, box.h / picture.height);
  return { w: picture.width * scale, h: picture.height * scale };
}

/** Draws the image covering `box` (cropped, not stretched), as `object-fit: cover`. */
export function backdrop(context: SlideContext, image: FigureImage, box: Frame): boolean {
  const picture = context.picture(image.src);
  if (!picture) return false;
  const boxRatio = box.w / box.h;
  const ratio = picture.width / picture.height;
  // the share of the picture's width (or height) cut away, half on each side
  const cutX = ratio > boxRatio ? (1 - boxRatio / ratio) / 2 : 0;
  const cutY = ratio < boxRatio ? (1 - ratio / boxRatio) / 2 : 0;
  context.tree.picture(box, picture.rId, image.alt, { crop: [cutX, cutY, cutX, cutY] });
  return true;
}
