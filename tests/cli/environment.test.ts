// A machine without a usable browser: exit code 2, a message that says how to fix it, nothing written.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_OUTLINE } from '../support/sample.ts';
import { runSpeechdeck } from '../support/cli.ts';

const cwd = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-env-'));
mkdirSync(path.join(cwd, 'slides'));
writeFileSync(path.join(cwd, 'slides/talk.md'), readFileSync(SAMPLE_OUTLINE));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const speechdeck = (env: Record<string, string>, ...args: string[]) =>
  runSpeechdeck(cwd, env, ['--lang', 'en', ...args]);

describe('a browser that is not there', () => {
  it('stops the PDF with exit code 2, names the setting and writes no PDF', () => {
    const { code, stderr } = speechdeck(
      { PUPPETEER_EXECUTABLE_PATH: path.join(cwd, 'no-such-chrome') },
      'pdf',
      'slides/talk.md',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('PUPPETEER_EXECUTABLE_PATH is set to');
    expect(stderr).toContain('no-such-chrome');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(cwd, 'dist/talk.pdf'))).toBe(false);
    expect(readdirSync(path.join(cwd, 'dist')).filter((f) => f.startsWith('.speechdeck-tmp'))).toEqual([]);
  });

  it('does not stop a build, which needs no browser', () => {
    const { code, stdout } = speechdeck(
      { PUPPETEER_EXECUTABLE_PATH: path.join(cwd, 'no-such-chrome') },
      'build',
      'slides/talk.md',
    );
    expect(code).toBe(0);
    expect(stdout).toContain(path.join('dist', 'talk', 'index.html'));
  });

  it('lets deck write everything that needs none (deck folder, one file, PowerPoint), and names what needs it, exit 2', () => {
    const { code, stdout, stderr } = speechdeck(
      { PUPPETEER_EXECUTABLE_PATH: path.join(cwd, 'no-such-chrome') },
      'deck',
      'slides/talk.md',
    );
    expect(code).toBe(2);
    for (const file of [
      path.join('dist', 'talk', 'index.html'),
      path.join('dist', 'talk.html'),
      path.join('dist', 'talk.pptx'),
    ])
      expect(stdout).toContain(file);
    expect(existsSync(path.join(cwd, 'dist/talk.pptx'))).toBe(true);
    expect(stderr).toContain('Not made, as they need the browser: slides PDF, handout, script.');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
