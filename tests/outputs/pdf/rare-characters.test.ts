// Every character has a glyph from the deck's own fonts: a title with 𠮷 and 䶮 (CJK Extension B and A, in no
// bundled face) printed by a browser that sees no CJK font on the machine (a fontconfig of one Latin font), and a
// character no face has (Extension G) as a box. The PDF holds the characters' text and only the deck's fonts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOutputs } from '../../../src/outputs/index.ts';
import type { OutputReporter } from '../../../src/outputs/index.ts';
import { woffToSfnt } from '../../../src/fonts/woff.ts';
import { packageFile } from '../../../src/files/paths.ts';

const quietly = (pdfs: string[]): OutputReporter => ({
  step: (_label, work) => work(() => undefined),
  made: (output, told) => {
    if (output.browser) pdfs.push(...told.map((one) => one.path));
  },
});

let work: string;
const pdfs: string[] = [];
const before = process.env.FONTCONFIG_FILE;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-rare-'));
  // The machine as a speaker's may be: one font, with no Chinese in it (Chromium draws no text at all with none).
  const fonts = path.join(work, 'fonts');
  await fs.mkdir(fonts);
  await fs.mkdir(path.join(work, 'fontcache'));
  const latin = await woffToSfnt(
    await fs.readFile(packageFile('@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff')),
  );
  await fs.writeFile(path.join(fonts, 'latin-only.ttf'), latin);
  const config = path.join(work, 'fonts.conf');
  await fs.writeFile(
    config,
    `<?xml version="1.0"?>\n<fontconfig><dir>${fonts}</dir><cachedir>${path.join(work, 'fontcache')}</cachedir></fontconfig>\n`,
  );
  process.env.FONTCONFIG_FILE = config;
  const outline = path.join(work, 'names.md');
  await fs.writeFile(outline, '---\ntitle: 致敬吉𠮷与䶮的名字\nspeaker: 王𪚥\n---\n\n## 第七扩展的字\n\n- 𰻝𰻝面\n');
  const dist = path.join(work, 'dist');
  await makeOutputs({ outlines: [outline], dist: () => dist, outputs: ['slides'] }, quietly(pdfs));
}, 180_000);

afterAll(async () => {
  if (before === undefined) delete process.env.FONTCONFIG_FILE;
  else process.env.FONTCONFIG_FILE = before;
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe('rare characters in a PDF printed without CJK system fonts', () => {
  it('draws 𠮷, 䶮 and 𪚥 (their text is in the PDF) and the character no face has', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfs[0]!, '-'], { encoding: 'utf8' });
    for (const character of ['𠮷', '䶮', '𪚥', '致敬吉', '𰻝']) expect(text).toContain(character);
  });

  it('embeds only the deck’s own fonts: no machine font, no Type 3', () => {
    const lines = execFileSync('pdffonts', [pdfs[0]!], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const names = lines.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !/^(NotoSansSC|NotoSerifSC|HanaMin)/.test(name))).toEqual([]);
    expect(names.some((name) => name.startsWith('HanaMin'))).toBe(true);
    expect(lines.filter((line) => /Type 3/.test(line))).toEqual([]);
  });
});
