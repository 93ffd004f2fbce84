// `check --json` always prints JSON, whatever the exit code: a check that cannot finish says why, beside the findings
// made until then.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkCommand } from '../../src/commands/check.ts';
import { explain } from '../../src/cli.ts';
import { ROOT } from '../support/sample.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-check-json-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const browser = process.env.PUPPETEER_EXECUTABLE_PATH;
afterEach(() => {
  vi.restoreAllMocks();
  if (browser === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
  else process.env.PUPPETEER_EXECUTABLE_PATH = browser;
});

const outline = path.join(dir, 'talk.md');
fs.writeFileSync(
  outline,
  `---\ntitle: 题目\nduration: 1\n---\n\n## 一页\n\n- 一点\n\n::: notes\n${'说'.repeat(400)}\n:::\n`,
);

interface CheckJson {
  ok: boolean;
  error?: { exit: number; message: string; file?: string; line?: number };
  findings: Array<{ code: string }>;
  exitCode: number;
}

/** What stdout received while `work` ran, read as JSON, and how the work ended. */
async function jsonOf(work: () => Promise<number>): Promise<{ json: CheckJson; outcome: number | unknown }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk: string | Uint8Array) => ((stdout += String(chunk)), true),
  );
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const outcome = await work().catch((error: unknown) => error);
  vi.restoreAllMocks();
  return { json: JSON.parse(stdout) as CheckJson, outcome };
}

describe('check --json', () => {
  it('says ok with the findings when the check runs to its end', async () => {
    const { json, outcome } = await jsonOf(() => checkCommand([outline], { json: true, layout: false }));
    expect(outcome).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.error).toBeUndefined();
    expect(json.findings.some((f) => f.code === 'over-time')).toBe(true);
  });

  it('prints JSON when no browser is found: ok false, the error with exit 2, and the findings made before', async () => {
    process.env.PUPPETEER_EXECUTABLE_PATH = path.join(dir, 'no-such-chrome');
    const { json, outcome } = await jsonOf(() => checkCommand([outline], { json: true }));
    expect(json.ok).toBe(false);
    expect(json.error).toMatchObject({ exit: 2 });
    expect(json.error!.message).toContain('no-such-chrome');
    expect(json.findings.some((f) => f.code === 'over-time')).toBe(true);
    // the command line still says so on stderr and exits 2
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(explain(outcome)).toBe(2);
  });

  it('prints JSON when stopped, with the signal’s exit code', async () => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin/speechdeck.js'), 'check', '--json', '--lang', 'en', outline],
      { cwd: dir },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    // stopped once it is under way: its first word on stderr
    await once(child.stderr, 'data');
    child.kill('SIGINT');
    const [code] = (await once(child, 'exit')) as [number | null];
    const json = JSON.parse(stdout) as CheckJson;
    expect(code).toBe(130);
    expect(json.ok).toBe(false);
    expect(json.error).toMatchObject({ exit: 130 });
  }, 120_000);
});
