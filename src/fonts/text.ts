// The characters a deck's fonts must hold: every character of its text (slides, notes, the words the deck and the
// speaker view add), and those any deck may show whatever its outline says (digits, Latin letters, punctuation).

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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The characters of an HTML page or fragment: everything but its scripts and styles, entities decoded. Markup
 *  stays in: its names are ASCII, which every subset holds anyway, and titles and labels in attributes count too. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}
