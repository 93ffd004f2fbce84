// A scratch folder is gone when its work ends, however it ends: done, failed, or the run stopped half way.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scratchFolder, withScratchFolder } from '../../src/files/scratch.ts';
import { runCleanups } from '../../src/interrupt.ts';

describe('withScratchFolder', () => {
  it('gives a fresh empty folder named by its prefix and removes it, with what was written, when the work is done', async () => {
    let seen = '';
    const result = await withScratchFolder('speechdeck-scratch-test-', async (folder) => {
      seen = folder;
      expect(fs.readdirSync(folder)).toEqual([]);
      fs.mkdirSync(`${folder}/profile`);
      fs.writeFileSync(`${folder}/profile/a.pdf`, 'x');
      return 42;
    });
    expect(result).toBe(42);
    expect(seen).toMatch(/speechdeck-scratch-test-[^/\\]+$/);
    expect(fs.existsSync(seen)).toBe(false);
  });

  it('removes it when the work fails, and the failure is the caller’s', async () => {
    let seen = '';
    const failed = await withScratchFolder('speechdeck-scratch-test-', async (folder) => {
      seen = folder;
      fs.writeFileSync(`${folder}/half.pdf`, 'x');
      throw new Error('LibreOffice failed');
    }).catch((error: Error) => error.message);
    expect(failed).toBe('LibreOffice failed');
    expect(fs.existsSync(seen)).toBe(false);
  });

  it('removes it when the run is stopped while the work goes on (the stop handler, which finally never sees)', async () => {
    let seen = '';
    let stopped!: () => void;
    const work = withScratchFolder('speechdeck-scratch-test-', (folder) => {
      seen = folder;
      fs.writeFileSync(`${folder}/half.pdf`, 'x');
      return new Promise<void>((resolve) => {
        stopped = resolve;
      });
    });
    expect(fs.existsSync(seen)).toBe(true);
    // What a Ctrl-C does before the process exits.
    runCleanups();
    expect(fs.existsSync(seen)).toBe(false);
    stopped();
    await work;
  });
});

describe('scratchFolder', () => {
  it('removes with the remover given, once by its owner, and forgets its stop handler then', () => {
    const removed: string[] = [];
    const scratch = scratchFolder('speechdeck-scratch-test-', (folder) => {
      removed.push(folder);
      fs.rmSync(folder, { recursive: true, force: true });
    });
    scratch.remove();
    expect(removed).toEqual([scratch.path]);
    expect(fs.existsSync(scratch.path)).toBe(false);
    runCleanups();
    expect(removed).toEqual([scratch.path]);
  });
});
