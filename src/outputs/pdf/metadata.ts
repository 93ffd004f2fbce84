// Document metadata for every PDF we write: title, author = speaker, subject = event, language.
import type { PDFDocument } from 'pdf-lib';
import type { Meta } from '../../outline/types.ts';

export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
}

export function pdfInfo(meta: Meta, suffix = ''): PdfInfo {
  return {
    title: suffix ? `${meta.title}（${suffix}）` : meta.title,
    ...(meta.speaker ? { author: meta.speaker } : {}),
    ...(meta.event ? { subject: meta.event } : {}),
  };
}

/** Sets our metadata on a loaded PDF. */
export function setMetadata(doc: PDFDocument, info: PdfInfo): void {
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) doc.setAuthor(info.author);
  if (info.subject) doc.setSubject(info.subject);
  doc.setCreator('speechdeck');
  doc.setProducer('speechdeck (Chromium, pdf-lib)');
  doc.setLanguage('zh-CN');
}
