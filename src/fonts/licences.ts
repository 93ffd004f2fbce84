// The licence of each face a deck carries, to travel beside its cut-down fonts: the SIL Open Font License asks that
// its text go with the fonts (and the Hanazono Font License likewise), so a folder copied to a USB stick keeps it.
import path from 'node:path';
import { PACKAGE_ROOT, packageFile } from '../files/paths.ts';
import type { FallbackFace, FontFace } from './index.ts';

export interface FontLicence {
  /** The file's name beside the fonts: `LICENSE-noto-sans-sc.txt`. */
  name: string;
  /** Where its text is. */
  source: string;
  /** The faces it covers and the licence, for a line in the page's comment. */
  says: string;
  /** Where the licence is published (named only where the page does not have the licence's file beside it). */
  url: string;
}

const NOTO_SANS: FontLicence = {
  name: 'LICENSE-noto-sans-sc.txt',
  source: packageFile('@fontsource/noto-sans-sc/LICENSE'),
  says: 'Noto Sans SC: SIL Open Font License 1.1',
  url: 'https://openfontlicense.org',
};
const NOTO_SERIF: FontLicence = {
  name: 'LICENSE-noto-serif-sc.txt',
  source: packageFile('@fontsource/noto-serif-sc/LICENSE'),
  says: 'Noto Serif SC: SIL Open Font License 1.1',
  url: 'https://openfontlicense.org',
};
const HANAMIN: FontLicence = {
  name: 'LICENSE-HanaMin.txt',
  source: path.join(PACKAGE_ROOT, 'src/fonts/licences/HanaMin.txt'),
  says: 'HanaMinA, HanaMinB (rare characters): Hanazono Font License',
  url: 'http://fonts.jp/hanazono/',
};

/** Each face's licence: the box for characters no face has is cut from Noto Sans SC's own □. */
const LICENCE_OF: Record<FontFace | FallbackFace, FontLicence> = {
  sans: NOTO_SANS,
  sansBold: NOTO_SANS,
  serif: NOTO_SERIF,
  serifBold: NOTO_SERIF,
  rare: HANAMIN,
  box: NOTO_SANS,
};

/** The licences of `faces`, each once. */
export function fontLicences(faces: ReadonlyArray<FontFace | FallbackFace>): FontLicence[] {
  return [...new Set(faces.map((face) => LICENCE_OF[face]))];
}

/**
 * The comment naming the fonts' licences: for a page that carries the fonts inside it (the one-file deck), or, with
 * `folder`, for a deck folder's page, naming each licence's file there (which also tells a later build, when the
 * folder has lost its marker, that the file is the deck's own).
 */
export function fontLicenceComment(faces: ReadonlyArray<FontFace | FallbackFace>, folder?: string): string {
  const lines = fontLicences(faces).map((licence) =>
    folder === undefined ? `  ${licence.says} (${licence.url})` : `  ${folder}/${licence.name}: ${licence.says}`,
  );
  const where = folder === undefined ? 'in this file' : `in ${folder}/`;
  return `<!--\nFonts ${where}, cut to its characters, and their licences:\n${lines.join('\n')}\n-->`;
}
