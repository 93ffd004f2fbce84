// Reading an outline from disk: only UTF-8 text is an outline, and images must stay inside the project folder.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeck, readOutlineText } from '../../src/load/index.ts';
import { LARGEST_FILE } from '../../src/load/resources.ts';
import { OutlineError } from '../../src/outline/index.ts';
import { heic, jpeg, png } from '../support/pictures.ts';

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
    const withBom = await readOutlineText(
      write('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(OUTLINE)])),
    );
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
    write('outside.png', png(2, 2));
    const outline = write('project/talk.md', `${OUTLINE}\n![图](../outside.png)\n`);
    const error = await failure(loadDeck(outline));
    expect(error.line).toBe(9);
    expect(error.message).toContain('outside the project folder');
  });

  it('are refused when absolute, and when missing', async () => {
    expect((await failure(loadDeck(write('project/abs.md', `${OUTLINE}\n![图](/etc/hostname)\n`)))).message).toContain(
      'outside the project folder',
    );
    expect(
      (await failure(loadDeck(write('project/missing.md', `${OUTLINE}\n![图](images/none.png)\n`)))).message,
    ).toContain('does not exist');
  });

  it('inside the project folder get their address in the deck folder, named by their contents', async () => {
    const image = write('project/images/a.png', png(2, 2));
    const deck = await loadDeck(
      write('project/ok.md', `${OUTLINE}\n![图](images/a.png)\n\n![同一张](./images/../images/a.png)\n`),
    );
    const [address, ...others] = [...deck.images.keys()];
    expect(others).toEqual([]);
    expect(address).toMatch(/^\.\/assets\/a-[0-9a-f]{10}\.png$/);
    expect(deck.images.get(address!)).toBe(image);
    expect(deck.slidesHtml.match(/<img src="([^"]+)"/g)).toEqual([`<img src="${address}"`, `<img src="${address}"`]);
  });

  it('keep their address in the project for the dev server, which serves the project as it is', async () => {
    write('project/images/b c.png', png(2, 2));
    const deck = await loadDeck(write('project/dev.md', `${OUTLINE}\n![图](<images/b c.png>)\n`), 'project');
    expect(deck.slidesHtml).toContain('<img src="./images/b%20c.png"');
  });
});

describe('files an outline shows, on disk', () => {
  const message = async (name: string, body: string) =>
    (await failure(loadDeck(write(`project/${name}.md`, `${OUTLINE}\n${body}\n`)))).report();

  it('are refused when a link leads outside the project, a file link or a folder link', async () => {
    fs.symlinkSync('/etc/hostname', path.join(folder, 'project/images/host.png'));
    fs.symlinkSync('/', path.join(folder, 'project/root'));
    expect(await message('link', '![图](images/host.png)')).toMatch(
      /project\/link\.md:9:1 {2}`images\/host\.png` is a link to \/etc\/hostname, outside the project folder\. Copy the file itself into the project instead of linking to it\.$/,
    );
    expect(await message('folder-link', '![图](root/etc/hostname)')).toMatch(
      /:9:1 {2}`root\/etc\/hostname` is a link to \/etc\/hostname, outside the project folder/,
    );
  });

  it('are refused, without waiting, when they are a named pipe, a device or a folder', async () => {
    execFileSync('mkfifo', [path.join(folder, 'project/images/pipe.png')]);
    expect(await message('pipe', '![图](images/pipe.png)')).toMatch(
      /:9:1 {2}`images\/pipe.png` is not an ordinary file \(a pipe, a device or a socket\)/,
    );
    execFileSync('mknod', [path.join(folder, 'project/images/zero.png'), 'c', '1', '5']);
    expect(await message('device', '![图](images/zero.png)')).toMatch(/`images\/zero.png` is not an ordinary file/);
    fs.mkdirSync(path.join(folder, 'project/images/folder.png'));
    expect(await message('folder', '![图](images/folder.png)')).toMatch(
      /:9:1 {2}`images\/folder.png` is a folder, not a file/,
    );
  });

  it('are refused over the size limit: 20 MB for a picture, 200 MB for a video', async () => {
    fs.writeFileSync(path.join(folder, 'project/images/huge.png'), '');
    fs.truncateSync(path.join(folder, 'project/images/huge.png'), LARGEST_FILE + 1);
    expect(await message('huge', '![图](images/huge.png)')).toMatch(
      /`images\/huge.png` is 20\.0 MB; a file the deck shows may be at most 20\.0 MB/,
    );
    fs.renameSync(path.join(folder, 'project/images/huge.png'), path.join(folder, 'project/images/clip.mp4'));
    const deck = await loadDeck(
      write('project/video.md', '---\ntitle: 测试\n---\n\n## 页 {data-background-video="images/clip.mp4"}\n'),
    );
    expect(deck.plan.slides[1]).toMatchObject({
      attributes: { data: { 'data-background-video': expect.stringMatching(/^\.\/assets\/clip-[0-9a-f]{10}\.mp4$/) } },
    });
  });

  it('are refused at their line, named, when they cannot be decoded or have more than 100 megapixels', async () => {
    write('project/images/empty.png', png(800, 600, { data: false }));
    write('project/images/text.png', '这不是图片');
    write('project/images/iphone.jpg', heic());
    write('project/images/bomb.png', png(60_000, 60_000));
    write('project/images/phone.jpg', jpeg(8160, 6120));
    const error = await failure(
      loadDeck(
        write(
          'project/pictures.md',
          `${OUTLINE}\n![空](images/empty.png)\n\n![字](images/text.png)\n\n![照片](images/iphone.jpg)\n\n![大](images/bomb.png)\n\n![手机](images/phone.jpg)\n`,
        ),
      ),
    );
    const report = error.report();
    expect(report).toMatch(/pictures\.md:9:1 {2}`images\/empty\.png` cannot be read as a picture/);
    expect(report).toMatch(/pictures\.md:11:1 {2}`images\/text\.png` cannot be read as a picture/);
    expect(report).toMatch(/pictures\.md:13:1 {2}`images\/iphone\.jpg` is a HEIC photo/);
    expect(report).toMatch(
      /`images\/bomb\.png` is 60000×60000 pixels \(3600 megapixels\); a picture the deck shows may have at most 100 megapixels/,
    );
    expect(report).not.toContain('`images/phone.jpg`');
  });

  it('take a 50-megapixel phone photo', async () => {
    write('project/images/phone.jpg', jpeg(8160, 6120));
    const deck = await loadDeck(write('project/phone.md', `${OUTLINE}\n![手机](images/phone.jpg)\n`));
    expect([...deck.images.values()]).toHaveLength(1);
  });

  it('are found by a percent-encoded path, and a path with spaces or backslashes', async () => {
    write('project/图 片/党 徽 #1%.png', png(2, 2));
    write('project/屏幕截图 2026-05-01 101010.png', png(2, 2));
    const deck = await loadDeck(
      write(
        'project/names.md',
        `${OUTLINE}\n![党徽](图%20片/党%20徽%20%231%25.png)\n\n![图](屏幕截图 2026-05-01 101010.png) ![图](图 片\\党 徽 #1%.png)\n`,
      ),
    );
    expect([...deck.images.values()].map((file) => path.relative(folder, file))).toEqual([
      'project/图 片/党 徽 #1%.png',
      'project/屏幕截图 2026-05-01 101010.png',
    ]);
    const project = await loadDeck(path.join(folder, 'project/names.md'), 'project');
    expect(project.slidesHtml).toContain('<img src="./%E5%9B%BE%20%E7%89%87/%E5%85%9A%20%E5%BE%BD%20%231%25.png"');
  });

  it('in raw HTML and slide attributes go through the same check', async () => {
    const html =
      '---\ntitle: 测试\nhtml: true\n---\n\n## 页 {data-background-image="../outside.png"}\n\n<p><img src=\'../../../../etc/passwd\'></p>\n';
    expect(
      (await failure(loadDeck(write('project/raw.md', html)))).problems.map((p) => [p.line, p.column, p.message]),
    ).toEqual([
      [6, 7, '`../outside.png` is outside the project folder'],
      [8, 9, '`../../../../etc/passwd` is outside the project folder'],
    ]);
  });
});

describe('outlines saved as UTF-16 (Windows Notepad\'s "Unicode")', () => {
  it('are read, little- and big-endian, when they say so with a BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(OUTLINE, 'utf16le')]);
    expect(await readOutlineText(write('utf16le.md', le))).toBe(OUTLINE);
    const be = Buffer.from(le);
    be.swap16();
    expect(await readOutlineText(write('utf16be.md', be))).toBe(OUTLINE);
  });
});
