// The characters a deck's fonts must hold: every character of its text (slides, notes, the words the deck and the
// speaker view add), and those any deck may show whatever its outline says (digits, Latin letters, punctuation).
import { type Token, Tokenizer } from 'parse5';
import { CONTENT_STATE } from '../deck/raw-html.ts';
import { plainHtmlCharacters } from './html-characters.ts';

/** Printable ASCII (digits, Latin letters, the clock's colon) and the punctuation and symbols of Chinese text. */
export const ALWAYS = `${String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 0x20 + i))}\u00a0·×÷—‘’“”…‰※、。〈〉《》「」『』【】〔〕〖〗〜！（），－．／：；？［］～￥`;

/** A text's characters as a shaper (HarfBuzz, in every browser) asks a font for them. A letter followed by combining
 *  marks (pinyin typed as a + U+030C, u + U+0308 + U+0301) is drawn as its composed letter when the font has it,
 *  composed one mark at a time (ü, then ǘ): those letters are asked for, and a mark is asked for only where no
 *  composed letter takes it in (ê + U+0304 has none). The faces' files place few marks by GPOS, and a mark missing
 *  from a face would be taken from the fallback face, which cannot compose with the letter. */
function shapedCharacters(text: string): string {
  if (!/\p{M}/u.test(text)) return text;
  const letters: string[] = [text.replace(/\p{M}/gu, ''), text.normalize('NFC')];
  for (const [cluster] of text.normalize('NFD').matchAll(/\P{M}\p{M}+/gu)) {
    const [base, ...marks] = [...cluster];
    for (let count = 1; count < marks.length; count++)
      letters.push(`${base}${marks.slice(0, count).join('')}`.normalize('NFC'));
  }
  return letters.join('');
}

/** The distinct characters of these texts and of ALWAYS, in code point order: what a subset is made for (and
 *  keyed by, so texts with the same characters share one subset). Line breaks and other controls are left out. */
export function characterSet(texts: Iterable<string>): string {
  const codes = new Set<number>();
  for (const text of [ALWAYS, ...texts]) {
    for (const char of shapedCharacters(text)) {
      const code = char.codePointAt(0)!;
      if (code >= 0x20 && !(code >= 0x7f && code < 0xa0)) codes.add(code);
    }
  }
  return String.fromCodePoint(...[...codes].sort((a, b) => a - b));
}

/** The characters of an HTML page or fragment, for characterSet: textOfHtml's, found without the tokenizer where the
 *  page is written as speechdeck writes it (html-characters.ts). */
export function charactersOfHtml(html: string): string {
  return plainHtmlCharacters(html) ?? textOfHtml(html);
}

/** The characters of an HTML page or fragment: its text, attribute values, tag and attribute names and comments,
 *  everything but what its scripts and styles hold. Read with parse5's tokenizer (the HTML standard's, as the browser
 *  reads the page), so every character reference is read as the character it shows (`&copy;` is ©) and a `<` in a
 *  script is never taken for a tag. A tag stands between the texts on either side of it as a space, as the browser
 *  shapes text in different elements apart. */
export function textOfHtml(html: string): string {
  if (!/[<&]/.test(html)) return html;
  let text = '';
  let hidden = false;
  const tag = (token: Token.TagToken) => {
    text += ` ${token.tagName}`;
    for (const attribute of token.attrs) text += ` ${attribute.name} ${attribute.value}`;
    text += ' ';
  };
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag(token) {
        tag(token);
        const state = CONTENT_STATE[token.tagName];
        if (state !== undefined) {
          tokenizer.state = state;
          hidden = token.tagName === 'script' || token.tagName === 'style';
        }
      },
      onEndTag(token) {
        hidden = false;
        tag(token);
      },
      onCharacter(token) {
        if (!hidden) text += token.chars;
      },
      onWhitespaceCharacter(token) {
        if (!hidden) text += token.chars;
      },
      onNullCharacter() {},
      onComment(token) {
        text += ` ${token.data} `;
      },
      onDoctype(token) {
        text += ` ${token.name ?? ''} `;
      },
      onEof() {},
    },
  );
  tokenizer.write(html, true);
  return text;
}
