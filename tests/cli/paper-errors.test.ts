// Bad input to the paper commands and the PowerPoint: a clear message, exit 1, and nothing written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_OUTLINE } from '../support/sample.ts';

const cwd = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-cli-'));
mkdirSync(path.join(cwd, 'slides'));
writeFileSync(path.join(cwd, 'slides/talk.md'), readFileSync(SAMPLE_OUTLINE));
writeFileSync(path.join(cwd, 'slides/empty.md'), '---\ntitle: 空的提纲\n---\n\n');

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function speechdeck(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/speechdeck.js'), '--lang', 'en', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stderr: run.stderr };
}

describe.each([
  [
    'a --per-page that is not 1, 2, 3, 4 or 6',
    ['handout', 'slides/talk.md', '--per-page', '5'],
    /--per-page.*1, 2, 3, 4 or 6/,
  ],
  ['a --per-page that is not a number', ['handout', '--per-page', 'three'], /--per-page/],
  ['a bad --per-page given to deck', ['deck', '--per-page', '5'], /--per-page.*1, 2, 3, 4 or 6/],
  ['--notes with 6 slides a page', ['handout', 'slides/talk.md', '--per-page', '6', '--notes'], /--per-page 1, 2 or 3/],
  ['an outline with no slides', ['handout', 'slides/empty.md'], /empty\.md:\d+:\d+ .*no parts or slides/],
  ['a missing outline file', ['script', 'slides/missing.md'], /missing\.md {2}cannot open the outline: no such file/],
  [
    'a missing outline file given to pptx',
    ['pptx', 'slides/missing.md'],
    /missing\.md {2}cannot open the outline: no such file/,
  ],
  ['an outline with no slides given to pptx', ['pptx', 'slides/empty.md'], /empty\.md:\d+:\d+ .*no parts or slides/],
])('%s', (_, args, message) => {
  it('is refused with a clear message, exit code 1 and nothing written', () => {
    const { code, stderr } = speechdeck(...args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(cwd, 'dist'))).toBe(false);
  });
});
