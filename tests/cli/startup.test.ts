// The command runs from a prebuilt copy of src/ (scripts/cli-bundle.mjs), made from exactly the sources it lists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/sample.ts';
import { runSpeechdeck } from '../support/cli.ts';

const speechdeck = (env: Record<string, string>, ...args: string[]) => runSpeechdeck(ROOT, env, args);

describe('the command line', () => {
  it('runs from its prebuilt bundle, which records the sources it was built from and their state', () => {
    const run = speechdeck({}, '--lang', 'en', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: speechdeck');
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/.cache/speechdeck/cli.json'), 'utf8')) as {
      entry: string;
      inputs: Record<string, string>;
    };
    expect(existsSync(path.join(ROOT, 'node_modules/.cache/speechdeck', manifest.entry))).toBe(true);
    expect(Object.keys(manifest.inputs)).toEqual(
      expect.arrayContaining(['src/cli.ts', 'src/commands/deck.ts', 'src/outputs/browser/launch.ts']),
    );
    for (const [file, stamp] of Object.entries(manifest.inputs)) expect(stamp, file).toMatch(/^\d+:\d+(\.\d+)?$/);
  });

  it('says the same when run from the TypeScript source', () => {
    const bundled = speechdeck({}, 'pdf', '--help');
    const source = speechdeck({ SPEECHDECK_FROM_SOURCE: '1' }, 'pdf', '--help');
    expect(source.code).toBe(0);
    expect(source.stdout).toBe(bundled.stdout);
  });
});
