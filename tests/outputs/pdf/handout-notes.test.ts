// Notes too long for their space in the handout: smaller type first, then a visible cut, never a silent one.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../../src/outputs/deck/folder.ts';
import type { BuiltDeck } from '../../../src/outputs/deck/folder.ts';
import { withBrowser } from '../../../src/outputs/browser/launch.ts';
import { exportHandout } from '../../../src/outputs/pdf/handout.ts';
import { exportScript } from '../../../src/outputs/pdf/script.ts';
import type { PdfOutput } from '../../../src/outputs/pdf/save.ts';
import { readPdf, squash } from '../../support/pdf.ts';

/** Numbered sentences, so any cut can be checked against the start of the text. */
const sentences = (count: number) =>
  Array.from({ length: count }, (_, i) => `这是第${i + 1}句话，说明备注有多长。`).join('');
const slightlyLong = sentences(18); // ~300 characters: more than 10.5 pt allows beside a slide, less than the floor
const veryLong = sentences(200);

const outline = `---
title: 备注长短
---

# 第一部分

## 稍长的备注

- 要点

::: notes
${slightlyLong}
:::

## 很长的备注

- 要点

::: notes
${veryLong}
:::
`;

let dir: string;
let built: BuiltDeck;
let handout: PdfOutput;
let script: PdfOutput;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-notes-'));
  await fs.writeFile(path.join(dir, 'notes.md'), outline);
  built = await buildDeck(path.join(dir, 'notes.md'), path.join(dir, 'dist'));
  await withBrowser(async (browser) => {
    handout = await exportHandout(browser, built, path.join(dir, 'dist/notes-handout.pdf'), {
      perPage: 3,
      notes: true,
    });
    script = await exportScript(browser, built, path.join(dir, 'dist/notes-script.pdf'));
  });
});

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('notes that do not fit beside their slide', () => {
  const slideOf = (title: string) => built.deck.plan.slides.find((s) => s.title === title)!;

  it('are set in smaller type, in full, when that is enough', async () => {
    const pages = await readPdf(handout.path);
    const slide = slideOf('稍长的备注');
    const page = squash(pages[Math.ceil(slide.number / 3) - 1]!.text);
    expect(page).toContain(squash(slightlyLong));
  });

  it('end with a visible "……（全文见讲稿）" when even the smallest type is not enough, and the command says so', async () => {
    const pages = await readPdf(handout.path);
    const slide = slideOf('很长的备注');
    const page = squash(pages[Math.ceil(slide.number / 3) - 1]!.text);
    const shown = page.slice(page.indexOf('这是第1句话'), page.indexOf('……（全文见讲稿）'));
    expect(page).toContain('……（全文见讲稿）');
    expect(shown.length).toBeGreaterThan(200);
    expect(squash(veryLong).startsWith(shown)).toBe(true);
    // the command says it with the other findings (check/verdict.ts), from what the browser cut
    expect(handout.notesCut).toContain(slide.number);
    expect(handout.notesCut).not.toContain(slideOf('稍长的备注').number);
  });

  it('are in the script in full', async () => {
    const text = (await readPdf(script.path))
      .map((p) =>
        squash(p.text)
          .replace(/第\d+页\/共\d+页/g, '')
          .replace(/^备注长短讲稿/, ''),
      )
      .join('');
    expect(text).toContain(squash(veryLong));
  });
});
