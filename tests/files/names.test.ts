// Output names: any text becomes a name Windows can hold, and only such names are accepted as they stand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_BASE_LENGTH,
  MAX_NAME_LENGTH,
  OUTPUT_SUFFIXES,
  nameForSending,
  nameProblem,
  safeBaseName,
} from '../../src/files/names.ts';

/** Text as hostile as a file name can get: the characters Windows refuses, controls, dots, spaces, device names,
 *  Chinese, astral characters, combining marks and halves of surrogate pairs. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...'\\/:*?"<>|. \t\n\u000b\u0008\u001b\u007f\u0085\u202e\u2028',
        'CON',
        'nul',
        'Com1',
        'LPT9',
        'aux',
        '..',
        '𠮷',
        '𪚥',
        'é',
        'ê̄',
        '\ud800',
        '\udc00',
      ),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.constantFrom('提升做好新时代群众工作的能力', '某某区委组织部', '张某某', 'talk', '-', '讲义'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** No half of a surrogate pair. */
const wellFormed = (text: string) =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

/** What Windows refuses in a name (see Naming Files, Paths, and Namespaces). */
function windowsRefuses(name: string): boolean {
  return (
    /[\\/:*?"<>|\u0000-\u001f]/.test(name) ||
    /[. ]$/.test(name) ||
    /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i.test(name.split('.')[0]!.trimEnd())
  );
}

describe('safeBaseName', () => {
  it('maps any text to a name every output of which Windows can hold, or to nothing', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const name = safeBaseName(text);
        if (name === '') return;
        expect(name).not.toBe('.');
        expect(name).not.toBe('..');
        for (const suffixes of Object.values(OUTPUT_SUFFIXES)) {
          for (const suffix of ['', ...Object.values(suffixes)]) {
            expect(windowsRefuses(name + suffix), JSON.stringify(name + suffix)).toBe(false);
            expect((name + suffix).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
          }
        }
        // never half a character
        expect(wellFormed(name)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves a safe name as it is, and a name it leaves as it is is one nameProblem accepts', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const name = safeBaseName(text);
        expect(safeBaseName(name)).toBe(name);
        expect(nameProblem(text) === undefined).toBe(safeBaseName(text) === text && text !== '');
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps Chinese titles and their own punctuation intact', () => {
    expect(safeBaseName('提升做好新时代群众工作的能力')).toBe('提升做好新时代群众工作的能力');
    expect(safeBaseName('坚持“两个结合”：理论与实践')).toBe('坚持“两个结合”：理论与实践');
    expect(safeBaseName('问答: 为什么? A/B <草稿> "终稿" | 2*3')).toBe('问答： 为什么？ A-B ＜草稿＞ ＂终稿＂ ｜ 2＊3');
  });

  it('drops control characters, turns line breaks into spaces, and trims dots and spaces at the ends', () => {
    expect(safeBaseName('第一行\n第二行')).toBe('第一行 第二行');
    expect(safeBaseName('a\u000bb\u0008c\u001b[2Jd')).toBe('a bc[2Jd');
    expect(safeBaseName('  发言. . ')).toBe('发言');
    expect(safeBaseName('..')).toBe('');
    expect(safeBaseName('.')).toBe('');
    expect(safeBaseName('')).toBe('');
    expect(safeBaseName('photo\u202egpj.exe')).toBe('photogpj.exe');
  });

  it('gives a reserved device name a mark, whatever its case and extension', () => {
    expect(safeBaseName('CON')).toBe('CON_');
    expect(safeBaseName('nul.tar')).toBe('nul_.tar');
    expect(safeBaseName('Com1')).toBe('Com1_');
    expect(safeBaseName('lpt9 .v2')).toBe('lpt9_.v2');
    expect(safeBaseName('CONFERENCE')).toBe('CONFERENCE');
    expect(safeBaseName('COM10')).toBe('COM10');
  });

  it('cuts a long title between characters, leaving room for the longest suffix', () => {
    const long = '群'.repeat(200);
    expect(safeBaseName(long)).toBe('群'.repeat(MAX_BASE_LENGTH));
    expect(`${safeBaseName(long)}-handout.pdf`.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    // an astral character counts two, as Windows counts it, and is never cut in half
    const astral = safeBaseName('𠮷'.repeat(100));
    expect(astral.length).toBe(MAX_BASE_LENGTH);
    expect(wellFormed(astral)).toBe(true);
    const odd = safeBaseName(`a${'𠮷'.repeat(100)}`);
    expect(odd).toBe(`a${'𠮷'.repeat((MAX_BASE_LENGTH - 2) / 2)}`);
    // a letter keeps its combining mark
    expect(safeBaseName(`${'a'.repeat(MAX_BASE_LENGTH - 1)}ê̄`)).toBe('a'.repeat(MAX_BASE_LENGTH - 1));
  });
});

describe('nameProblem', () => {
  it('says what is wrong with a name', () => {
    expect(nameProblem('')).toEqual({ kind: 'empty' });
    expect(nameProblem('.')).toEqual({ kind: 'dots' });
    expect(nameProblem('..')).toEqual({ kind: 'dots' });
    expect(nameProblem('a/b')).toEqual({ kind: 'character', character: '/' });
    expect(nameProblem('a\\b')).toEqual({ kind: 'character', character: '\\' });
    expect(nameProblem('a\u001bb')).toEqual({ kind: 'character', character: '\u001b' });
    expect(nameProblem('aux')).toEqual({ kind: 'reserved' });
    expect(nameProblem('talk.')).toEqual({ kind: 'ends' });
    expect(nameProblem('.hidden')).toEqual({ kind: 'ends' });
    expect(nameProblem('x'.repeat(MAX_BASE_LENGTH + 1))).toEqual({ kind: 'long', limit: MAX_BASE_LENGTH });
    expect(nameProblem('qunzhong')).toBeUndefined();
    expect(nameProblem('我的 发言 2025')).toBeUndefined();
  });
});

describe('nameForSending', () => {
  it('joins 单位-姓名-题目, skipping missing parts', () => {
    expect(nameForSending(['某某区委组织部', '张某某', '提升做好新时代群众工作的能力'])).toBe(
      '某某区委组织部-张某某-提升做好新时代群众工作的能力',
    );
    expect(nameForSending([undefined, '张某某', '题目'])).toBe('张某某-题目');
    expect(nameForSending(['  ', '...', '题目/副题'])).toBe('题目-副题');
    expect(nameForSending([undefined, undefined, undefined])).toBe('');
  });
});
