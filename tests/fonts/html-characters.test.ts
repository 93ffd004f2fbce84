// The page's characters found without the tokenizer: the same set as textOfHtml's, or none at all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainHtmlCharacters } from '../../src/fonts/html-characters.ts';
import { characterSet, charactersOfHtml, textOfHtml } from '../../src/fonts/text.ts';
import { deckDocument } from '../../src/deck/document.ts';
import { loadDeckText } from '../../src/load/index.ts';

const SAMPLE = path.resolve(import.meta.dirname, '../../slides/qunzhong.md');

/** What each way reads, as the set of characters a subset is cut to. */
const both = (html: string) => ({
  tokenizer: characterSet([textOfHtml(html)]),
  plain: plainHtmlCharacters(html) === undefined ? undefined : characterSet([plainHtmlCharacters(html)!]),
});

describe("a page's characters found without the tokenizer", () => {
  it('are read from a deck speechdeck writes (no fall back to the tokenizer), the same as the tokenizer reads them', async () => {
    const deck = await loadDeckText(SAMPLE, readFileSync(SAMPLE, 'utf8'));
    const page = deckDocument(deck.plan, '', deck.slidesHtml);
    const { tokenizer, plain } = both(page);
    expect(plain).toBe(tokenizer);
    expect(characterSet([charactersOfHtml(page)])).toBe(tokenizer);
  });

  it.each([
    [
      'a script and a style, however their end tags are written',
      '<script>"脚本"</SCRIPT >正文<style>.样式{}</style\n>尾',
    ],
    ['a `>` in a quoted attribute', '<p title="甲>乙" data-x=\'丙>丁\'>戊</p>'],
    [
      'a title and a textarea (their tags are text)',
      '<title><script>标题</script></title><textarea><b>文本</b></textarea>',
    ],
    ['comments, the short ones too', '<!---->甲<!-->乙<!--->丙<!-- <script> 丁 --!>戊<!-- 己'],
    ['a `<` that opens nothing', '甲 < 乙 <3 丙<'],
    ['an end tag with attributes', '<p>甲</p title="乙">'],
    ['a doctype', '<!DOCTYPE html>甲'],
    ['references to ASCII', '&amp;甲&#39;&#x27;&lt;<p title="&quot;乙&quot;">'],
    ['a raw text element never closed', '<xmp>甲<b>乙'],
    ['plaintext', '<plaintext>甲</plaintext>乙'],
  ])('read %s as the tokenizer does', (_, html) => {
    const { tokenizer, plain } = both(html);
    expect(plain).toBe(tokenizer);
  });

  it.each([
    ['a reference to a character outside ASCII', '&copy;&#x6BD6;'],
    ['a duplicate attribute holding other characters', '<p title="甲" TITLE="乙">'],
    ['a script that opens a comment', '<script><!--<script>"甲"</script>乙</script>丙'],
    ['a tag cut off by the end', '甲<p title="乙'],
    ['a doctype with more', '<!DOCTYPE html PUBLIC "甲">'],
    ['`<?`', '<?xml 甲 <script> ?>乙'],
    ['a combining mark', 'u\u0308'],
    ['a NUL', '<p title="\0">'],
  ])('leave %s to the tokenizer', (_, html) => {
    expect(plainHtmlCharacters(html)).toBeUndefined();
    expect(characterSet([charactersOfHtml(html)])).toBe(characterSet([textOfHtml(html)]));
  });

  it('never read a set other than the tokenizer, whatever the HTML', () => {
    const piece = fc.constantFrom(
      ...['<', '>', '/', '=', '"', "'", ' ', '\n', '\r', '!', '-', '?', '&', ';', '#', 'x', '3', '9', 'a', 'A'],
      ...['甲', '乙', '©', '€', '\u0301', '\0', '\u{1F600}'],
      ...['<script>', '</script>', '<SCRIPT ', '<style>', '</style>', '<title>', '</title>', '<textarea>', '<xmp>'],
      ...[
        '<plaintext>',
        '<!--',
        '-->',
        '--!>',
        '<!doctype html>',
        '<!DOCTYPE',
        '<![CDATA[',
        ']]>',
        '<p',
        '</p',
        '<br/>',
      ],
      ...[
        ' title="甲"',
        " title='乙'",
        ' title=丙',
        ' TITLE="丁"',
        ' data-a=1',
        '&amp;',
        '&copy;',
        '&#x4e2d;',
        '&#39;',
      ],
      ...['&#128;', '&#0;', '&nbsp;', '&notin;', '&not', '&#x', '&#'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join('');
        const { tokenizer, plain } = both(html);
        if (plain !== undefined) expect(plain).toBe(tokenizer);
      }),
      { numRuns: 5000 },
    );
  });
});
