// The speaker view reveal.js opens must speak Chinese like the rest of the deck.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isNotesPlugin, translateSpeakerView } from '../../../src/outputs/deck/speaker-view.ts';

// The ES module build is the one Vite bundles.
const esmNotesPlugin = createRequire(import.meta.url)
  .resolve('reveal.js/plugin/notes')
  .replace(/notes\.js$/, 'notes.mjs');

describe('speaker view labels', () => {
  it('finds every English label in the installed reveal.js and replaces it', () => {
    for (const file of [esmNotesPlugin]) {
      const { code, missing } = translateSpeakerView(readFileSync(file, 'utf8'));
      expect(missing).toEqual([]);
      expect(code).toContain('>下一页<');
      expect(code).toContain('>演讲备注<');
      expect(code).toContain('lang=\\"zh-CN\\"');
      expect(code).not.toContain('>Upcoming<');
      expect(code).not.toContain('Click to Reset');
    }
  });

  it('recognises the notes plugin module by its path', () => {
    expect(isNotesPlugin(esmNotesPlugin)).toBe(true);
    expect(isNotesPlugin('/x/reveal.js/dist/plugin/zoom.mjs')).toBe(false);
  });
});
