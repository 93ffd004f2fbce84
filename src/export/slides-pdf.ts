// The slides PDF: reveal.js's print view, one 16:9 page per slide (optionally a notes page after each).
import fs from 'node:fs/promises';
import type { Browser } from 'puppeteer-core';
import type { BuiltDeck } from '../build/build.ts';
import { writeFileAtomically } from '../build/atomic.ts';
import { slideSize } from '../deck/index.ts';
import { newPage } from './browser.ts';
import { pdfInfo, withMetadata } from './metadata.ts';
import { deckUrl, openDeck, withTimeout } from './page.ts';

export interface PdfOutput {
  path: string;
  pages: number;
  bytes: number;
}

export async function exportSlidesPdf(
  browser: Browser,
  built: BuiltDeck,
  target: string,
  options: { notes?: boolean } = {},
): Promise<PdfOutput> {
  const { meta } = built.deck.plan;
  const { width, height } = slideSize(meta.aspect);
  const page = await newPage(browser, width, height);
  const what = `${built.name}: slides PDF${options.notes ? ' with notes' : ''}`;
  try {
    const query: Record<string, string | true> = { 'print-pdf': true };
    if (options.notes) query.showNotes = 'separate-page';
    await openDeck(page, deckUrl(built.indexHtml, query), what);
    const raw = await withTimeout(
      page.pdf({ printBackground: true, preferCSSPageSize: true, timeout: 0 }),
      what,
    );
    const { bytes, pages } = await withMetadata(raw, pdfInfo(meta, options.notes ? '附演讲备注' : ''));
    await writeFileAtomically(target, bytes);
    return { path: target, pages, bytes: (await fs.stat(target)).size };
  } finally {
    await page.close().catch(() => undefined);
  }
}
