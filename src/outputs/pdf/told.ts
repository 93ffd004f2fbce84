// What the terminal says of a written PDF and what printing it measured: light, so that naming the outputs (list.ts)
// loads none of the PDF code.
import { formatBytes } from '../../files/size.ts';
import { say } from '../../messages/index.ts';
import type { Measures, Told } from '../output.ts';
import type { PdfOutput } from './save.ts';

/** What the terminal says of a written PDF, and what printing it measured. */
export function toldPdf(pdf: PdfOutput): Told {
  return { path: pdf.path, detail: say('pdfWritten', pdf.pages, formatBytes(pdf.bytes), pdf.detail ?? '') };
}

export function pdfMeasures(pdf: PdfOutput): Measures {
  return { ...(pdf.notesCut ? { notesCut: pdf.notesCut } : {}), ...(pdf.slides ? { slides: pdf.slides } : {}) };
}
