// The one list of a deck's outputs: names unique, each replacing paths of its own, the deck folder made whenever
// an output is made from it.
import { describe, expect, it } from 'vitest';
import { OUTPUTS, outputsNamed } from '../../src/outputs/list.ts';
import { DECK_FILES, EVERY_OUTPUT } from '../../src/outputs/sets.ts';
import { outputPaths } from '../../src/files/output-names.ts';

describe('the outputs list', () => {
  it('names each output once', () => {
    const names = OUTPUTS.map((output) => output.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each output paths no other output replaces', () => {
    const paths = outputPaths('talk', '/dist');
    const replaced = OUTPUTS.flatMap((output) => {
      const one = output.replaces(paths, { pictures: { scale: 1, long: true, jpeg: false } });
      return [...(one.files ?? []), ...(one.folders ?? []), ...(one.deckDir ? [one.deckDir] : [])];
    });
    expect(replaced.length).toBeGreaterThanOrEqual(OUTPUTS.length);
    expect(new Set(replaced).size).toBe(replaced.length);
  });

  it('adds the deck folder to what is made from it, and only then', () => {
    expect(outputsNamed(['slides']).map((output) => output.name)).toEqual(['deck', 'slides']);
    expect(outputsNamed(['one-file']).map((output) => output.name)).toEqual(['deck', 'one-file']);
    expect(outputsNamed(['pptx']).map((output) => output.name)).toEqual(['pptx']);
  });

  it('keeps the list order whatever order they are asked in', () => {
    expect(outputsNamed(['pptx', 'png', 'script', ...DECK_FILES]).map((output) => output.name)).toEqual([
      'deck',
      'one-file',
      'script',
      'png',
      'pptx',
    ]);
    expect(outputsNamed(EVERY_OUTPUT).map((output) => output.name)).toEqual([...EVERY_OUTPUT]);
  });
});
