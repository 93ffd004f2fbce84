// Parsing an outline again after a small change (the editor, at each keystroke): the body is cut into pieces where a
// `#`/`##` heading starts at the top level after a blank line, where no earlier block can run on into it, and a piece
// whose text and place are unchanged reuses its tokens. What the full parse would give, only sooner; where the cut is
// not certain (link definitions, raw HTML, an open fence, `:::` block or comment) there is one piece.
import type { MarkdownIt, Token } from 'markdown-it';
import type { OutlineEnv } from './resources.ts';
import { containerMarker } from './lines.ts';
import type { ImageRef, Problem } from './types.ts';

/** A piece of the body: lines [start, end) counted from the body's first line. */
interface Piece {
  start: number;
  end: number;
}

/** What parsing one piece gave: its tokens, and what the parse found on the way (each file with the address the
 *  caller gave it, the problems). */
interface PieceParse {
  tokens: Token[];
  files: Array<{ image: ImageRef; url: string | undefined }>;
  problems: Problem[];
}

/** The pieces of the last parse, for the next one; kept by whoever parses the same outline again and again. */
export class ParseCache {
  /** By what changes how a body reads (`html`, `online`, where the body starts), then by a piece's place and text. */
  private readonly stores = new Map<string, Map<string, PieceParse>>();
  /** What the walk from tokens to slides made of a block, by its first token (and its last, checked): a piece reused
   *  brings back its very tokens, so its blocks, headings and notes are not read again either. A token belongs to
   *  one piece of one parse with these settings; it goes when the piece does. */
  private readonly read = new WeakMap<Token, { last: Token; kind: string; value: unknown }>();

  /** `make()`'s value for the block of tokens `first`…`last`, made once while those tokens live; `kind` tells apart
   *  the different things made of one block (a heading, the notes inside a container). */
  reused<T>(kind: string, first: Token, last: Token, make: () => T): T {
    const known = this.read.get(first);
    if (known && known.last === last && known.kind === kind) return known.value as T;
    const value = make();
    this.read.set(first, { last, kind, value });
    return value;
  }

  store(settings: string): Map<string, PieceParse> {
    let store = this.stores.get(settings);
    if (!store) {
      this.stores.clear();
      store = new Map();
      this.stores.set(settings, store);
    }
    return store;
  }
}

const HEADING = /^#{1,2}(?=[ \t]|$)/;
// A fence or `:::` marker indented four columns or more is not one (CommonMark; markdown-it-container checks the same,
// lines.ts): `    :::` leaves the notes open, and a cut after it would close them where the whole parse does not.
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const REFERENCE = /^ {0,3}\[[^\]]+\]:/;
const COMMENT_OPEN = /^[ \t]*<!--/;
const BLANK = /^[ \t]*$/;

/** Where the body may be cut: before a `#`/`##` heading at the top level that follows a blank line. */
export function bodyPieces(body: readonly string[], html: boolean): Piece[] {
  const whole = [{ start: 0, end: body.length }];
  if (body.some((line) => REFERENCE.test(line) || (html && /^[ \t]*</.test(line)))) return whole;
  const pieces: Piece[] = [];
  let start = 0;
  let fence: { mark: string } | undefined;
  let containers = 0;
  let comment = false;
  body.forEach((line, index) => {
    if (comment) {
      if (line.includes('-->')) comment = false;
      return;
    }
    const fenceLine = FENCE.exec(line);
    if (fence) {
      const mark = fenceLine?.[1];
      if (mark && mark[0] === fence.mark[0] && mark.length >= fence.mark.length && BLANK.test(fenceLine[2] ?? ''))
        fence = undefined;
      return;
    }
    if (fenceLine) {
      fence = { mark: fenceLine[1]! };
      return;
    }
    if (COMMENT_OPEN.test(line)) {
      comment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
      return;
    }
    const container = containerMarker(line);
    if (container) {
      containers = BLANK.test(container.words) ? Math.max(0, containers - 1) : containers + 1;
      return;
    }
    if (index > start && containers === 0 && HEADING.test(line) && BLANK.test(body[index - 1]!)) {
      pieces.push({ start, end: index });
      start = index;
    }
  });
  pieces.push({ start, end: body.length });
  return pieces;
}

/**
 * markdown-it's tokens of the body (lines from `env.offset` on), as `md.parse` of the whole body gives them, with the
 * files and problems the parse finds in `env`; the pieces unchanged since the last parse through `cache` are not
 * parsed again (their files are given to the caller's `imageUrl` again, in order).
 */
export function parsePieces(md: MarkdownIt, env: OutlineEnv, cache: ParseCache): Token[] {
  const body = env.lines.slice(env.offset);
  const pieces = bodyPieces(body, env.html);
  const store = cache.store(`${env.html}/${env.online}/${env.offset}`);
  const keys = pieces.map((piece) => `${piece.start}\n${body.slice(piece.start, piece.end).join('\n')}`);
  const missing = keys.filter((key) => !store.has(key)).length;
  const next = new Map<string, PieceParse>();
  const tokens: Token[] = [];
  if (missing > Math.max(2, pieces.length / 4)) {
    // Much is new (the first parse, a paste): one parse of the whole, shared out to the pieces for next time.
    const whole = parseWith(md, env, body.join('\n'), 0);
    const at = (line: number) => {
      let index = pieces.findIndex((piece) => line < piece.end);
      if (index < 0) index = pieces.length - 1;
      return index;
    };
    const shares = pieces.map((): PieceParse => ({ tokens: [], files: [], problems: [] }));
    let current = 0;
    for (const token of whole.tokens) {
      if (token.level === 0 && token.map) current = at(token.map[0]);
      shares[current]!.tokens.push(token);
    }
    for (const file of whole.files) shares[at(file.image.line - 1 - env.offset)]!.files.push(file);
    for (const problem of whole.problems) shares[at((problem.line ?? 1) - 1 - env.offset)]!.problems.push(problem);
    shares.forEach((share, index) => next.set(keys[index]!, share));
    tokens.push(...whole.tokens);
    for (const { image } of whole.files) env.images.push(image);
    env.problems.push(...whole.problems);
  } else {
    pieces.forEach((piece, index) => {
      const key = keys[index]!;
      let parse = store.get(key);
      if (parse) {
        // The caller learns of each file again (it may have changed on disk); where one's address is not the same,
        // the piece is parsed again with the addresses just given.
        const urls = parse.files.map(({ image }) => env.imageUrl?.(image));
        if (urls.some((url, i) => url !== parse!.files[i]!.url)) {
          const text = body.slice(piece.start, piece.end).join('\n');
          parse = parseWith(md, { ...env, imageUrl: answering(urls, env.imageUrl) }, text, piece.start);
        }
      } else parse = parseWith(md, env, body.slice(piece.start, piece.end).join('\n'), piece.start);
      next.set(key, parse);
      tokens.push(...parse.tokens);
      for (const { image } of parse.files) env.images.push(image);
      env.problems.push(...parse.problems);
    });
  }
  store.clear();
  for (const [key, parse] of next) store.set(key, parse);
  return tokens;
}

/** Parses `text`, which starts `start` lines into the body: blank lines before it keep every token's line as in the
 *  whole body's parse. What the parse finds goes to a fresh list, returned. */
function parseWith(md: MarkdownIt, env: OutlineEnv, text: string, start: number): PieceParse {
  const files: PieceParse['files'] = [];
  const own: OutlineEnv = {
    ...env,
    images: [],
    problems: [],
    imageUrl: (image) => {
      const url = env.imageUrl?.(image);
      files.push({ image, url });
      return url;
    },
  };
  const tokens = md.parse('\n'.repeat(start) + text, own);
  return { tokens, files, problems: own.problems };
}

/** Answers with the addresses already given, in order (the caller is not asked twice); then asks the caller. */
function answering(
  urls: Array<string | undefined>,
  ask: OutlineEnv['imageUrl'],
): (image: ImageRef) => string | undefined {
  let next = 0;
  return (image) => (next < urls.length ? urls[next++] : ask?.(image));
}
