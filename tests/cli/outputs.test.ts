// Where the commands that write put their outputs: dist/ in the project holding the outline, wherever they run from,
// or the folder --out names; a dist/ that cannot be written says what to do; a hidden slide is left out of everything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGLISH_MACHINE, runSpeechdeck } from '../support/cli.ts';
import { readPdf } from '../support/pdf.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-outputs-'));
const project = path.join(work, '交流 发言');
const elsewhere = path.join(work, 'elsewhere');
const outline = path.join(project, 'slides/talk.md');
fs.mkdirSync(path.join(project, 'slides'), { recursive: true });
fs.mkdirSync(elsewhere);
fs.writeFileSync(
  outline,
  [
    '---',
    'title: 测试',
    'agenda: false',
    '---',
    '',
    '# 一、部分',
    '',
    '## 第一页',
    '',
    '- 要点',
    '',
    '## 备用页 {data-visibility=hidden}',
    '',
    '- 不讲',
    '',
    '::: notes',
    '备用的话',
    ':::',
    '',
  ].join('\n'),
);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const ENGLISH = ENGLISH_MACHINE;

describe('outputs', () => {
  it('go to dist/ in the project holding the outline, not the folder the command runs in', () => {
    const run = runSpeechdeck(elsewhere, ENGLISH, ['build', outline]);
    expect(run.code, run.stderr).toBe(0);
    expect(fs.existsSync(path.join(project, 'dist/talk/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(elsewhere, 'dist'))).toBe(false);
  });

  it('go to the folder --out names', () => {
    const run = runSpeechdeck(elsewhere, ENGLISH, ['build', outline, '--out', 'U盘']);
    expect(run.code, run.stderr).toBe(0);
    expect(fs.existsSync(path.join(elsewhere, 'U盘/talk/index.html'))).toBe(true);
  });

  it('of deck (the PDFs too) leave a hidden slide out of the deck, the slides PDF, the handout and the script', async () => {
    const run = runSpeechdeck(elsewhere, ENGLISH, ['deck', outline, '--per-page', '1']);
    expect(run.code, run.stderr).toBe(0);
    const dist = path.join(project, 'dist');
    // title, divider, one slide, closing: the hidden slide is in none of them
    expect(await readPdf(path.join(dist, 'talk.pdf'))).toHaveLength(4);
    expect(await readPdf(path.join(dist, 'talk-handout.pdf'))).toHaveLength(4);
    const script = (await readPdf(path.join(dist, 'talk-script.pdf'))).map((page) => page.text).join('');
    expect(script).toContain('第一页');
    expect(script).not.toMatch(/备用/);
    expect(fs.readFileSync(path.join(dist, 'talk/index.html'), 'utf8')).not.toContain('备用页');
  });

  it('where dist is a file, are refused with what to do, exit code 2', () => {
    const blocked = path.join(work, 'blocked');
    fs.mkdirSync(path.join(blocked, 'slides'), { recursive: true });
    fs.copyFileSync(outline, path.join(blocked, 'slides/talk.md'));
    fs.writeFileSync(path.join(blocked, 'dist'), '');
    const run = runSpeechdeck(blocked, ENGLISH, ['build']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'dist is a file, where speechdeck needs a folder. Move or rename it, or write elsewhere with `--out <folder>`',
    );
    expect(run.stderr).not.toMatch(/unexpected error|\n\s+at /);
  });
});
