// Lists in messages stay readable at any size: ten items in full, then how many more and how many in all, in both
// languages, for every kind of list and every message that lists.
import { describe, expect, it } from 'vitest';
import { firstOf, listItems, type ListKind } from '../../src/messages/list.ts';
import { sayIn, type Language } from '../../src/messages/index.ts';
import { displayWidth } from '../../src/messages/width.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => 3 * i + 1);
/** `n` characters of CJK Extension B as check names them: `𠀁 (U+20001)`. */
const rare = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const character = String.fromCodePoint(0x20000 + i);
    return `${character} (U+${(0x20000 + i).toString(16).toUpperCase()})`;
  });
const KINDS: ListKind[] = ['slides', 'lines', 'files', 'characters'];
const NOUN = { slides: '页', lines: '行', files: '个文件', characters: '个字' } as const;

describe('listItems', () => {
  it.each(KINDS)('lists 1 and 10 %s in full, in both languages', (kind) => {
    expect(listItems(kind, [4], { lang: 'en' })).toBe('4');
    expect(listItems(kind, [4], { lang: 'zh' })).toBe('4');
    expect(listItems(kind, numbers(10), { lang: 'en' })).toBe('1, 4, 7, 10, 13, 16, 19, 22, 25, 28');
    expect(listItems(kind, numbers(10), { lang: 'zh' })).toBe('1、4、7、10、13、16、19、22、25、28');
  });

  it.each(KINDS)('lists 11 %s as ten and one more', (kind) => {
    expect(listItems(kind, numbers(11), { lang: 'en' })).toBe(
      `1, 4, 7, 10, 13, 16, 19, 22, 25, 28 and 1 more ${kind.slice(0, -1)} (11 in all)`,
    );
    expect(listItems(kind, numbers(11), { lang: 'zh' })).toBe(
      `1、4、7、10、13、16、19、22、25、28 等 1 ${NOUN[kind]}（共 11 ${NOUN[kind]}）`,
    );
  });

  it.each(KINDS)('lists 1,000 %s as ten and how many more', (kind) => {
    expect(listItems(kind, numbers(1000), { lang: 'en' })).toBe(
      `1, 4, 7, 10, 13, 16, 19, 22, 25, 28 and 990 more ${kind} (1000 in all)`,
    );
    expect(listItems(kind, numbers(1000), { lang: 'zh' })).toBe(
      `1、4、7、10、13、16、19、22、25、28 等 990 ${NOUN[kind]}（共 1000 ${NOUN[kind]}）`,
    );
  });

  it('lists files one to a line, the count on a line of its own', () => {
    const files = Array.from({ length: 12 }, (_, i) => `dist/${i}.pdf`);
    const listed = listItems('files', files, { lang: 'en', separator: '\n  ' }).split('\n  ');
    expect(listed).toHaveLength(11);
    expect(listed.at(-1)).toBe('and 2 more files (12 in all)');
  });

  it('keeps the first items and counts the rest', () => {
    expect(firstOf(numbers(11))).toEqual({ shown: numbers(10), more: 1, total: 11 });
    expect(firstOf([])).toEqual({ shown: [], more: 0, total: 0 });
  });
});

/** Every message that lists slides or files, made from `n` items in `lang`. */
const LISTING: Record<string, (n: number, lang: Language) => string> = {
  fallbackGlyphs: (n, lang) => sayIn(lang, 'fallbackGlyphs', glyphList(n, lang)),
  noGlyphs: (n, lang) => sayIn(lang, 'noGlyphs', glyphList(n, lang)),
  pptxRareCharacters: (n, lang) =>
    sayIn(
      lang,
      'pptxRareCharacters',
      listItems(
        'characters',
        rare(n).map((name) => name.split(' ')[0]!),
        { lang, separator: '' },
      ),
    ),
  pptxImageLeftOut: (n, lang) =>
    sayIn(
      lang,
      'pptxImageLeftOut',
      listItems(
        'files',
        numbers(n).map((i) => `\`图片/第${i}张.heic\``),
        { lang },
      ),
      n > 1,
    ),
  needsBrowser: (n, lang) =>
    sayIn(
      lang,
      'needsBrowser',
      listItems(
        'files',
        numbers(n).map((i) => `讲义-${i}`),
        { lang },
      ),
    ),
  fileInUse: (n, lang) =>
    sayIn(
      lang,
      'fileInUse',
      n === 1
        ? 'dist/讲义.pdf'
        : `  ${listItems(
            'files',
            numbers(n).map((i) => `dist/发言-${i}.pdf`),
            { lang, separator: '\n  ' },
          )}`,
    ),
};

/** As check/glyphs.ts lists them: up to three with their code points, more as the characters alone. */
function glyphList(n: number, lang: Language): string {
  return listItems(
    'characters',
    rare(n).map((name) => (n > 3 ? name.split(' ')[0]! : name)),
    { lang },
  );
}

describe.each(Object.keys(LISTING))('the message %s', (key) => {
  it.each([1, 10, 11, 1000])('with %i items has no line wider than three 80-column lines, in both languages', (n) => {
    for (const lang of ['en', 'zh'] as const) {
      const text = LISTING[key]!(n, lang);
      for (const line of text.split('\n')) expect(displayWidth(line), `${lang}: ${line}`).toBeLessThanOrEqual(240);
      if (n > 10) expect(text).toContain(lang === 'zh' ? `（共 ${n} ` : `(${n} in all)`);
      else expect(text).not.toMatch(/in all|（共/);
    }
  });
});

describe('the handout type message', () => {
  it('offers fewer slides a page only while there can be fewer', () => {
    expect(sayIn('en', 'smallOnPaperFix', 2)).toContain('--per-page 2');
    expect(sayIn('zh', 'smallOnPaperFix', 2)).toContain('--per-page 2');
    expect(sayIn('en', 'smallOnPaperFix', 0)).not.toContain('--per-page');
    expect(sayIn('zh', 'smallOnPaperFix', 0)).not.toContain('--per-page');
  });
});
