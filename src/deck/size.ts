// The one place that knows how big a slide is: laid out at 1080 px high, 16:9 or 4:3 wide.
import type { Aspect } from '../outline/types.ts';

export interface SlideSize {
  width: number;
  height: number;
}

export function slideSize(aspect: Aspect): SlideSize {
  return aspect === '4:3' ? { width: 1440, height: 1080 } : { width: 1920, height: 1080 };
}

/** The longest side a picture in a deck needs: a 4K screen's width, twice a 1920×1080 slide's. A larger picture
 *  (a 50-megapixel phone photo is 8160×6120) goes into the deck scaled down to it (outputs/deck/pictures.ts). */
export const LONGEST_PICTURE_SIDE = 3840;
