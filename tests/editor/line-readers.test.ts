// The editor reads "the notes start here", "the notes end here" and "this is the front matter" line by line; the
// parser reads tokens. A table of lines (spaces before the marker, `:::notes`, `::: Notes`, a closing `:::`, front
// matters closed, unclosed, typed otherwise) must read the same in the editor's look, quick fixes, Enter and
// notes-to-points as in the parser.
import { describe, expect, it } from 'vitest';
import type { Token } from 'markdown-it';
import { parseBody } from '../../src/outline/body.ts';
import { readFrontMatter } from '../../src/outline/front-matter.ts';
import { markdownFor } from '../../src/outline/markdown.ts';
import { NOTES_CLOSE, NOTES_OPEN, NOTE_LINE } from '../../src/outline/notes.ts';
import { CONTINUATION } from '../../src/outline/continuation.ts';
import { closesContainer, frontMatterLines, opensNotes, startsNotes } from '../../src/outline/lines.ts';
import { lineLooks } from '../../src/editor/outline-highlight.ts';
import { bulletContinuation } from '../../src/editor/continue-list.ts';
import { addPoint } from '../../src/editor/points.ts';
import { quickFix } from '../../src/editor/quick-fixes.ts';

const FRONT = ['---', 'title: 讲话', '---', '', '# 部分', ''];

/** Whether the parser reads the block starting at body line `index` (0-based, in the whole file) as notes. */
function parsedAsNotes(lines: string[], index: number): boolean {
  const bodyStart = readFrontMatter(lines).bodyStart!;
  const body = parseBody(markdownFor(false), lines, bodyStart, { html: false, online: false });
  let container = false;
  let noteRun = false;
  for (const token of body.tokens as Token[]) {
    if (token.level === 0 && token.map && token.nesting !== -1 && token.map[0] + bodyStart === index)
      return container || noteRun;
    if (token.type === NOTES_OPEN && token.level === 0) container = true;
    else if (token.type === NOTES_CLOSE && token.level === 0) container = false;
    else if (token.type === NOTE_LINE) noteRun = true;
    else if (token.type === CONTINUATION || (token.type === 'heading_open' && /^h[12]$/.test(token.tag)))
      noteRun = false;
    // Blocks inside a container: the line asked about is inside it when it opens a nested block.
    if (token.level > 0 && token.map && token.nesting !== -1 && token.map[0] + bodyStart === index)
      return container || noteRun;
  }
  throw new Error(`no block at line ${index + 1}`);
}

/** A slide with text, then `line` above what is said; the notes (if they start) run to the end. Nothing above the
 *  line is a list: under a point, an indented `::: notes` is in the point (the parser reports it). */
function slideWith(line: string): { lines: string[]; said: number; listed: number; bullet: number } {
  const lines = [...FRONT, '## 一页', '', '正文', '', line, '', '说的话', '', '- 讲的话', '', '－ 讲的话'];
  return { lines, said: lines.indexOf('说的话'), listed: lines.indexOf('- 讲的话'), bullet: lines.length - 1 };
}

const OPENINGS: Array<[string, boolean]> = [
  ['::: notes', true],
  [':::notes', true],
  ['::: Notes', true],
  ['::: NOTES', true],
  ['::::  notes', true],
  ['::: notes closing', true],
  [' ::: notes', true],
  ['   ::: notes', true],
  ['    ::: notes', false],
  ['\t::: notes', false],
  [' \t::: notes', false],
  ['::: note', false],
  ['::: notes:', false],
  ['::: notesx', false],
  ['：：： notes', false],
  [':: notes', false],
  ['Note:', true],
  ['notes：', true],
  ['Notes: 开头的话', true],
  ['  Note:', true],
  ['    Note:', false],
  ['\tNote:', false],
  ['Notation: 不是', false],
];

describe('where the notes start: the editor reads a line as the parser does', () => {
  it.each(OPENINGS)('%j opens the notes: %s', (line, opens) => {
    const { lines, said, listed, bullet } = slideWith(line);
    expect(parsedAsNotes(lines, said)).toBe(opens);
    expect(startsNotes(line)).toBe(opens);
    // The look: what follows is shaded as notes.
    expect(lineLooks(lines)[said]?.kind === 'notes').toBe(opens);
    // Enter after a bullet in the notes is speech, left alone; on the slide it continues the list.
    expect(bulletContinuation(lines, bullet + 1)).toBe(opens ? undefined : '\n- ');
    // Notes to points: the point goes above the notes (after the heading, the slide having no list), or after the
    // list below the line where that is the slide's.
    const change = addPoint(lines, said + 1, '新要点')!;
    expect(change.from - 1).toBe(opens ? lines.indexOf('## 一页') + 1 : listed + 1);
  });

  it.each(OPENINGS.filter(([line]) => !/note:|notes[:：]/i.test(line)))(
    '%j is an unclosed `::: notes` to close: %s',
    (line, opens) => {
      const { lines } = slideWith(line);
      expect(opensNotes(line)).toBe(opens);
      const fix = quickFix(lines, lines.indexOf(line) + 1, ['title']);
      expect(fix !== undefined && /^:{3,}$/.test(fix.lines[0]!)).toBe(opens);
    },
  );
});

const CLOSINGS: Array<[string, boolean]> = [
  [':::', true],
  ['::: ', true],
  [':::\t', true],
  ['  :::', true],
  ['   :::', true],
  ['    :::', false],
  ['\t:::', false],
  ['::::', true],
  ['::', false],
  ['::: x', false],
  [':::x', false],
  ['：：：', false],
];

describe('where the notes end: the editor reads a closing line as the parser does', () => {
  it.each(CLOSINGS)('%j closes `::: notes`: %s', (line, closes) => {
    const lines = [...FRONT, '## 一页', '', '::: notes', '说的话', '', line, '', '再说', '', '－ 讲的话'];
    const after = lines.indexOf('再说');
    expect(parsedAsNotes(lines, after)).toBe(!closes);
    expect(closesContainer(line)).toBe(closes);
    expect(lineLooks(lines)[after]?.kind === 'notes').toBe(!closes);
    expect(bulletContinuation(lines, lines.length)).toBe(closes ? '\n- ' : undefined);
    // The quick fix for an unclosed `::: notes` is offered only where no line closes it.
    expect(quickFix(lines, lines.indexOf('::: notes') + 1, ['title']) === undefined).toBe(closes);
  });

  it('a longer opening needs as many colons to close', () => {
    const lines = [...FRONT, '## 一页', '', ':::: notes', '说的话', '', ':::', '', '再说'];
    expect(parsedAsNotes(lines, lines.indexOf('再说'))).toBe(true);
    expect(lineLooks(lines)[lines.indexOf('再说')]?.kind).toBe('notes');
    expect(quickFix(lines, lines.indexOf(':::: notes') + 1, ['title'])?.lines).toEqual(['::::']);
  });

  it('a `#`/`##` heading ends the notes, a `###` does not', () => {
    const lines = [
      ...FRONT,
      '## 一页',
      '',
      'Note:',
      '说的话',
      '',
      '### 小标题',
      '',
      '还在说',
      '',
      '## 二页',
      '',
      '正文',
    ];
    expect(parsedAsNotes(lines, lines.indexOf('还在说'))).toBe(true);
    expect(parsedAsNotes(lines, lines.indexOf('正文'))).toBe(false);
    const looks = lineLooks(lines);
    expect(looks[lines.indexOf('还在说')]?.kind).toBe('notes');
    expect(looks[lines.indexOf('正文')]).toBeUndefined();
  });
});

const FRONT_MATTERS: Array<[string, string[]]> = [
  ['closed', ['---', 'title: 讲话', '---', '', '## 一', '• 要点']],
  ['closed, spaces after the fences', ['---  ', 'title: 讲话', '---\t', '', '## 一', '• 要点']],
  ['after blank lines', ['', '', '---', 'title: 讲话', '---', '## 一', '• 要点']],
  ['closed by a fence typed otherwise', ['---', 'title: 讲话', '———', '## 一', '• 要点', '---', '• 又一页']],
  ['opened by an indented fence', ['  ---', 'title: 讲话', '---', '## 一', '• 要点']],
  ['unclosed', ['---', 'title: 讲话', '', '## 一', '• 要点']],
  ['missing', ['## 一', '• 要点', '---', '• 又一页']],
  ['only `--`', ['--', 'title: 讲话', '--', '## 一', '• 要点']],
];

describe('the front matter: the editor reads its lines as the parser does', () => {
  it.each(FRONT_MATTERS)('%s', (_name, lines) => {
    const parsed = readFrontMatter(lines);
    const read = frontMatterLines(lines);
    // The parser's reading: none (body from line 1), closed (body after its closing fence) or unclosed (no body).
    const parserFront =
      parsed.bodyStart === 0
        ? undefined
        : { first: parsed.at.line, last: parsed.bodyStart ?? lines.length, closed: parsed.bodyStart !== null };
    expect(read).toEqual(parserFront);
    const inFront = (index: number) => read !== undefined && index >= read.first - 1 && index <= read.last - 1;
    const looks = lineLooks(lines);
    lines.forEach((line, index) => {
      expect(looks[index]?.kind === 'front', `line ${index + 1}`).toBe(inFront(index));
      // Enter after a bullet: in the front matter it is not a point.
      if (line.startsWith('•')) expect(bulletContinuation(lines, index + 1)).toBe(inFront(index) ? undefined : '\n- ');
    });
  });

  it("a closing fence typed otherwise is fixed as the front matter's", () => {
    const lines = ['---', 'title: 讲话', '———', '## 一', '', '---', '正文'];
    expect(quickFix(lines, 3, ['title'])?.lines).toEqual(['---']);
    expect(quickFix(lines, 2, ['title'])).toBeUndefined();
  });
});
