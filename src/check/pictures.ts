// Pictures larger than a slide needs: the deck takes them scaled down (outputs/deck/pictures.ts), said at their line so
// that the speaker knows the deck is not showing the file itself.
import { LONGEST_PICTURE_SIDE } from '../deck/size.ts';
import { say } from '../messages/index.ts';
import type { Finding } from './findings.ts';

/** A picture the loader found larger than a deck needs (load/resources.ts). */
export interface LargePicture {
  line: number;
  column?: number;
  /** As the outline names it. */
  written: string;
  width: number;
  height: number;
}

export function largePictureFindings(file: string, pictures: readonly LargePicture[]): Finding[] {
  return pictures.map((picture) => ({
    severity: 'warning',
    file,
    line: picture.line,
    column: picture.column ?? 1,
    code: 'picture-scaled-down',
    message: say('pictureScaledDown', picture.written, picture.width, picture.height, LONGEST_PICTURE_SIDE),
    hint: say('pictureScaledDownHint'),
  }));
}
