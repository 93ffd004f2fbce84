// Only what speechdeck made is ever replaced or removed: a project of precious files survives, byte for byte, every
// outline name and every `--out` folder a build can be given.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { makeOutputs } from '../../src/outputs/index.ts';
import type { OutputReporter } from '../../src/outputs/index.ts';
import { DECK_FILES } from '../../src/outputs/sets.ts';
import { OutlineError } from '../../src/outline/index.ts';
import { DECK_MARKER } from '../../src/files/deck-folder.ts';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-safety-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));
let projects = 0;

const silent: OutputReporter = {
  step: (_label, work) => work(() => {}),
  made() {},
};

/** `build` as the command runs it: every deck folder and one-file deck, into `out` (or each project's dist/). */
async function build(outlines: string[], out?: string): Promise<unknown> {
  const dist = (outline: string) =>
    out ??
    path.join(
      path.basename(path.dirname(outline)) === 'slides' ? path.dirname(path.dirname(outline)) : path.dirname(outline),
      'dist',
    );
  return makeOutputs({ outlines, dist, outputs: DECK_FILES }, silent).then(
    () => undefined,
    (error: unknown) => error,
  );
}

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>';
const outlineText = (body = '- 一点') => `---\ntitle: 发言\n---\n\n## 一页\n\n${body}\n`;

/** A speaker's project: outlines, their pictures (some unused), and files of their own; every file is precious. */
function project(extra: Record<string, string> = {}): string {
  const root = path.join(temporary, `p${projects++}`);
  const files: Record<string, string | Buffer> = {
    '工作总结.docx': randomBytes(64),
    'slides/talk.md': outlineText('![图](images/dot.svg)'),
    'slides/images/dot.svg': svg,
    'slides/images/unused.png': randomBytes(32),
    'talk.md': outlineText('![照片](talk/photo.svg)'),
    'talk/photo.svg': svg,
    'talk/没用上的照片.jpg': randomBytes(32),
    ...extra,
  };
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return root;
}

/** Every file under `dir` and its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files.set(
        path.relative(dir, path.join(entry.parentPath, entry.name)),
        fs.readFileSync(path.join(entry.parentPath, entry.name)).toString('base64'),
      );
  }
  return files;
}

/** Every file of `before` is still there with the same bytes. */
function survived(dir: string, before: Map<string, string>): void {
  const after = snapshot(dir);
  for (const [file, bytes] of before) expect(after.get(file), file).toBe(bytes);
}

function refusal(error: unknown): OutlineError {
  expect(error).toBeInstanceOf(OutlineError);
  return error as OutlineError;
}

describe('an outline whose name is not a safe name', () => {
  it.each([['...md'], ['.md'], ['CON.md'], ['talk .md'], ['a:b.md'], ['x\u001b[2J.md']])(
    'is refused, naming the file, and nothing is written: slides/%s',
    async (name) => {
      const root = project({ [`slides/${name}`]: outlineText() });
      const before = snapshot(root);
      const error = refusal(await build([path.join(root, 'slides', name)]));
      expect(error.file).toContain(name);
      survived(root, before);
      expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
    },
  );

  it('is refused with --out too, and the folder above it is left alone', async () => {
    const root = project({ 'slides/...md': outlineText() });
    const before = snapshot(path.dirname(root));
    refusal(await build([path.join(root, 'slides', '...md')], path.join(root, 'out')));
    survived(path.dirname(root), before);
  });
});

describe('a deck folder that is not speechdeck’s', () => {
  it('is never the folder of the talk’s pictures: `talk.md --out .` beside talk/', async () => {
    const root = project();
    const before = snapshot(root);
    const error = refusal(await build([path.join(root, 'talk.md')], root));
    expect(error.message).toContain(path.join('talk', 'photo.svg'));
    survived(root, before);
  });

  it('is never the folder of an outline’s pictures: `slides/images.md --out slides` beside slides/images/', async () => {
    const root = project({ 'slides/images.md': outlineText('![图](images/dot.svg)') });
    const before = snapshot(root);
    refusal(await build([path.join(root, 'slides/images.md')], path.join(root, 'slides')));
    survived(root, before);
  });

  it('is never slides/ or the project itself', async () => {
    const root = project({ 'slides/slides.md': outlineText() });
    const before = snapshot(root);
    refusal(await build([path.join(root, 'slides/slides.md')], root));
    const named = path.basename(root);
    const inside = project({ [`${named}.md`]: outlineText() });
    refusal(await build([path.join(inside, `${named}.md`)], path.dirname(inside)));
    survived(root, before);
  });

  it('stops, naming the first file it would lose, when the folder holds files speechdeck did not write', async () => {
    const root = project({ 'dist/talk/我的笔记.txt': '别删' });
    const before = snapshot(root);
    const error = refusal(await build([path.join(root, 'slides/talk.md')]));
    expect(error.file).toContain('我的笔记.txt');
    survived(root, before);
  });

  it('never replaces a file of the speaker’s standing where the deck folder goes', async () => {
    const root = project({ 'dist/talk': '我的文件，没有扩展名' });
    const error = refusal(await build([path.join(root, 'slides/talk.md')]));
    expect(error.file).toBe(path.join(root, 'dist/talk'));
    expect(fs.readFileSync(path.join(root, 'dist/talk'), 'utf8')).toBe('我的文件，没有扩展名');
  });

  it('replaces its own deck, and an earlier deck without a marker when it holds only a deck’s files', async () => {
    const root = project();
    expect(await build([path.join(root, 'slides/talk.md')])).toBeUndefined();
    const deckDir = path.join(root, 'dist/talk');
    const marker = JSON.parse(fs.readFileSync(path.join(deckDir, DECK_MARKER), 'utf8')) as { files: string[] };
    expect(marker.files).toContain('index.html');
    expect(marker.files.filter((file) => file.endsWith('.svg'))).toHaveLength(1);
    // built again, and as a deck of before the marker
    expect(await build([path.join(root, 'slides/talk.md')])).toBeUndefined();
    fs.rmSync(path.join(deckDir, DECK_MARKER));
    expect(await build([path.join(root, 'slides/talk.md')])).toBeUndefined();
    expect(fs.existsSync(path.join(deckDir, DECK_MARKER))).toBe(true);
    // but not a file in assets/ the page does not name
    fs.rmSync(path.join(deckDir, DECK_MARKER));
    fs.writeFileSync(path.join(deckDir, 'assets', 'mine.png'), 'mine');
    expect(refusal(await build([path.join(root, 'slides/talk.md')])).file).toContain('mine.png');
    expect(fs.readFileSync(path.join(deckDir, 'assets', 'mine.png'), 'utf8')).toBe('mine');
  });

  it('never writes a one-file deck over a file the outline uses', async () => {
    const root = project({ 'slides/page.md': outlineText('![页](page.html)'), 'slides/page.html': '<p>mine</p>' });
    const before = snapshot(root);
    const error = refusal(await build([path.join(root, 'slides/page.md')], path.join(root, 'slides')));
    expect(error.message).toContain('page.html');
    survived(root, before);
  });
});

describe('two outlines that would write the same outputs', () => {
  it('are refused before anything is written, naming both', async () => {
    const root = project({ 'a/talk.md': outlineText(), 'b/talk.md': outlineText() });
    const out = path.join(root, 'out');
    const error = refusal(await build([path.join(root, 'a/talk.md'), path.join(root, 'b/talk.md')], out));
    expect(error.file).toContain(path.join('b', 'talk.md'));
    expect(error.message).toContain(path.join('a', 'talk.md'));
    expect(fs.existsSync(out)).toBe(false);
  });

  it('are refused when one’s output is another’s: x.md’s one-file deck is x.html.md’s deck folder', async () => {
    const root = project({ 'a/x.md': outlineText(), 'a/x.html.md': outlineText() });
    const out = path.join(root, 'out');
    refusal(await build([path.join(root, 'a/x.md'), path.join(root, 'a/x.html.md')], out));
    expect(fs.existsSync(out)).toBe(false);
  });

  it('but one outline named twice is built once', async () => {
    const root = project();
    const outline = path.join(root, 'slides/talk.md');
    expect(await build([outline, outline])).toBeUndefined();
  });
});

describe('any outline name and any output folder', () => {
  /** Names a Linux file system takes, as hostile as can be: dots, spaces, device names, controls, Windows' forbidden
   *  characters, the names of the project's own folders. */
  const outlineName = fc
    .array(
      fc.constantFrom(
        '.',
        '..',
        ' ',
        'talk',
        'slides',
        'images',
        'dist',
        'CON',
        'nul',
        'a',
        '发言',
        ':',
        '*',
        '?',
        '\\',
        '\u001b',
        '\u000b',
        '-',
        'assets',
        'index',
      ),
      { minLength: 0, maxLength: 4 },
    )
    .map((parts) => parts.join(''));
  const outFolder = fc.constantFrom(
    undefined,
    '.',
    'slides',
    'slides/images',
    'talk',
    'dist',
    'dist/talk',
    '..',
    'out',
  );

  it('leaves every precious file as it was', async () => {
    await fc.assert(
      fc.asyncProperty(outlineName, outFolder, fc.boolean(), async (name, out, inSlides) => {
        const root = project();
        const outline = path.join(root, inSlides ? 'slides' : '', `${name}.md`);
        if (!fs.existsSync(outline))
          fs.writeFileSync(outline, outlineText(inSlides ? '![图](images/dot.svg)' : '![照片](talk/photo.svg)'));
        const parent = path.dirname(root);
        const before = snapshot(root);
        const siblings = fs.readdirSync(parent);
        await build([outline], out === undefined ? undefined : path.resolve(root, out));
        survived(root, before);
        // nothing outside the project was written, but in the folder above when asked for
        const written = fs.readdirSync(parent).filter((entry) => !siblings.includes(entry));
        if (out !== '..') expect(written).toEqual([]);
        for (const entry of [root, ...written.map((entry) => path.join(parent, entry))])
          fs.rmSync(entry, { recursive: true, force: true });
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
