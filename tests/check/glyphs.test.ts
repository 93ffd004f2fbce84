// Characters the bundled faces lack, named at the line they are first written on: a warning where the fallback
// face draws them, an error where no face has them.
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.ts';
import { planDeck } from '../../src/deck/index.ts';
import { glyphFindings } from '../../src/check/glyphs.ts';
import { setLanguage } from '../../src/messages/index.ts';

const deckOf = (text: string) => {
  const outline = parseOutline(text, 'talk.md');
  return { outline, plan: planDeck(outline) };
};

describe('glyph findings', () => {
  it('names each character once, at the line it is first written on, by its code point', () => {
    setLanguage('en');
    const deck = deckOf(
      '---\ntitle: 吉𠮷\nspeaker: 王䶮\n---\n\n## 罕见 𠮷\n\n- 𰻝𰻝面 和 䶮\n\n::: notes\n又说 𪚥\n:::\n',
    );
    const findings = glyphFindings(deck, { fallback: '䶮𠮷𪚥', none: '𰻝' });
    expect(findings.map((f) => [f.severity, f.code, f.line])).toEqual([
      ['warning', 'fallback-glyph', 2],
      ['warning', 'fallback-glyph', 3],
      ['error', 'no-glyph', 8],
      ['warning', 'fallback-glyph', 10], // the notes, from their `::: notes` line
    ]);
    expect(findings[0]!.message).toContain('𠮷 (U+20BB7)');
    expect(findings[2]!.message).toContain('𰻝 (U+30EDD)');
    expect(findings[3]!.message).toContain('𪚥 (U+2A6A5)');
  });

  it('says nothing when every character has a face', () => {
    expect(glyphFindings(deckOf('---\ntitle: 常用字\n---\n\n## 一页\n\n- 要点\n'), { fallback: '', none: '' })).toEqual(
      [],
    );
  });
});
