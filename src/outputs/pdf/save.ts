// The last step of every PDF we write: metadata and bookmarks, then an atomic write of the file.
import { writeFileAtomically } from '../../files/atomic.ts';
import type { Bookmark, Place } from './bookmarks.ts';
import type { PdfInfo } from './metadata.ts';
import type { SlideMeasure } from '../../check/layout.ts';
import { readUpdatablePdf } from './file/read.ts';
import { updatedPdf } from './file/write.ts';

/** What the command line reports for one written PDF. */
export interface PdfOutput {
  path: string;
  pages: number;
  bytes: number;
  /** Said after the page count, e.g. "3 slides a page, with notes". */
  detail?: string;
  /** The handout's slides whose notes were cut to fit their room, as the browser laid them out. */
  notesCut?: number[];
  /** The slides PDF's slides, measured on the page that printed them (outputs/layout.ts). */
  slides?: SlideMeasure[];
}

/** What bookmarks are made from: the page count and the outline the browser wrote (if asked to). */
export interface PrintedPdf {
  pages: number;
  outline: Array<Place & { title: string }>;
}

/** Writes a PDF as the browser made it, plus our metadata and bookmarks: appended as an incremental update, or,
 *  where the file is not laid out as Chromium's are, through pdf-lib. */
export async function saveBrowserPdf(
  raw: Uint8Array,
  target: string,
  info: PdfInfo,
  bookmarks: (printed: PrintedPdf) => Bookmark[],
): Promise<PdfOutput> {
  const updatable = readUpdatablePdf(raw);
  if (updatable) {
    const bytes = updatedPdf(updatable, info, bookmarks({ pages: updatable.pages.length, outline: updatable.outline }));
    await writeFileAtomically(target, bytes);
    return { path: target, pages: updatable.pages.length, bytes: bytes.length };
  }
  const { rewrittenPdf } = await import('./file/pdf-lib.ts');
  const { bytes, pages } = await rewrittenPdf(raw, info, bookmarks);
  await writeFileAtomically(target, bytes);
  return { path: target, pages, bytes: bytes.length };
}
