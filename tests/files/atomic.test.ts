// Replacing an output another program holds open: waited for a moment, then named, the old file left as it was.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { FileInUseError, renameWhenFree, writeFileAtomically } from '../../src/files/atomic.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-atomic-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** `rename` as Windows answers it while a viewer holds the target open: refused `times` times with `code`. */
function heldOpen(code: 'EPERM' | 'EBUSY', times: number) {
  const real = fsp.rename.bind(fsp);
  let refused = 0;
  return vi.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
    if (String(to).endsWith('.pdf') && refused < times) {
      refused++;
      throw Object.assign(new Error(`${code}: operation not permitted, rename '${String(from)}' -> '${String(to)}'`), {
        code,
      });
    }
    return real(from, to);
  });
}

describe('writing over a file held open', () => {
  it.each(['EPERM', 'EBUSY'] as const)('waits while it is held for a moment (%s), then writes it', async (code) => {
    const target = path.join(dir, `moment-${code}.pdf`);
    fs.writeFileSync(target, 'old');
    const rename = heldOpen(code, 3);
    await writeFileAtomically(target, 'new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(rename).toHaveBeenCalledTimes(4);
  });

  it('gives up after about a second, names the file, keeps the old one and leaves no staging file', async () => {
    const target = path.join(dir, 'open-in-wps.pdf');
    fs.writeFileSync(target, 'old');
    heldOpen('EPERM', Infinity);
    const error = await writeFileAtomically(target, 'new').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileInUseError);
    expect((error as FileInUseError).files).toEqual([target]);
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.speechdeck-tmp-'))).toEqual([]);
  });

  it('does not wait over other errors', async () => {
    const error = await renameWhenFree(path.join(dir, 'missing.pdf'), path.join(dir, 'x.pdf')).catch((e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});
