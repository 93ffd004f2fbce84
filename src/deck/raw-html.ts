// The writer's own HTML (`html: true`) cut into its tags and its text as the browser reads it: with parse5's tokenizer,
// the HTML standard's, so a `>` or `<` inside a quoted attribute, a comment, a CDATA section, an unclosed tag and what
// a script, a style or a textarea holds are what they are to the browser (a regular expression took the words of a
// comment for text and a script's `a < b` for a tag), and every character reference is read as the character it is.
import { Tokenizer, TokenizerMode } from 'parse5';

/** Markup, written as it is and never marked inside: a tag (`name` its name, lower case, `closes` for an end tag), or,
 *  named '', a comment, a doctype, a script's or style's content, or what the tokenizer left as no token at all. */
type RawTag = { tag: string; name: string; closes: boolean };
/** Text a reader sees: `raw` as written, `text` its characters, `starts[i]` where `text[i]` starts in `raw`. */
type RawText = { raw: string; text: string; starts: number[] };

/** Elements whose content the tree builder tells the tokenizer to read as one run (the HTML standard's "generic raw
 *  text" and "RCDATA" elements, and script; the tokenizer alone does not know them): nothing inside is a tag, and
 *  nothing inside may be marked. The fonts' characters (fonts/text.ts) read raw HTML by the same table. */
export const CONTENT_STATE: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

/** The HTML as pieces that, written one after the other, give it back exactly. */
export function rawPieces(html: string): Array<RawTag | RawText> {
  const pieces: Array<RawTag | RawText> = [];
  let at = 0;
  let inside: string | undefined;
  let foreign = 0;
  const markup = (to: number, name = '', closes = false) => {
    if (to > at || name) pieces.push({ tag: html.slice(at, to), name, closes });
    at = to;
  };
  /** What lies between the last token and this one (a CDATA section's opening, a tag cut off by the end) is markup. */
  const gap = (from: number) => {
    if (from > at) markup(from);
  };
  const text = (chars: string, from: number, to: number) => {
    gap(from);
    if (inside) return markup(to);
    const raw = html.slice(from, to);
    pieces.push({ raw, text: chars, starts: startsOf(raw, chars) });
    at = to;
  };
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag(token) {
        gap(token.location!.startOffset);
        markup(token.location!.endOffset, token.tagName);
        const state = CONTENT_STATE[token.tagName];
        if (state !== undefined && !token.selfClosing && foreign === 0) {
          tokenizer.state = state;
          inside = token.tagName;
        }
        if ((token.tagName === 'svg' || token.tagName === 'math') && !token.selfClosing) foreign++;
        tokenizer.inForeignNode = foreign > 0;
      },
      onEndTag(token) {
        gap(token.location!.startOffset);
        markup(token.location!.endOffset, token.tagName, true);
        inside = undefined;
        if ((token.tagName === 'svg' || token.tagName === 'math') && foreign > 0) foreign--;
        tokenizer.inForeignNode = foreign > 0;
      },
      onCharacter: (token) => text(token.chars, token.location!.startOffset, token.location!.endOffset),
      onWhitespaceCharacter: (token) => text(token.chars, token.location!.startOffset, token.location!.endOffset),
      onNullCharacter: (token) => {
        gap(token.location!.startOffset);
        markup(token.location!.endOffset);
      },
      onComment: (token) => {
        gap(token.location!.startOffset);
        markup(token.location!.endOffset);
      },
      onDoctype: (token) => {
        gap(token.location!.startOffset);
        markup(token.location!.endOffset);
      },
      onEof() {},
    },
  );
  tokenizer.write(html, true);
  markup(html.length);
  return pieces;
}

/** The words the HTML shows, a `<br>` a line break. */
export function rawPlainText(html: string): string {
  let text = '';
  for (const piece of rawPieces(html)) {
    if ('text' in piece) text += piece.text;
    else if (piece.name === 'br' && !piece.closes) text += '\n';
  }
  return text;
}

/** Where each character of `text` starts in `raw`, the text it was read from: a character reference's characters
 *  all start at its `&`. */
function startsOf(raw: string, text: string): number[] {
  const starts: number[] = [];
  if (raw === text) {
    for (let i = 0; i < raw.length; i++) starts.push(i);
    return starts;
  }
  let i = 0;
  while (i < raw.length && starts.length < text.length) {
    const reference = raw[i] === '&' ? referenceAt(raw, i) : undefined;
    if (reference) {
      for (let k = 0; k < reference.chars.length; k++) starts.push(i);
      i += reference.length;
    } else starts.push(i++);
  }
  while (starts.length < text.length) starts.push(raw.length);
  return starts;
}

/** The character reference at `raw[at]` (an `&`): how long it is and what it reads as. A reference never holds a
 *  second `&`, and what follows it is read apart, so the shortest start of the text up to the next `&` that reads as
 *  the whole of it with the rest as written is the reference. */
function referenceAt(raw: string, at: number): { length: number; chars: string } | undefined {
  const next = raw.indexOf('&', at + 1);
  const part = raw.slice(at, next === -1 ? raw.length : next);
  const whole = decoded(part);
  if (whole === part) return undefined;
  for (let length = 2; length <= part.length; length++) {
    const chars = decoded(part.slice(0, length));
    if (chars !== part.slice(0, length) && chars + part.slice(length) === whole) return { length, chars };
  }
  return undefined;
}

/** Text as the tokenizer reads it between tags. */
function decoded(text: string): string {
  let out = '';
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag() {},
      onEndTag() {},
      onCharacter: (token) => {
        out += token.chars;
      },
      onWhitespaceCharacter: (token) => {
        out += token.chars;
      },
      onNullCharacter() {},
      onComment() {},
      onDoctype() {},
      onEof() {},
    },
  );
  tokenizer.write(text, true);
  return out;
}
