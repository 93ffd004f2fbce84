// Reading an outline from disk: only UTF-8 text is an outline, and images must stay inside the project folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeck, readOutlineText } from '../../src/build/load.ts';
import { OutlineError } from '../../src/outline/index.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-load-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(folder, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

async function failure(work: Promise<unknown>): Promise<OutlineError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutlineError);
  return error as OutlineError;
}

const OUTLINE = '---\ntitle: 测试\n---\n\n## 页\n\n- 要点\n';

describe('readOutlineText', () => {
  it('reads UTF-8, with or without a BOM', async () => {
    expect(await readOutlineText(write('plain.md', OUTLINE))).toBe(OUTLINE);
    const withBom = await readOutlineText(write('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(OUTLINE)])));
    expect(withBom.replace(/^\uFEFF/, '')).toBe(OUTLINE);
  });

  it('refuses NUL bytes, at their line and column', async () => {
    const error = await failure(readOutlineText(write('nul.md', '---\ntitle: 测试\n---\nab\0c\n')));
    expect([error.line, error.column]).toEqual([4, 3]);
    expect(error.message).toContain('NUL bytes');
  });

  it('refuses invalid UTF-8 (a GBK file), at the first bad byte, and says how to import it', async () => {
    const gbk = Buffer.concat([Buffer.from('---\ntitle: x\n---\n\n'), Buffer.from([0xc8, 0xba, 0xd6, 0xda])]);
    const error = await failure(readOutlineText(write('gbk.md', gbk)));
    expect(error.line).toBe(5);
    expect(error.report()).toMatch(/not valid UTF-8.*speechdeck import/);
  });

  it('refuses binary garbage, and a 10 MB one quickly', { timeout: 30_000 }, async () => {
    const bytes = new Uint8Array(10_000_000);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = (seed >> 16) & 0xff || 1;
    }
    const error = await failure(readOutlineText(write('garbage.md', bytes)));
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.message).toMatch(/not valid UTF-8/);
  });

  it('names a missing file or a folder in one line', async () => {
    expect((await failure(readOutlineText(path.join(folder, 'missing.md')))).message).toContain('no such file');
    expect((await failure(readOutlineText(folder))).message).toContain('folder');
  });
});

describe('images in an outline', () => {
  it('are refused outside the project folder, with the line of the image', async () => {
    write('outside.png', 'png');
    const outline = write('project/talk.md', `${OUTLINE}\n![图](../outside.png)\n`);
    const error = await failure(loadDeck(outline));
    expect(error.line).toBe(9);
    expect(error.message).toContain('outside the project folder');
  });

  it('are refused when absolute, and when missing', async () => {
    expect((await failure(loadDeck(write('project/abs.md', `${OUTLINE}\n![图](/etc/hostname)\n`)))).message).toContain('outside the project folder');
    expect((await failure(loadDeck(write('project/missing.md', `${OUTLINE}\n![图](images/none.png)\n`)))).message).toContain('does not exist');
  });

  it('inside the project folder get their address in the deck folder, named by their contents', async () => {
    const image = write('project/images/a.png', 'png');
    const deck = await loadDeck(write('project/ok.md', `${OUTLINE}\n![图](images/a.png)\n\n![同一张](./images/../images/a.png)\n`));
    const [address, ...others] = [...deck.images.keys()];
    expect(others).toEqual([]);
    expect(address).toMatch(/^\.\/assets\/a-[0-9a-f]{10}\.png$/);
    expect(deck.images.get(address!)).toBe(image);
    expect(deck.slidesHtml.match(/<img src="([^"]+)"/g)).toEqual([`<img src="${address}"`, `<img src="${address}"`]);
  });

  it('keep their address in the project for the dev server, which serves the project as it is', async () => {
    write('project/images/b c.png', 'png');
    const deck = await loadDeck(write('project/dev.md', `${OUTLINE}\n![图](<images/b c.png>)\n`), 'project');
    expect(deck.slidesHtml).toContain('<img src="./images/b%20c.png"');
  });
});
