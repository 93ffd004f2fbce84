// The characters of an HTML page as textOfHtml (text.ts) reads them, found without parse5's tokenizer for HTML as
// speechdeck writes it: reading a 480-slide deck's page token by token cost 150–200 ms of every build. What a set of
// characters needs from the page is only which of its characters outside ASCII are read (every printable ASCII
// character is in every set, ALWAYS): all of them are, but for what a script or a style holds, and a character
// reference adds the character it stands for. So this finds the scripts' and styles' ends, the tags' ends (a `>` in a
// quoted attribute is no end) and the references, as the HTML standard's tokenizer does, and gives up (undefined) on
// anything where the two could read differently: a reference to a character outside ASCII, a tag written loosely, a
// duplicate attribute (the tokenizer drops the second), a doctype but `<!doctype html>`, a script that opens `<!--`,
// a NUL, a combining mark (a shaper composes it with the character before: text.ts), a tag cut off by the end.

/** Where the tokenizer reads a run of text without tags, by the element's name (raw-html.ts's CONTENT_STATE): its
 *  characters are read but for a script's and a style's; an RCDATA element's references are read as characters. */
const RUNS: Record<string, 'hidden' | 'raw' | 'references' | 'rest'> = {
  script: 'hidden',
  style: 'hidden',
  xmp: 'raw',
  iframe: 'raw',
  noembed: 'raw',
  noframes: 'raw',
  textarea: 'references',
  title: 'references',
  plaintext: 'rest',
};

const SPACE = '[\\t\\n\\f\\r ]';
/** A tag written plainly: a name, attributes each after white space, named plainly, with a value quoted or a plain
 *  unquoted one, then `>` or `/>`. Whatever this matches, the tokenizer reads as one tag that ends where this ends. */
const TAG = new RegExp(
  `</?([a-zA-Z][^\\t\\n\\f\\r />]*)((?:${SPACE}+[^\\t\\n\\f\\r />"'<=]+(?:${SPACE}*=${SPACE}*(?:"[^"]*"|'[^']*'|[^\\t\\n\\f\\r >"'<=\`]+))?)*)${SPACE}*/?>`,
  'y',
);
const ATTRIBUTE = new RegExp(
  `${SPACE}+([^\\t\\n\\f\\r />"'<=]+)(?:${SPACE}*=${SPACE}*(?:"[^"]*"|'[^']*'|[^\\t\\n\\f\\r >"'<=\`]+))?`,
  'g',
);
const DOCTYPE = new RegExp(`<!doctype${SPACE}+html${SPACE}*>`, 'iy');
/** The references whose character is printable ASCII (or the no-break space), as they are written. */
const PLAIN_REFERENCE = /&(?:amp|lt|gt|quot|apos|nbsp);|&#(?:([0-9]+)|[xX]([0-9a-fA-F]+));?/y;
/** What may follow `&` and start a reference; anything else leaves the `&` as it is. */
const REFERENCE_START = /[a-zA-Z0-9#]/;
/** A character after which a raw text element's end tag name ends. */
const NAME_END = /[\t\n\f\r />]/;

/** The page's characters outside ASCII as textOfHtml reads them (each once, in no order), or undefined where this
 *  cannot be sure of them. */
export function plainHtmlCharacters(html: string): string | undefined {
  if (html.includes('\0')) return undefined;
  const characters = new PageCharacters(html);
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) return characters.read(at, html.length, true) ? characters.found() : undefined;
    if (!characters.read(at, open, true)) return undefined;
    const next = html.charCodeAt(open + 1);
    if (next === 0x21 /* ! */) {
      const end = commentEnd(html, open);
      if (end !== undefined) {
        if (!characters.read(open, end, false)) return undefined;
        at = end;
        continue;
      }
      DOCTYPE.lastIndex = open;
      if (!DOCTYPE.test(html)) return undefined;
      at = DOCTYPE.lastIndex;
      continue;
    }
    // (`<?` opens a comment the tokenizer ends at the next `>`)
    if (next === 0x3f /* ? */) return undefined;
    const letter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a;
    if (!letter && next !== 0x2f /* / */) {
      // (a `<` that opens nothing is text)
      at = open + 1;
      continue;
    }
    TAG.lastIndex = open;
    const tag = TAG.exec(html);
    if (!tag) return undefined;
    // (by index: destructuring walks the match with the iterator protocol, slow before the loop is compiled)
    const written = tag[0];
    const name = tag[1]!;
    const attributes = tag[2]!;
    at = open + written.length;
    const read = characters.read(open, at, true);
    if (!read || (read === OUTSIDE_ASCII && attributes && !oneOfEach(attributes))) return undefined;
    const element = asciiLower(name);
    const run = letter ? RUNS[element] : undefined;
    if (run === 'rest') return characters.read(at, html.length, false) ? characters.found() : undefined;
    if (run) {
      const end = runEnd(html, at, element);
      if (run === 'hidden') {
        // (a script that opens `<!--` may hide its end tag from the tokenizer)
        if (element === 'script' && html.slice(at, end).includes('<!--')) return undefined;
      } else if (!characters.read(at, end, run === 'references')) return undefined;
      at = end;
    }
  }
  return characters.found();
}

/** What a run read held: nothing but ASCII, or characters outside it too (false where this gives up). */
const ASCII = 1;
const OUTSIDE_ASCII = 2;

/** The characters outside ASCII read so far, each once. */
class PageCharacters {
  private readonly seen = new Uint8Array(0x10000);
  private readonly codes: number[] = [];
  private readonly astral = new Set<number>();

  constructor(private readonly html: string) {}

  /** Reads the page from `from` to `to` (where the tokenizer reads `references` as characters, if so): false where a
   *  reference stands for a character outside ASCII, or a surrogate stands alone. */
  read(from: number, to: number, references: boolean): false | typeof ASCII | typeof OUTSIDE_ASCII {
    const { html, seen, codes } = this;
    let outside = false;
    for (let at = from; at < to; at++) {
      const code = html.charCodeAt(at);
      if (code < 0x80) {
        if (code === 0x26 /* & */ && references && !plainReference(html, at)) return false;
        continue;
      }
      outside = true;
      if (code >= 0xd800 && code <= 0xdfff) {
        const pair = html.codePointAt(at)!;
        if (pair <= 0xffff || at + 1 >= to) return false;
        this.astral.add(pair);
        at++;
      } else if (!seen[code]) {
        seen[code] = 1;
        codes.push(code);
      }
    }
    return outside ? OUTSIDE_ASCII : ASCII;
  }

  /** The characters found, or undefined where one is a combining mark (a shaper composes it with the character before
   *  it, which textOfHtml may have read differently: text.ts's shapedCharacters). */
  found(): string | undefined {
    let text = '';
    for (const code of this.codes) text += String.fromCharCode(code);
    for (const code of this.astral) text += String.fromCodePoint(code);
    return /\p{M}/u.test(text) ? undefined : text;
  }
}

/** The `&` at `at` leaves the text as it is, or starts a reference to a printable ASCII character or the no-break
 *  space (both in ALWAYS). */
function plainReference(html: string, at: number): boolean {
  if (!REFERENCE_START.test(html[at + 1] ?? '')) return true;
  PLAIN_REFERENCE.lastIndex = at;
  const reference = PLAIN_REFERENCE.exec(html);
  if (!reference) return false;
  const [, decimal, hex] = reference;
  if (decimal === undefined && hex === undefined) return true;
  const digits = decimal ?? hex!;
  const code = digits.length > 6 ? -1 : Number.parseInt(digits, decimal === undefined ? 16 : 10);
  return code >= 0x20 && code <= 0x7e;
}

/** No attribute of a tag is named twice (the tokenizer keeps the first and drops the other, value and all). */
function oneOfEach(attributes: string): boolean {
  const names = new Set<string>();
  for (const [, name] of attributes.matchAll(ATTRIBUTE)) {
    const lower = asciiLower(name!);
    if (names.has(lower)) return false;
    names.add(lower);
  }
  return true;
}

/** Where the comment opening at `open` (`<!--`) ends, as the tokenizer ends it; undefined where none opens there. */
function commentEnd(html: string, open: number): number | undefined {
  if (!html.startsWith('<!--', open)) return undefined;
  if (html.startsWith('<!-->', open)) return open + 5;
  if (html.startsWith('<!--->', open)) return open + 6;
  const ends = [html.indexOf('-->', open + 4), html.indexOf('--!>', open + 4)].filter((at) => at >= 0);
  if (!ends.length) return html.length;
  const end = Math.min(...ends);
  return end + (html.startsWith('-->', end) ? 3 : 4);
}

/** Where the run of a raw text element named `name`, from `from`, ends: at its end tag (`</name` and a space, `/` or
 *  `>`, in any case), or at the end of the page. */
function runEnd(html: string, from: number, name: string): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    const end = at + 2 + name.length;
    if (asciiLower(html.slice(at + 2, end)) === name && NAME_END.test(html[end] ?? '')) return at;
  }
  return html.length;
}

/** A name as the tokenizer reads it: ASCII letters in lower case, every other character as it is. */
function asciiLower(name: string): string {
  return /[A-Z]/.test(name) ? name.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : name;
}
