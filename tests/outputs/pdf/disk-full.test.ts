// A full disk anywhere, the handout included, is the machine's problem: exit 2, one message naming the file, and the
// outputs written until then listed. The disk fills up here by injection: every write of the handout fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli.ts';

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const full = (file: unknown) => String(file).endsWith('talk-handout.pdf');
  const writeFileSync: typeof real.writeFileSync = (file, ...rest) => {
    if (full(file)) {
      // as the system reports it: a write to an open file, which names no path
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
        code: 'ENOSPC',
        errno: -28,
        syscall: 'write',
      });
    }
    return real.writeFileSync(file, ...rest);
  };
  return { ...real, writeFileSync, default: { ...real, writeFileSync } };
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-disk-full-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a full disk while writing the handout', () => {
  it('exits 2 naming the handout, after listing what was written', async () => {
    const outline = path.join(dir, 'slides', 'talk.md');
    fs.mkdirSync(path.dirname(outline), { recursive: true });
    fs.writeFileSync(outline, '---\ntitle: 磁盘满了\n---\n\n## 一页\n\n- 一点\n\n::: notes\n要说的话\n:::\n');
    let stdout = '';
    let stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(
      (chunk: string | Uint8Array) => ((stdout += String(chunk)), true),
    );
    vi.spyOn(process.stderr, 'write').mockImplementation(
      (chunk: string | Uint8Array) => ((stderr += String(chunk)), true),
    );
    const code = await main(['deck', '--lang', 'en', outline]);
    vi.restoreAllMocks();
    expect(code).toBe(2);
    expect(stderr).toContain(`${path.join('dist', 'talk-handout.pdf')}: the disk is full`);
    expect(stderr).not.toContain('unexpected');
    for (const output of ['talk/index.html', 'talk.html', 'talk.pdf', 'talk-script.pdf', 'talk.pptx'])
      expect(stdout).toContain(path.join('dist', output));
    expect(fs.existsSync(path.join(dir, 'dist', 'talk-handout.pdf'))).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'dist')).filter((f) => f.startsWith('.speechdeck-tmp'))).toEqual([]);
  }, 120_000);
});
