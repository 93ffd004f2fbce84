// The last step of every PDF we write: metadata and bookmarks, then an atomic write of the file.
import fs from 'node:fs/promises';
import type { PDFDocument } from 'pdf-lib';
import { writeFileAtomically } from '../build/atomic.ts';
import { writeBookmarks } from './bookmarks.ts';
import type { Bookmark } from './bookmarks.ts';
import { setMetadata } from './metadata.ts';
import type { PdfInfo } from './metadata.ts';

/** What the command line reports for one written PDF. */
export interface PdfOutput {
  path: string;
  pages: number;
  bytes: number;
  /** Said after the page count, e.g. "3 slides a page, with notes". */
  detail?: string;
  /** Things the user should know about the result (notes that were shortened…). */
  warnings?: string[];
}

export async function savePdf(doc: PDFDocument, target: string, info: PdfInfo, bookmarks: Bookmark[]): Promise<PdfOutput> {
  setMetadata(doc, info);
  writeBookmarks(doc, bookmarks);
  const bytes = await doc.save({ useObjectStreams: true });
  await writeFileAtomically(target, bytes);
  return { path: target, pages: doc.getPageCount(), bytes: (await fs.stat(target)).size };
}
