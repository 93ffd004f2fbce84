import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../src/commands/import.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { setLanguage } from '../../src/messages/index.ts';
import { NOISY } from './support/speeches.ts';
import { literally, shown } from '../support/cli.ts';

let dir: string;
let cwd: string;
let out: string;
let err: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'speechdeck-import-'));
  cwd = process.cwd();
  process.chdir(dir);
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
});

afterEach(() => {
  vi.restoreAllMocks();
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

describe('speechdeck import', () => {
  it('names each removed line’s reason in Chinese on a Chinese machine, and in the draft, which is Chinese', async () => {
    writeFileSync('yingji.txt', NOISY);
    setLanguage('zh');
    try {
      expect(await importCommand('yingji.txt', {})).toBe(0);
    } finally {
      setLanguage('en');
    }
    expect(err).toContain('已删除  yingji.txt:1  [水印]  本资料仅供学习参考 严禁转载\n');
    expect(err).toContain('已删除  yingji.txt:7  [页码]  - 1 -\n');
    // no rule's own (English) name in the terminal or in the draft's list of removed lines
    const draft = readFileSync(path.join('slides', 'yingji.md'), 'utf8');
    const removedList = draft.slice(draft.indexOf('导入时删除的行'));
    expect(removedList).toContain('yingji.txt:1  [水印]');
    for (const text of [err, removedList]) expect(text).not.toMatch(/\[[a-z-]+\]/);
  });

  it('writes slides/<name>.md, prints each removed line and a summary, and exits 0', async () => {
    writeFileSync('yingji.txt', NOISY);
    expect(await importCommand('yingji.txt', {})).toBe(0);
    const draft = readFileSync(path.join('slides', 'yingji.md'), 'utf8');
    expect(parseOutline(draft, 'slides/yingji.md').parts).toHaveLength(3);
    expect(err).toContain('removed  yingji.txt:1  [watermark]  本资料仅供学习参考 严禁转载\n');
    expect(err).toContain('removed  yingji.txt:7  [page-number]  - 1 -\n');
    expect(err.trim().split('\n')).toHaveLength(7);
    expect(out).toBe(
      `${shown('slides/yingji.md')}  3 parts, 3 slides (structure: headings), 7 lines removed as noise\n`,
    );
  });

  it('writes where -o says, creating the folder', async () => {
    writeFileSync('a.txt', NOISY);
    expect(await importCommand('a.txt', { output: 'drafts/new/talk.md' })).toBe(0);
    expect(existsSync('drafts/new/talk.md')).toBe(true);
  });

  it('never overwrites an existing output without --force', async () => {
    writeFileSync('a.txt', NOISY);
    mkdirSync('slides');
    writeFileSync('slides/a.md', 'my own edits');
    expect(await importCommand('a.txt', {})).toBe(1);
    expect(readFileSync('slides/a.md', 'utf8')).toBe('my own edits');
    expect(err).toMatch(
      new RegExp(
        `^${literally(shown('slides/a.md'))} {2}the output file already exists; import does not overwrite it\\. Add --force`,
      ),
    );
    expect(await importCommand('a.txt', { force: true })).toBe(0);
    expect(readFileSync('slides/a.md', 'utf8')).toContain('title: 提高应急处置能力的几点体会');
  });

  const failures: Array<[string, (() => void) | undefined, RegExp]> = [
    ['a missing file', undefined, /^missing\.txt {2}the file does not exist\./],
    ['an empty file', () => writeFileSync('missing.txt', ''), /^missing\.txt {2}the file is empty\./],
    [
      'a binary file',
      () => writeFileSync('missing.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0])),
      /binary/,
    ],
    ['a folder', () => mkdirSync('missing.txt'), /folder/],
    [
      'a file of advertising only',
      () => writeFileSync('missing.txt', '仅供学习 禁止外传\n更多资料请关注公众号'),
      /no speech text is left/,
    ],
  ];
  for (const [name, setUp, message] of failures) {
    it(`reports ${name} in one line, exits 1, and writes nothing`, async () => {
      setUp?.();
      expect(await importCommand('missing.txt', {})).toBe(1);
      expect(err).toMatch(message);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).not.toMatch(/\n\s+at /);
      expect(existsSync('slides')).toBe(false);
    });
  }

  it('refuses -o naming a folder, with or without --force, and says to give a file name', async () => {
    writeFileSync('speech.txt', NOISY);
    mkdirSync('out');
    for (const force of [false, true]) {
      err = '';
      expect(await importCommand('speech.txt', { output: 'out', force })).toBe(1);
      expect(err).toContain(
        'out  this is a folder; import writes one outline file. Give a file name with -o, e.g. `-o out/speech.md`.',
      );
    }
    expect(readdirSync('out')).toEqual([]);
  });

  it('prints a warning for each line it could not read whole, and still writes the draft', async () => {
    const text = '把网格建好\n网格是基层治理的基本单元，要把网格划细划实。\n要把队伍建强，让网格员有干劲。\n';
    const gbk = iconv.encode(text, 'gbk');
    writeFileSync('a.txt', new Uint8Array([...gbk.subarray(0, 13), 0xff, ...gbk.subarray(13)]));
    expect(await importCommand('a.txt', {})).toBe(0);
    expect(err).toMatch(/^warning {2}a\.txt:2:2 {2}a character here cannot be read \(damaged bytes\)/mu);
    expect(existsSync(path.join('slides', 'a.md'))).toBe(true);
  });

  it('leaves no temporary file behind', async () => {
    writeFileSync('a.txt', NOISY);
    await importCommand('a.txt', {});
    expect(readdirSync('slides')).toEqual(['a.md']);
  });
});
