// The export button pressed again with nothing changed makes nothing again; a change to the outline, to a picture it
// shows, to an output written or to what the button asks for (the handout's slides a page) makes everything again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LastExport } from '../../src/server/editor/last-export.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-last-export-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe('the export, pressed again', () => {
  it('makes nothing where nothing changed, and everything after any change', async () => {
    const outline = path.join(root, 'slides', 'talk.md');
    const picture = path.join(root, 'slides', 'images', 'a.png');
    const output = path.join(root, 'dist', 'talk.pdf');
    fs.mkdirSync(path.dirname(picture), { recursive: true });
    fs.mkdirSync(path.dirname(output), { recursive: true });
    fs.writeFileSync(outline, '---\ntitle: 讲话\n---\n\n## 第一页\n\n![](images/a.png)\n');
    fs.writeFileSync(picture, PNG);
    let made = 0;
    const make = async () => {
      made++;
      fs.writeFileSync(output, `pdf ${made}`);
      return [output];
    };
    const last = new LastExport();
    expect(await last.run(outline, '3', make)).toEqual({ files: [output], unchanged: false });
    expect(await last.run(outline, '3', make)).toEqual({ files: [output], unchanged: true });
    expect(made).toBe(1);

    fs.appendFileSync(outline, '\n## 第二页\n');
    expect((await last.run(outline, '3', make)).unchanged).toBe(false);
    expect((await last.run(outline, '3', make)).unchanged).toBe(true);

    fs.writeFileSync(picture, Buffer.concat([PNG, Buffer.from([0])]));
    expect((await last.run(outline, '3', make)).unchanged).toBe(false);

    fs.rmSync(output);
    expect((await last.run(outline, '3', make)).unchanged).toBe(false);
    expect(made).toBe(4);

    // Asked for another handout (6 slides a page): made again, then kept while asked the same.
    expect((await last.run(outline, '6', make)).unchanged).toBe(false);
    expect((await last.run(outline, '6', make)).unchanged).toBe(true);
    expect((await last.run(outline, '3', make)).unchanged).toBe(false);
    expect(made).toBe(6);
  });

  it('never skips an outline that does not load (the export says why)', async () => {
    const outline = path.join(root, 'broken', 'talk.md');
    fs.mkdirSync(path.dirname(outline), { recursive: true });
    fs.writeFileSync(outline, '---\ntitle: [\n---\n');
    let made = 0;
    const make = async () => {
      made++;
      return [];
    };
    const last = new LastExport();
    await last.run(outline, '3', make);
    await last.run(outline, '3', make);
    expect(made).toBe(2);
  });
});
