// `speechdeck png` as a user runs it: the pictures of a 4:3 deck at its own proportions, a line that says what was
// written, a bad outline named at its line, and a picture folder that holds someone else's file left alone.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { literally, runSpeechdeck, shown } from '../support/cli.ts';

const cwd = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-png-cli-'));
mkdirSync(path.join(cwd, 'slides'));
writeFileSync(
  path.join(cwd, 'slides/square.md'),
  '---\ntitle: 四比三的演讲\nspeaker: 王某某\naspect: "4:3"\n---\n\n## 第一部分\n\n- 要点一\n- 要点二\n\n## 第二部分\n\n- 要点三\n',
);

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('speechdeck png', () => {
  it('writes a 4:3 deck as 1440×1080 pictures and says what it wrote', () => {
    const { code, stdout, stderr } = runSpeechdeck(cwd, {}, ['--lang', 'en', 'png', 'slides/square.md']);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^${literally(shown('dist/square-png/'))} {2}\\d+ pictures, 1440×1080, `, 'm'));
    const files = readdirSync(path.join(cwd, 'dist/square-png')).filter((file) => file.endsWith('.png'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    const first = readFileSync(path.join(cwd, 'dist/square-png', files[0]!));
    expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([1440, 1080]);
  });

  it('names a bad outline at its line, writes nothing of it and exits 1', () => {
    writeFileSync(path.join(cwd, 'slides/bad.md'), '---\ntitle: 坏的大纲\nduration: 很久\n---\n\n## 一\n\n- 要点\n');
    const { code, stderr } = runSpeechdeck(cwd, {}, ['--lang', 'en', 'png', 'slides/bad.md']);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`${literally(shown('slides/bad.md'))}:3`));
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(cwd, 'dist/bad-png'))).toBe(false);
  });

  it('leaves a picture folder alone that holds a file speechdeck did not write', () => {
    const mine = path.join(cwd, 'dist/square-png/封面.png');
    writeFileSync(mine, 'the speaker’s own');
    const { code, stderr } = runSpeechdeck(cwd, {}, ['--lang', 'en', 'png', 'slides/square.md']);
    expect(code).toBe(1);
    expect(stderr).toContain('封面.png');
    expect(readFileSync(mine, 'utf8')).toBe('the speaker’s own');
  });
});
