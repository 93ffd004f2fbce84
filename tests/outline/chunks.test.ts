// Parsing again piece by piece (the editor's keystrokes) gives the very outline a whole parse gives (the walk from
// tokens to slides reusing what it read of the unchanged pieces' blocks), and planning and rendering with the last
// plan's pages and sections the very plan and slides: for the outlines the repository holds, after any sequence of
// edits fast-check makes up (and shrinks, when it finds a difference).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyPieces } from '../../src/outline/chunks.ts';
import { OutlineError, ParseCache, parseOutline } from '../../src/outline/index.ts';
import type { Outline } from '../../src/outline/index.ts';
import { PlanCache, RenderCache, planDeck, renderSlideList } from '../../src/deck/index.ts';
import type { ImageRef } from '../../src/outline/types.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const OUTLINES = [
  'slides/qunzhong.md',
  'tests/outline/fixtures/diaocha-yanjiu.md',
  'tests/fixtures/layout/stress.md',
  'tests/fixtures/check/three-errors.md',
  'tests/fixtures/check/many.md',
  'tests/import/corpus/06-dushu.md',
];

/** A talk whose pages each have two `::: notes` blocks, a `Note:` run and closing notes: what is read of a page's
 *  notes is joined there, and must be the same for the unchanged pages when another changes. */
const NOTES_TWICE = 'notes twice';
function notesTwice(): string {
  const page = (n: number) => [
    `## 第${n}页`,
    '',
    `- 要点${n}`,
    '',
    '::: notes',
    `先说${n}。`,
    ':::',
    '',
    '::: notes',
    `再说${n}。`,
    ':::',
    '',
  ];
  return [
    '---',
    'title: 讲稿',
    '---',
    '',
    '# 第一部分',
    '',
    ...page(1),
    ...page(2),
    '## 第三页',
    '',
    'Note: 一句。',
    '',
    '::: notes',
    '又一句。',
    ':::',
    '',
    ...page(4),
    '::: notes closing',
    '谢谢。',
    ':::',
    '',
  ].join('\n');
}

/** The outline, or the problems that stop it, as plain data to compare. */
function parsed(text: string, cache?: ParseCache, imageUrl?: (image: ImageRef) => string | undefined): unknown {
  try {
    return parseOutline(text, 'talk.md', { ...(cache ? { cache } : {}), ...(imageUrl ? { imageUrl } : {}) });
  } catch (error) {
    if (error instanceof OutlineError) return { problems: error.problems };
    throw error;
  }
}

/** What an edit may insert: the syntax that decides where a piece may be cut, and plain typing. */
const INSERTS = [
  '字',
  '\n',
  '\n\n',
  '\n## 新的一页\n',
  '\n\n## 新的一页\n\n- 要点\n',
  '\n\n# 第三部分\n\n',
  '\n```\n',
  '~~~',
  '\n::: notes\n讲稿\n',
  '\n:::\n',
  '<!--',
  '-->',
  '\n[a]: http://example.com\n',
  '![](images/a.png)',
  '\n> 引用\n',
  '\n| a | b |\n|---|---|\n',
  '    ',
  '\n- ',
  'Note: ',
  '\n---\n',
  ' {.two}',
  '：',
  '<div>',
];

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 30 }),
  insert: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 4 })),
});

describe('parsing piece by piece', () => {
  it('cuts before a top-level # or ## heading after a blank line, and nowhere it is not certain', () => {
    const lines = [
      '## 一',
      '- 要点',
      '',
      '## 二',
      '```',
      '',
      '## 代码里',
      '```',
      '',
      '::: notes',
      '',
      '## 讲稿里',
      ':::',
      '',
      '# 部分',
      '## 紧跟',
      '<!--',
      '',
      '## 注释里',
      '-->',
      '',
      '## 三',
    ];
    expect(bodyPieces(lines, false).map((piece) => lines[piece.start])).toEqual(['## 一', '## 二', '# 部分', '## 三']);
    expect(bodyPieces([...lines, '[a]: http://x'], false)).toHaveLength(1);
    // a marker indented four columns is text: the notes and the fence stay open, so there is no cut after them
    expect(bodyPieces(['## 一', '', '::: notes', '说', '    :::', '', '# 部分', '', '## 二'], false)).toHaveLength(1);
    expect(bodyPieces(['## 一', '', '```', 'x', '    ```', '', '## 二'], false)).toHaveLength(1);
    expect(bodyPieces([...lines, '<p>'], true)).toHaveLength(1);
  });

  it.each([...OUTLINES, NOTES_TWICE])('gives %s as a whole parse does, after any edits', (file) => {
    const start = file === NOTES_TWICE ? notesTwice() : fs.readFileSync(path.join(REPO, file), 'utf8');
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const cache = new ParseCache();
        const plans = new PlanCache();
        const sections = new RenderCache();
        const same = (text: string) => {
          const outline = parsed(text, cache);
          expect(outline).toEqual(parsed(text));
          if ((outline as { problems?: unknown }).problems) return;
          const plan = planDeck(outline as Outline, plans);
          const whole = planDeck(outline as Outline);
          expect(plan).toEqual(whole);
          expect(renderSlideList(plan, sections)).toEqual(renderSlideList(whole));
        };
        let text = start;
        same(text);
        for (const { at, remove, insert } of edits) {
          const from = at % (text.length + 1);
          text = text.slice(0, from) + insert + text.slice(from + remove);
          same(text);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('reads again only the blocks of the piece a keystroke changed: the others are the very same', () => {
    const text = fs.readFileSync(path.join(REPO, 'slides/qunzhong.md'), 'utf8');
    const cache = new ParseCache();
    const before = parseOutline(text, 'talk.md', { cache });
    const slides = (outline: Outline) => outline.parts.flatMap((part) => part.slides);
    const first = slides(before)[0]!;
    const point = text.indexOf('\n- ', text.indexOf(`## ${first.title}`));
    const after = parseOutline(`${text.slice(0, point + 3)}字${text.slice(point + 3)}`, 'talk.md', { cache });
    const [changed, ...rest] = slides(after);
    expect(changed!.pages[0]!.blocks).not.toEqual(first.pages[0]!.blocks);
    expect(changed!.pages[0]!.blocks[0]).not.toBe(first.pages[0]!.blocks[0]);
    rest.forEach((slide, i) => {
      const was = slides(before)[i + 1]!;
      slide.pages.forEach((page, p) => {
        page.blocks.forEach((block, b) => expect(block).toBe(was.pages[p]!.blocks[b]));
        // the notes' blocks are the same; their list is each parse's own (a page's later notes are added to it)
        page.notes?.blocks.forEach((block, b) => expect(block).toBe(was.pages[p]!.notes!.blocks[b]));
      });
      expect(slide.titleInlines).toBe(was.titleInlines);
    });
    expect(rest.length).toBeGreaterThan(5);
  });

  it('asks for every picture again, and parses a piece again where a picture is answered otherwise', () => {
    const text = fs
      .readFileSync(path.join(REPO, 'slides/qunzhong.md'), 'utf8')
      .replace(/\n## /, '\n![图](images/a.png)\n\n## ');
    const cache = new ParseCache();
    const asked: string[] = [];
    let found = true;
    const imageUrl = (image: ImageRef) => {
      asked.push(image.src);
      return found ? `/project/${image.src}` : undefined;
    };
    const plain = (image: ImageRef) => (found ? `/project/${image.src}` : undefined);
    expect(parsed(text, cache, imageUrl)).toEqual(parsed(text, undefined, plain));
    asked.length = 0;
    found = false;
    const edited = text.replace('。', '。字');
    expect(parsed(edited, cache, imageUrl)).toEqual(parsed(edited, undefined, plain));
    expect(asked).toEqual(['images/a.png']);
    expect(JSON.stringify(parsed(edited, cache, imageUrl))).not.toContain('/project/images/a.png');
  });
});
