// Document metadata for every PDF we write: title, author = speaker, subject = event, language.
import { PDFDocument } from 'pdf-lib';
import type { Meta } from '../outline/types.ts';

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

/** Rewrites the PDF bytes with our metadata; returns the new bytes and the page count. */
export async function withMetadata(pdf: Uint8Array, info: PdfInfo): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) doc.setAuthor(info.author);
  if (info.subject) doc.setSubject(info.subject);
  doc.setCreator('speechdeck');
  doc.setProducer('speechdeck (Chromium, pdf-lib)');
  doc.setLanguage('zh-CN');
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, pages: doc.getPageCount() };
}
