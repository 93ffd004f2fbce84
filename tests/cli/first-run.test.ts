// A first run prints only speechdeck's own lines: a second installation (its caches empty, so the deck's client is
// built with Vite) builds the sample and says nothing of Vite's or Rolldown's (no `[PLUGIN_TIMINGS]` advice, which
// Rolldown gives when a build takes over 3 seconds, as a first build on a slow machine does).
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../support/project-copy.ts';
import { runSpeechdeck } from '../support/cli.ts';

const copy = projectCopy();
afterAll(() => copy.remove());

describe('a first build', () => {
  const run = runSpeechdeck(copy.root, {}, ['--lang', 'en', 'build', 'slides/qunzhong.md'], copy.root);

  it('prints one line for each form of the deck and the verdict, and on stderr only its progress', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^dist\/qunzhong\/index\.html {2}21 slides, \d+ files, [\d.]+ [KM]B\ndist\/qunzhong\.html {2}21 slides in one file, [\d.]+ [KM]B\n[^\n]+\n$/,
    );
    // The last line is check's summary (its words are check's own tests' business).
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/1 outline/);
    // Off a terminal the progress is one line per step, each starting with `…`.
    for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^… /);
  });
});
