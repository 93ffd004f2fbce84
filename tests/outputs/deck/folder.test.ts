// A built deck is a folder that works anywhere: from file://, offline, copied to a USB stick.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../../src/outputs/deck/folder.ts';
import { writeOneFile } from '../../../src/outputs/deck/one-file.ts';
import type { BuiltDeck } from '../../../src/outputs/deck/folder.ts';
import { OutlineError } from '../../../src/outline/index.ts';
import { inlineScriptTexts } from '../../../src/outputs/deck/content-policy.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-build-'));
let built: BuiltDeck;
let html: string;

beforeAll(async () => {
  built = await buildDeck(SAMPLE_OUTLINE, dist);
  html = fs.readFileSync(built.indexHtml, 'utf8');
});

afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('the built deck folder', () => {
  it('is dist/<name>/index.html, in Chinese', () => {
    expect(built.deckDir).toBe(path.join(dist, 'qunzhong'));
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<title>提升做好新时代群众工作的能力</title>');
  });

  it('carries its script inline, as a classic script after the slides, run by hash from file://', () => {
    expect(html).not.toMatch(/type="module"/);
    expect(html).not.toMatch(/crossorigin/);
    expect(html).not.toMatch(/modulepreload/);
    // no script file: from file:// one could be allowed only with every other local file (content-policy.ts)
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(files(built.deckDir).filter((f) => f.endsWith('.js'))).toEqual([]);
    const code = inlineScriptTexts(html).sort((a, b) => b.length - a.length)[0]!;
    expect(html.lastIndexOf(code)).toBeGreaterThan(html.indexOf('</section>'));
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    // the speaker view inside it speaks Chinese
    expect(code).toContain('>下一页<');
    expect(code).not.toContain('>Upcoming<');
    // it carries the words its page says (the dev badge's), not the command line's help or import's messages
    expect(code).toContain('页面上仍是上一个没有错误的版本');
    expect(code).not.toContain('从发言原文');
    expect(code).not.toContain('退出码');
  });

  it('references only files inside the folder, by relative paths, and nothing on the network', () => {
    const css = files(built.deckDir).filter((f) => f.endsWith('.css'));
    expect(css).toHaveLength(1);
    const stylesheet = fs.readFileSync(css[0]!, 'utf8');
    // the page but its scripts (the client carries the speaker view's page, with addresses of its own, in a string)
    const page = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    const references = [
      ...[...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => path.resolve(built.deckDir, m[1]!)),
      ...[...page.matchAll(/url\(([^)]+)\)/g)].map((m) => path.resolve(built.deckDir, m[1]!)),
      ...[...stylesheet.matchAll(/url\(([^)]+)\)/g)]
        .map((m) => m[1]!.replace(/["']/g, ''))
        .filter((u) => !u.startsWith('data:'))
        .map((u) => path.resolve(path.dirname(css[0]!), u)),
    ].filter((ref) => !ref.endsWith('data:,'));
    // the stylesheet and a font file per face
    expect(references.length).toBeGreaterThanOrEqual(4);
    for (const ref of references) expect(fs.existsSync(ref), ref).toBe(true);
    expect(page + stylesheet).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('brings the Noto fonts as one woff2 per face, in the weights the themes use, and a handful of files in all', () => {
    const fonts = files(built.deckDir)
      .filter((f) => /\.(woff2?|ttf|otf)$/.test(f))
      .map((f) => path.basename(f));
    expect(fonts.every((f) => f.endsWith('.woff2'))).toBe(true);
    const faces = fonts
      .map((f) => /^(noto-(?:sans|serif)-sc)-(\d+)-[0-9a-f]+\.woff2$/.exec(f))
      .map((m) => `${m![1]} ${m![2]}`);
    expect(faces.sort()).toEqual(['noto-sans-sc 400', 'noto-sans-sc 700', 'noto-serif-sc 700']);
    expect(files(built.deckDir).length).toBeLessThanOrEqual(10);
  });

  it('carries each font’s licence beside it (the OFL travels with the font), the one-file deck naming them', async () => {
    const assets = path.join(built.deckDir, 'assets');
    for (const face of ['noto-sans-sc', 'noto-serif-sc']) {
      const licence = fs.readFileSync(path.join(assets, `LICENSE-${face}.txt`), 'utf8');
      expect(licence).toContain('SIL Open Font License, Version 1.1');
    }
    // no rare character in the sample: no HanaMin, and no licence for it
    expect(fs.existsSync(path.join(assets, 'LICENSE-HanaMin.txt'))).toBe(false);
    // a name with 𠮷 brings HanaMin's subset, and its licence with it
    const rare = path.join(dist, 'rare');
    fs.mkdirSync(rare);
    fs.writeFileSync(path.join(rare, 'talk.md'), '---\ntitle: 学习交流\nspeaker: 王𠮷\n---\n\n## 开篇\n\n- 第一点\n');
    const withRare = await buildDeck(path.join(rare, 'talk.md'), path.join(rare, 'dist'));
    expect(fs.readFileSync(path.join(withRare.deckDir, 'assets', 'LICENSE-HanaMin.txt'), 'utf8')).toContain(
      'Hanazono Font License',
    );
    const oneFile = path.join(rare, 'dist', 'talk.html');
    await writeOneFile(withRare, oneFile);
    const comment = /<!--\s*Fonts in this file[\s\S]*?-->/.exec(fs.readFileSync(oneFile, 'utf8'))?.[0] ?? '';
    expect(comment).toContain('Noto Sans SC: SIL Open Font License 1.1');
    expect(comment).toContain('Noto Serif SC: SIL Open Font License 1.1');
    expect(comment).toContain('Hanazono Font License');
  });

  it('replaces an earlier build whole, and stops rather than lose a file it did not write', async () => {
    // a file the last build listed as its own goes
    const marker = path.join(built.deckDir, '.speechdeck-deck.json');
    const listed = JSON.parse(fs.readFileSync(marker, 'utf8')) as { generator: string; files: string[] };
    fs.writeFileSync(marker, JSON.stringify({ ...listed, files: [...listed.files, 'assets/old-1234567890.js'] }));
    fs.writeFileSync(path.join(built.deckDir, 'assets/old-1234567890.js'), 'old');
    await buildDeck(SAMPLE_OUTLINE, dist);
    expect(fs.existsSync(path.join(built.deckDir, 'assets/old-1234567890.js'))).toBe(false);
    expect(fs.readdirSync(dist).filter((f) => f.startsWith('.speechdeck-tmp'))).toEqual([]);
    // a file it did not write stops it, named, and stays
    fs.writeFileSync(path.join(built.deckDir, 'stale.txt'), 'mine');
    const error = (await buildDeck(SAMPLE_OUTLINE, dist).catch((e: unknown) => e)) as OutlineError;
    expect(error).toBeInstanceOf(OutlineError);
    expect(error.file).toBe(path.join(built.deckDir, 'stale.txt'));
    expect(fs.readFileSync(path.join(built.deckDir, 'stale.txt'), 'utf8')).toBe('mine');
    fs.rmSync(path.join(built.deckDir, 'stale.txt'));
  });
});

describe('what an outline may point at', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-images-'));
  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));
  const outline = (body: string) => {
    const file = path.join(project, 'slides', 'talk.md');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `---\ntitle: 图片\n---\n\n## 一页\n\n${body}\n`);
    return file;
  };

  it('bundles an image beside the outline into the deck', async () => {
    fs.mkdirSync(path.join(project, 'slides', 'images'), { recursive: true });
    fs.writeFileSync(
      path.join(project, 'slides', 'images', 'dot.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>',
    );
    const deck = await buildDeck(outline('![示意](images/dot.svg)'), path.join(project, 'dist'));
    const page = fs.readFileSync(deck.indexHtml, 'utf8');
    const src = /<img src="([^"]+)"/.exec(page)![1]!;
    expect(src.startsWith('./') || src.startsWith('data:')).toBe(true);
  });

  it('refuses an image outside the project folder, naming its line', async () => {
    const error = await buildDeck(outline('![外面](../../outside.png)'), path.join(project, 'dist')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OutlineError);
    expect((error as OutlineError).line).toBe(7);
    expect((error as OutlineError).message).toContain('outside the project folder');
  });

  it('reports an unknown theme and every bad image at once, each at its own line', async () => {
    const file = outline('![外面](../../outside.png)\n\n![没有](images/none.png)\n\n![外面](../../outside.png)');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: 图片\n', 'title: 图片\ntheme: purple\n'));
    const error = (await buildDeck(file, path.join(project, 'dist')).catch((e: unknown) => e)) as OutlineError;
    expect(error).toBeInstanceOf(OutlineError);
    expect(error.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'unknown theme `purple`'],
      [8, '`../../outside.png` is outside the project folder'],
      [10, '`images/none.png` does not exist'],
      [12, '`../../outside.png` is outside the project folder'],
    ]);
    expect(error.problems[0]!.hint).toContain('light, red');
  });

  it('refuses a missing image, naming its line', async () => {
    const error = await buildDeck(outline('![没有](images/none.png)'), path.join(project, 'dist')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OutlineError);
    expect((error as OutlineError).line).toBe(7);
    expect((error as OutlineError).message).toContain('does not exist');
  });
});

describe('building again', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-rebuild-'));
  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));
  const outlineFile = path.join(project, 'slides', 'talk.md');
  fs.mkdirSync(path.join(project, 'slides', 'images'), { recursive: true });
  const write = (body: string) => {
    fs.writeFileSync(outlineFile, `---\ntitle: 再次构建\n---\n\n## 一页\n\n${body}\n`);
  };
  const svg = (size: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"/>`;

  it('keeps the client files in place, replaces the page, and swaps a changed image for the new one', async () => {
    fs.writeFileSync(path.join(project, 'slides', 'images', 'a.svg'), svg(4));
    write('![甲](images/a.svg)');
    const first = await buildDeck(outlineFile, path.join(project, 'dist'));
    const stylesheet = files(first.deckDir).find((f) => f.endsWith('.css'))!;
    const before = fs.statSync(stylesheet);
    const firstImage = /<img src="\.\/([^"]+)"/.exec(fs.readFileSync(first.indexHtml, 'utf8'))![1]!;

    fs.writeFileSync(path.join(project, 'slides', 'images', 'a.svg'), svg(8));
    write('![甲](images/a.svg)\n\n- 新的一点');
    const second = await buildDeck(outlineFile, path.join(project, 'dist'));
    const html = fs.readFileSync(second.indexHtml, 'utf8');
    expect(html).toContain('新的一点');
    // the client was not copied again: same file, same inode, same time
    const after = fs.statSync(stylesheet);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    // the changed image has a new name; the old one is gone
    const secondImage = /<img src="\.\/([^"]+)"/.exec(html)![1]!;
    expect(secondImage).not.toBe(firstImage);
    expect(fs.readFileSync(path.join(second.deckDir, decodeURI(secondImage)), 'utf8')).toBe(svg(8));
    expect(fs.existsSync(path.join(second.deckDir, decodeURI(firstImage)))).toBe(false);
    expect(fs.readdirSync(second.deckDir).filter((f) => f.startsWith('.speechdeck-tmp'))).toEqual([]);
  });

  it('copies the client again when a file of it is missing from the folder', async () => {
    write('- 一点');
    const built = await buildDeck(outlineFile, path.join(project, 'dist'));
    const font = files(built.deckDir).find((f) => f.endsWith('.woff2'))!;
    fs.rmSync(font);
    await buildDeck(outlineFile, path.join(project, 'dist'));
    expect(fs.existsSync(font)).toBe(true);
  });
});

describe('the client bundle cache', () => {
  it("keeps the package files the last build included: the client's code and the theme, not the command line's", async () => {
    // beforeAll built the deck, so a build of the red client has run (in this process or an earlier one)
    const { cacheFolder } = await import('../../../src/files/cache.ts');
    const { files: included } = JSON.parse(
      fs.readFileSync(path.join(await cacheFolder('client'), 'red.included.json'), 'utf8'),
    ) as { files: string[] };
    expect(included).toContain('src/client/main.ts');
    expect(included).toContain('themes/red.css');
    expect(included.filter((file) => file.includes('node_modules'))).toEqual([]);
    for (const serverOnly of ['src/cli.ts', 'src/outputs/pptx/write.ts', 'src/outputs/deck/client-bundle.ts'])
      expect(included).not.toContain(serverOnly);
  });

  it('is keyed by the theme and the contents of what the client is made from', async () => {
    const { clientKey } = await import('../../../src/outputs/deck/client-bundle.ts');
    const included = ['src/client/main.ts'];
    expect(clientKey('red', included)).toBe(clientKey('red', included));
    expect(clientKey('red', included)).not.toBe(clientKey('light', included));
    expect(clientKey('red', included)).toMatch(/^red-[0-9a-f]{16}$/);
  });
});
