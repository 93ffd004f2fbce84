// `speechdeck pptx` and `speechdeck deck` as a user runs them: the PowerPoint in dist/, a line that says what it holds.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSpeechdeck } from '../support/cli.ts';
import { readPptx, slideNames } from '../support/pptx.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';

const cwd = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-pptx-cli-'));
mkdirSync(path.join(cwd, 'slides'));
writeFileSync(path.join(cwd, 'slides/talk.md'), readFileSync(SAMPLE_OUTLINE));

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const pptxLine = /^dist\/talk\.pptx {2}21 slides, \d+ KB$/m;

describe('speechdeck pptx', () => {
  it('writes dist/<name>.pptx for every outline in slides/ and says what it holds, with no browser', async () => {
    const { code, stdout, stderr } = runSpeechdeck(cwd, { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' }, [
      '--lang',
      'en',
      'pptx',
    ]);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(stdout).toMatch(pptxLine);
    const pptx = await readPptx(readFileSync(path.join(cwd, 'dist/talk.pptx')));
    expect(slideNames(pptx.parts)).toHaveLength(21);
    expect(existsSync(path.join(cwd, 'dist/talk'))).toBe(false);
  });

  it('explains itself with an example', () => {
    const { code, stdout } = runSpeechdeck(cwd, {}, ['--lang', 'en', 'pptx', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/dist\/<name>\.pptx/);
    expect(stdout).toMatch(/npx speechdeck pptx slides\/\S+\.md/);
  });
});

describe('speechdeck deck', () => {
  it('writes the PowerPoint beside the deck and its PDFs, with its line in the summary', () => {
    rmSync(path.join(cwd, 'dist'), { recursive: true, force: true });
    const { code, stdout } = runSpeechdeck(cwd, {}, ['--lang', 'en', 'deck', 'slides/talk.md']);
    expect(code).toBe(0);
    expect(stdout).toMatch(pptxLine);
    const lines = stdout.trim().split('\n');
    // the outputs, then what check would say of the talk, ending with its summary line
    expect(lines.at(-1)).toMatch(/ in 1 outline$/);
    expect(lines.slice(0, 6).map((line) => line.split('  ')[0])).toEqual([
      'dist/talk/index.html',
      'dist/talk.html',
      'dist/talk.pdf',
      'dist/talk-handout.pdf',
      'dist/talk-script.pdf',
      'dist/talk.pptx',
    ]);
    expect(existsSync(path.join(cwd, 'dist/talk.pptx'))).toBe(true);
  });
});
