// The last step of every PDF we write: metadata and bookmarks, then an atomic write of the file.
import fs from 'node:fs/promises';
import { writeFileAtomically } from '../../files/atomic.ts';
import type { Bookmark, Place } from './bookmarks.ts';
import type { PdfInfo } from './metadata.ts';
import type { SlideMeasure } from '../../check/layout.ts';
import { fileSource, readUpdatablePdf } from './file/read.ts';
import { StagedFile } from '../../files/staged.ts';
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

/** A PDF the browser streams (`page.createPDFStream`) written to a staging file beside `target` as it comes (for the
 *  caller to read by offset, `fileSource`, and to finish or abandon). */
export async function stagedPdf(stream: ReadableStream<Uint8Array>, target: string): Promise<StagedFile> {
  const file = StagedFile.open(target);
  try {
    const reader = stream.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) file.write(read.value);
    file.written();
    return file;
  } catch (error) {
    await file.abandon();
    throw error;
  }
}

/** `saveBrowserPdf` for a PDF the browser streams (`page.createPDFStream`): written to its staging file as it comes,
 *  read back from there by offset (only the cross-reference table and the objects the update needs), our update
 *  appended to it and the file renamed into place, so that Node never holds the PDF whole (at 5,000 slides the
 *  script is 23 MB: its bytes, their copy in the update and the protocol's chunks were 60–70 MB of Node's peak).
 *  A file the update does not understand is read whole and saved as `saveBrowserPdf` saves it. */
export async function saveStreamedPdf(
  stream: ReadableStream<Uint8Array>,
  target: string,
  info: PdfInfo,
  bookmarks: (printed: PrintedPdf) => Bookmark[],
): Promise<PdfOutput> {
  const file = StagedFile.open(target);
  try {
    const reader = stream.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) file.write(read.value);
    const staged = file.written();
    const updatable = readUpdatablePdf(fileSource(staged));
    if (!updatable) {
      const raw = await fs.readFile(staged);
      await file.abandon();
      return saveBrowserPdf(raw, target, info, bookmarks);
    }
    const marks = bookmarks({ pages: updatable.pages.length, outline: updatable.outline });
    updatedPdf(updatable, info, marks, undefined, undefined, (bytes) => file.write(bytes));
    const bytes = file.length;
    await file.finish();
    return { path: target, pages: updatable.pages.length, bytes };
  } catch (error) {
    await file.abandon();
    throw error;
  }
}
