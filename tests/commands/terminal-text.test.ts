// What an outline says reaches the terminal as text: control characters in titles and file names are shown escaped
// (an escape sequence would clear the screen or, with OSC 52, write to the clipboard); `--json` escapes its own way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkCommand } from '../../src/commands/check.ts';
import { main } from '../../src/cli.ts';
import { escapeForTerminal } from '../../src/messages/terminal.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-terminal-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const CLEAR = '\u001b[2J';
const CLIPBOARD = '\u001b]52;c;ZWNobyBldmls\u0007';

/** Everything written to stdout and stderr while `work` runs. */
async function captured(work: () => Promise<unknown>): Promise<{ stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk: string | Uint8Array) => ((out.stdout += String(chunk)), true),
  );
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (chunk: string | Uint8Array) => ((out.stderr += String(chunk)), true),
  );
  await work();
  vi.restoreAllMocks();
  return out;
}

describe('text from an outline on the terminal', () => {
  it('check’s table shows a title’s escape sequences escaped, and --json keeps its own escaping', async () => {
    const file = path.join(dir, 'talk.md');
    fs.writeFileSync(
      file,
      `---\ntitle: 题目\nduration: 5\n---\n\n# 第一部分${CLEAR}\n\n## 一页${CLIPBOARD}\n\n- 一点\n\n::: notes\n要说的话\n:::\n`,
    );
    const report = await captured(() => checkCommand([file], { layout: false }));
    expect(report.stdout).toContain('第一部分');
    expect(report.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(report.stdout).toContain('\\x1b[2J');
    const json = await captured(() => checkCommand([file], { layout: false, json: true }));
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('\\u001b[2J');
  });

  it('an error names a file with control characters escaped', async () => {
    const file = path.join(dir, `bad${CLEAR}.md`);
    fs.writeFileSync(file, 'not an outline');
    const result = await captured(() => main(['check', '--lang', 'en', '--no-layout', file]));
    expect(result.stdout + result.stderr).toContain('bad\\x1b[2J.md');
    expect(result.stdout + result.stderr).not.toContain('\u001b');
  });

  it('escapes C0, C1 and direction marks, and keeps line breaks, tabs and Chinese', () => {
    expect(escapeForTerminal('一\t二\n三\u000b四\u009b五\u202e六')).toBe('一\t二\n三\\x0b四\\x9b五\\u202e六');
  });
});
