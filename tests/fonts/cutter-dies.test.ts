// The fonts' cutting process (src/fonts/cutter.ts) may die under a run: killed, out of memory. Here the process
// spawner is wrapped so that the processes it starts die when told: one dying after its first answer leaves the rest
// of the run's cuts to a new process, and the run whole; every process dying stops the run with our own message, as
// the machine's fault (exit 2), after one new process, not one a cut.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { cuttingProcessesStarted, endCutter } from '../../src/fonts/cutter.ts';
import { subsetFaces } from '../../src/fonts/subset.ts';
import { characterSet } from '../../src/fonts/text.ts';
import { machineStop } from '../support/machine-stop.ts';
import { removeTempCache } from '../support/temp-cache.ts';

/** How the next processes started die: after their first answer, or as soon as they start; how many of them. */
const deaths = vi.hoisted(() => ({ when: 'answered' as 'answered' | 'started', count: 0 }));

vi.mock('../../src/files/cache.ts', async (original) =>
  (await import('../support/temp-cache.ts')).tempCache(await original()),
);
vi.mock('node:child_process', async (original) => {
  const real = await original<typeof import('node:child_process')>();
  return {
    ...real,
    fork(...args: Parameters<typeof real.fork>): ChildProcess {
      const child = real.fork(...args);
      if (deaths.count > 0) {
        deaths.count--;
        if (deaths.when === 'started') child.kill('SIGKILL');
        else child.once('message', () => child.kill('SIGKILL'));
      }
      return child;
    },
  };
});

afterEach(async () => {
  deaths.count = 0;
  await endCutter();
});

afterAll(removeTempCache);

function lacking(file: string, characters: string): string {
  const font = fontkit.create(readFileSync(file)) as fontkit.Font;
  return [...characters].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!)).join('');
}

describe('a cutting process that dies under a run', () => {
  it('leaves the cuts it had not answered, and those that follow, to a new process', async () => {
    deaths.when = 'answered';
    deaths.count = 1;
    const before = cuttingProcessesStarted();
    const text = '把人心焐热，惩前毖后';
    const faces = await subsetFaces(['sans', 'sansBold', 'serif'], characterSet([text]));
    expect(faces.map((face) => face.face)).toEqual(['sans', 'sansBold', 'serif']);
    for (const face of faces) expect(lacking(face.file, '把人心焐热惩前毖后'), face.name).toBe('');
    // the killed one and the one after it
    expect(deaths.count).toBe(0);
    expect(cuttingProcessesStarted() - before).toBe(2);
    // a later cut of the same run still finds a process
    const [bold] = await subsetFaces(['serifBold'], characterSet(['实事求是']));
    expect(lacking(bold!.file, '实事求是')).toBe('');
    expect(cuttingProcessesStarted() - before).toBe(2);
  });

  it('stops with our own message, as the machine’s fault, when the new process dies too', async () => {
    deaths.when = 'started';
    deaths.count = Number.POSITIVE_INFINITY;
    const before = cuttingProcessesStarted();
    await machineStop(subsetFaces(['sans', 'serif'], characterSet(['久久为功'])));
    // one new process, not one for each cut
    expect(cuttingProcessesStarted() - before).toBe(2);
    // the next run starts afresh
    deaths.count = 0;
    const [sans] = await subsetFaces(['sans'], characterSet(['久久为功']));
    expect(lacking(sans!.file, '久久为功')).toBe('');
  });
});
