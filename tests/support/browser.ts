// Test helpers around the real browser: open a deck, collect console errors, serve a folder over HTTP.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'puppeteer-core';

export interface OpenedDeck {
  page: Page;
  errors: string[];
}

/** Opens a deck URL and waits for the client's ready signal, recording console errors and failed requests. */
export async function openDeckPage(browser: Browser, url: string): Promise<OpenedDeck> {
  const page = await browser.newPage();
  // A dev page's first load transforms its modules: over 30 s (Puppeteer's default) under a load of 50.
  page.setDefaultNavigationTimeout(180_000);
  await page.setViewport({ width: 1280, height: 720 });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => errors.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
  return { page, errors };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A static file server on 127.0.0.1 (random port) for `dir`; close it when done. */
export async function serveFolder(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(dir) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
