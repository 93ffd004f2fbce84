// `speechdeck new <name>`, as a newcomer runs it: an outline to start from that checks clean (measured in the
// browser too) and builds, and a second `new` of the same name that refuses to overwrite it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSpeechdeck } from '../support/cli.ts';

const project = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-new-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
const speechdeck = (...args: string[]) => runSpeechdeck(project, {}, args);
const outline = path.join(project, 'slides/talk.md');

describe('speechdeck new', () => {
  const created = speechdeck('--lang', 'en', 'new', 'talk');

  it('writes slides/talk.md and says what to do next', () => {
    expect(created.code).toBe(0);
    expect(created.stdout).toBe(
      'slides/talk.md  written: an outline to start from, every setting explained in it\n' +
        'next: run `npx speechdeck dev slides/talk.md` and edit the file; the page follows every save.\n',
    );
    expect(readFileSync(outline, 'utf8')).toMatch(/^---\n/);
  });

  it('writes an outline that checks clean, the slides measured in the browser', () => {
    const check = speechdeck('--lang', 'en', 'check', 'slides/talk.md');
    expect(check.stdout).toMatch(/\n {2}layout {4}5 slides measured at 1920×1080: nothing overflows/);
    expect(check.stdout).toMatch(/no problems in 1 outline\n$/);
    expect(check.code).toBe(0);
  });

  it('writes an outline that builds', () => {
    const build = speechdeck('--lang', 'en', 'build', 'slides/talk.md');
    expect(build.code, build.stderr).toBe(0);
    expect(existsSync(path.join(project, 'dist/talk/index.html'))).toBe(true);
  });

  it('refuses to overwrite it, in the language asked for, and leaves it as it was', () => {
    const before = readFileSync(outline, 'utf8');
    const again = speechdeck('--lang', 'zh', 'new', 'talk');
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'slides/talk.md  已经存在，`new` 不会覆盖已有的文件。换一个名字，例如 `npx speechdeck new talk-2`。\n',
    );
    expect(readFileSync(outline, 'utf8')).toBe(before);
    expect(speechdeck('--lang', 'en', 'new', 'slides/talk.md').stderr).toMatch(
      /^slides\/talk\.md {2}already exists, and `new` never overwrites a file\. Choose another name/,
    );
  });

  it('refuses a name no file can have', () => {
    const bad = speechdeck('--lang', 'en', 'new', 'a:b');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/`a:b` cannot be a file name\. Use letters, digits, Chinese, - or _/);
  });
});
