// The one place that knows how big a slide is: laid out at 1080 px high, 16:9 or 4:3 wide.
import type { Aspect } from '../outline/types.ts';

export interface SlideSize {
  width: number;
  height: number;
}

export function slideSize(aspect: Aspect): SlideSize {
  return aspect === '4:3' ? { width: 1440, height: 1080 } : { width: 1920, height: 1080 };
}
