// The floor of `npm run bench`: the least any tool must do to print a reveal.js deck to PDF, and nothing more.
// Usage: node scripts/floor.mjs <deck.html> <out.pdf> [timeout in seconds, 120 by default]
// Launch Chromium, open the static deck in reveal's print view, wait for `pdf-ready` and the fonts
// (the page marks <html data-ready>), one page.pdf(), close. No speechdeck code but where the browser is and the
// flags any tool needs to start it here.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CLOSED_NETWORK_FLAGS } from '../src/outputs/browser/closed-network.mjs';
import { findBrowser } from '../src/outputs/browser/discovery.mjs';

/** Generous, so that a slow machine fails with a message rather than the library's 30 s default; the bench gives a
 *  long deck more. */
const TIMEOUT_MS = 120_000;

/** @param {string} deckHtml @param {string} outPdf @param {number} timeoutMs */
async function printFloor(deckHtml, outPdf, timeoutMs) {
  const found = findBrowser();
  if (!found) throw new Error('no Chrome, Chromium or Edge found; set PUPPETEER_EXECUTABLE_PATH.');
  if (!found.exists) throw new Error(`PUPPETEER_EXECUTABLE_PATH is set to ${found.path}, which does not exist.`);
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-floor-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: found.path,
      headless: true,
      args: [...CLOSED_NETWORK_FLAGS, `--user-data-dir=${profile}`],
      // the protocol's own limit (180 s by default) bounds page.pdf() too
      protocolTimeout: timeoutMs,
    });
    const page = await browser.newPage();
    await page.goto(`${pathToFileURL(path.resolve(deckHtml)).href}?print-pdf`, { timeout: timeoutMs });
    await page.waitForSelector('html[data-ready]', { timeout: timeoutMs });
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, timeout: timeoutMs });
    await fs.writeFile(outPdf, pdf);
  } finally {
    await browser?.close();
    await fs.rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

const [deckHtml, outPdf, timeout] = process.argv.slice(2);
const timeoutMs = timeout === undefined ? TIMEOUT_MS : Number(timeout) * 1000;
if (!deckHtml || !outPdf || !(timeoutMs > 0)) {
  process.stderr.write('usage: node scripts/floor.mjs <deck.html> <out.pdf> [timeout in seconds]\n');
  process.exitCode = 1;
} else {
  await printFloor(deckHtml, outPdf, timeoutMs).catch((error) => {
    process.stderr.write(`floor: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
