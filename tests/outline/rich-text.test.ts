// The outline's rich-text tree renders to the very HTML markdown-it's renderer writes from the same tokens: for every
// outline the repository holds and for Markdown fast-check makes up (and shrinks, when it finds a difference).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/outline/body.ts';
import { blocksHtml, inlinesHtml, pointHtml } from '../../src/outline/html.ts';
import { markdownFor } from '../../src/outline/markdown.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { richBlocks, richInlines } from '../../src/outline/rich-text.ts';
import type { Inline, RichBlock } from '../../src/outline/types.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

/** markdown-it's HTML of a body and the tree's. The `:::` containers' own tags are left out of both (the tree
 *  keeps a container's content, the outline files it under notes). */
function bothWays(source: string, html: boolean): { markdownIt: string; tree: string } {
  const md = markdownFor(html);
  const body = parseBody(md, source.split('\n'), 0, { html, online: false });
  const tokens = body.tokens.filter((token) => !token.type.startsWith('container_'));
  return {
    markdownIt: md.renderer.render(tokens, md.options, body.env),
    tree: blocksHtml(richBlocks(tokens, md, 0)),
  };
}

/** The outline files in the repository: the sample, the test fixtures, the importer's reference outlines. */
function outlineFiles(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(path.join(REPO, folder), { withFileTypes: true })) {
      const relative = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.md')) found.push(relative);
    }
  };
  walk('slides');
  walk('tests');
  return found;
}

/** The body of an outline: what follows its front matter. */
function bodyOf(source: string): { body: string; html: boolean } {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
  return { body: front ? source.slice(front[0].length) : source, html: /^html:\s*true\s*$/m.test(front?.[1] ?? '') };
}

describe('the rich-text tree', () => {
  it.each(outlineFiles())('renders %s as markdown-it does', (file) => {
    const { body, html } = bodyOf(fs.readFileSync(path.join(REPO, file), 'utf8'));
    const { markdownIt, tree } = bothWays(body, html);
    expect(tree).toBe(markdownIt);
  });

  it('renders made-up Markdown as markdown-it does, with and without raw HTML', () => {
    fc.assert(
      fc.property(markdown(), fc.boolean(), (source, html) => {
        const { markdownIt, tree } = bothWays(source, html);
        expect(tree).toBe(markdownIt);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives each piece the line it starts on', () => {
    const md = markdownFor(false);
    const body = parseBody(md, ['', '- 第一\n  **第二**', '', '> 引文'].join('\n').split('\n'), 0, {
      html: false,
      online: false,
    });
    const [list, quote] = richBlocks(body.tokens, md, 0) as [
      Extract<RichBlock, { kind: 'list' }>,
      Extract<RichBlock, { kind: 'quote' }>,
    ];
    expect(list.line).toBe(2);
    const [paragraph] = list.items[0]!.blocks as [Extract<RichBlock, { kind: 'paragraph' }>];
    expect(paragraph.inlines.map((inline) => [inline.kind, inline.line])).toEqual([
      ['text', 2],
      ['break', 2],
      ['strong', 3],
    ]);
    expect(quote.line).toBe(5);
  });

  it('is what the outline carries: titles, points, quotes, other blocks and notes', () => {
    const outline = parseOutline(
      [
        '---',
        'title: 题目',
        '---',
        '## 提升**能力**<br>第二行',
        '- **政治上**：看得远',
        '  - 子要点',
        '',
        '> 名言',
        '',
        '| 甲 | 乙 |',
        '|:-|-:|',
        '| 1 | 2 |',
        '',
        'Note: 讲稿 *重点*',
      ].join('\n'),
      'a.md',
    );
    const slide = outline.opening[0]!;
    expect(slide.titleHtml).toBe(
      inlinesHtml(slide.titleInlines)
        .trim()
        .replace(/<br>\n/g, '<br>'),
    );
    expect(kinds(slide.titleInlines)).toEqual(['text', 'strong', 'break', 'text']);
    const [points, quote, table] = slide.pages[0]!.blocks;
    expect(points?.kind === 'points' && points.points[0]!.blocks[0]).toMatchObject({ kind: 'paragraph' });
    expect(points?.kind === 'points' && pointHtml(points.points[0]!.points[0]!.blocks)).toBe('子要点');
    expect(quote?.kind === 'quote' && quote.blocks).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: '名言', line: 8 }], line: 8 },
    ]);
    expect(table?.kind === 'markdown' && table.blocks[0]).toMatchObject({
      kind: 'table',
      head: [{ align: 'left' }, { align: 'right' }],
    });
    expect(slide.pages[0]!.notes?.blocks).toEqual([
      {
        kind: 'paragraph',
        line: 14,
        inlines: [
          { kind: 'text', text: '讲稿 ', line: 14 },
          { kind: 'em', children: [{ kind: 'text', text: '重点', line: 14 }], line: 14 },
        ],
      },
    ]);
  });

  it('reads inline runs alone, as titles are read', () => {
    const md = markdownFor(false);
    const [, inline] = md.parse('`代码` [链接](https://example.org "说明") ![图 *一*](a.png)', {}) as Token[];
    const inlines = richInlines(inline!.children, 7);
    expect(kinds(inlines)).toEqual(['code', 'text', 'link', 'text', 'image']);
    expect(inlines.at(-1)).toMatchObject({ kind: 'image', src: 'a.png', line: 7 });
  });
});

function kinds(inlines: Inline[]): string[] {
  return inlines.map((inline) => inline.kind);
}

/** Markdown stitched from the pieces of every syntax an outline's slide may hold, on lines of their own or not. */
function markdown(): fc.Arbitrary<string> {
  const words = fc.constantFrom('调查研究', '群众', 'text', 'a b', '１２', '“引号”', '，', '。');
  const inline = fc.oneof(
    words,
    fc.constantFrom(
      '**',
      '*',
      '_',
      '~~',
      '`',
      '\\',
      '&amp;',
      '&',
      '<',
      '>',
      '"',
      '<br>',
      '<b>粗</b>',
      '<span class="x">',
      '</span>',
      '[链接](https://example.org)',
      '[链接](a.md "说明")',
      '![图](a.png)',
      '![**图** `码`](b.png "题")',
      '![图](屏幕 截图.png)',
      '  \n',
      '\\\n',
      '<!-- 注 -->',
      '{.x}',
    ),
  );
  const line = fc.array(inline, { maxLength: 6 }).map((pieces) => pieces.join(''));
  const start = fc.constantFrom(
    '',
    '',
    '',
    '- ',
    '  - ',
    '    - ',
    '1. ',
    '3) ',
    '> ',
    '> - ',
    '>> ',
    '### ',
    '#### ',
    '    ',
    '\t',
    '  ',
  );
  const block = fc.constantFrom(
    '```js\nlet a = "<x>";\n```',
    '~~~\n代码\n~~~',
    '```\n未完',
    '| 甲 | 乙 |\n|:-|:-:|\n| 1 | **2** |',
    '| 甲 |\n|-|',
    '***',
    '___',
    '<div>\n块\n</div>',
    '<p>段</p>',
    '[ref]: https://example.org',
    '[ref]',
    'Note: 讲稿',
    '---',
  );
  const row = fc.oneof({ weight: 4, arbitrary: fc.tuple(start, line).map(([a, b]) => a + b) }, block, fc.constant(''));
  return fc.array(row, { maxLength: 14 }).map((rows) => rows.join('\n'));
}
