// Characters the bundled faces lack, named at the line they are first written on: a warning where the fallback
// face draws them, an error where no face has them.
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.ts';
import { planDeck } from '../../src/deck/index.ts';
import { glyphFindings, unplacedMarkFindings } from '../../src/check/glyphs.ts';
import { deckFindings } from '../../src/check/verdict.ts';
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

  it('names a letter whose marks nothing composes (ê̌, m̀) at its line, once; composable pinyin passes', () => {
    setLanguage('en');
    const deck = deckOf(
      [
        '---',
        'title: 拼音',
        '---',
        '',
        '## 声调',
        '',
        // typed with combining marks, all of which compose: ǎ, ǘ (u + U+0308 + U+0301), ế (e + U+0302 + U+0301), ǹ
        '- a\u030c u\u0308\u0301 e\u0302\u0301 n\u0300g',
        // ê + U+030C and m + U+0300: no such letters in Unicode
        '- e\u0302\u030c 和 m\u0300',
        '',
        '::: notes',
        '又读 e\u0302\u030c，以及 x\u0323\u0301',
        ':::',
        '',
      ].join('\n'),
    );
    const findings = unplacedMarkFindings(deck);
    expect(findings.map((f) => [f.severity, f.code, f.line])).toEqual([
      ['warning', 'unplaced-marks', 8],
      ['warning', 'unplaced-marks', 10],
    ]);
    expect(findings[0]!.message).toContain('\u00ea\u030c (U+00EA U+030C)');
    expect(findings[0]!.message).toContain('m\u0300 (U+006D U+0300)');
    expect(findings[1]!.message).toContain('x\u0323\u0301');
    expect(findings[1]!.message).not.toContain('\u00ea\u030c');
    // one verdict: check, deck and dev all make it (src/check/verdict.ts)
    expect(deckFindings(deck).filter((f) => f.code === 'unplaced-marks')).toEqual(findings);
    // Bopomofo's tone marks are placed by the faces' own positioning, and plain text has nothing to say
    expect(unplacedMarkFindings(deckOf('---\ntitle: 注音\n---\n\n## 一页\n\n- ㄇㄚ\u302a 要点 ǎ\n'))).toEqual([]);
  });
});
