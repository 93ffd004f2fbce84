// The Markdown of slides: CommonMark + tables, raw HTML and script links kept harmless, images collected.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/outline/index.ts';
import { blocksHtml, pointHtml } from '../../src/outline/html.ts';
import { lines, parse, rendered, talk } from './support.ts';

function blocksOf(source: string): Block[] {
  return parse(source).opening[0]!.pages[0]!.blocks;
}

function htmlOf(source: string): string {
  return blocksOf(source)
    .map((block) =>
      block.kind === 'points'
        ? block.points.map((point) => pointHtml(point.blocks)).join('')
        : blocksHtml(block.blocks),
    )
    .join('');
}

describe('markdown in slides', () => {
  it('shows raw HTML as text unless the front matter says `html: true`', () => {
    const body = ['## 页', '<script>alert(1)</script>', '', '正文 <b onclick="x()">粗</b>'];
    expect(htmlOf(talk(...body))).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>正文 &lt;b onclick=&quot;x()&quot;&gt;粗&lt;/b&gt;</p>\n',
    );
    expect(blocksOf(talk(...body))[0]).toMatchObject({ text: '<script>alert(1)</script>' });
    const withHtml = lines('---', 'title: 测试', 'html: true', '---', ...body);
    expect(htmlOf(withHtml)).toBe('<script>alert(1)</script>\n<p>正文 <b onclick="x()">粗</b></p>\n');
  });

  it('never makes `javascript:` and similar links clickable', () => {
    const html = htmlOf(
      talk(
        '## 页',
        '[点我](javascript:alert(1)) [再点](JAVASCRIPT:alert(1)) <javascript:alert(1)>',
        '[vb](vbscript:msgbox(1)) [file](file:///etc/passwd) [data](data:text/html;base64,PHNjcmlwdD4=)',
        '- [要点里](javascript:alert(1))',
        '',
        '[好链接](https://www.gov.cn)',
      ),
    );
    expect(html).not.toMatch(/href="(javascript|vbscript|file|data):/i);
    expect(html).toContain('[点我](javascript:alert(1))');
    expect(html).toContain('<a href="https://www.gov.cn">好链接</a>');
  });

  it('renders tables', () => {
    expect(rendered(blocksOf(talk('## 页', '| 方式 | 次数 |', '| --- | ---: |', '| 座谈 | 12 |')))).toEqual([
      {
        line: 5,
        column: 1,
        kind: 'markdown',
        html:
          '<table>\n<thead>\n<tr>\n<th>方式</th>\n<th style="text-align:right">次数</th>\n</tr>\n</thead>\n' +
          '<tbody>\n<tr>\n<td>座谈</td>\n<td style="text-align:right">12</td>\n</tr>\n</tbody>\n</table>\n',
        text: '方式\t次数\n座谈\t12',
        blocks: [
          {
            kind: 'table',
            head: [
              { inlines: [{ kind: 'text', text: '方式', line: 5 }] },
              { inlines: [{ kind: 'text', text: '次数', line: 5 }], align: 'right' },
            ],
            rows: [
              [
                { inlines: [{ kind: 'text', text: '座谈', line: 7 }] },
                { inlines: [{ kind: 'text', text: '12', line: 7 }], align: 'right' },
              ],
            ],
            line: 5,
          },
        ],
      },
    ]);
  });

  it('keeps `:::`, `---`, `#` and `Note:` inside a code fence as code', () => {
    const outline = parse(
      talk('## 页', '```markdown', '# 不是部分', '::: notes', '---', 'Note: 不是讲稿', '```', '后文'),
    );
    const [slide] = outline.opening;
    expect(outline.parts).toEqual([]);
    expect(slide!.pages).toHaveLength(1);
    expect(slide!.pages[0]!.notes).toBeUndefined();
    expect(slide!.pages[0]!.blocks).toMatchObject([
      { kind: 'markdown', line: 5, text: '# 不是部分\n::: notes\n---\nNote: 不是讲稿' },
      { kind: 'markdown', line: 11, text: '后文' },
    ]);
  });

  it('collects every image with its line and column: in text, tables, titles and notes', () => {
    const outline = parse(
      talk(
        '## 封面 ![徽标](images/logo.png)', //          4
        '调研现场：![现场](images/现场 1.jpg)', //      5  (a path with spaces, as Windows names screenshots)
        '座谈会 ![会](<images/座谈 会.jpg>) ![二](b.png)', // 6
        '', //                                          7
        '| 图 |', //                                    8
        '| --- |', //                                   9
        '| ![表](t.png) |', //                         10
        '', //                                         11
        '::: notes', //                                12
        '讲到这里看 ![图](notes.png)', //              13
        ':::', //                                      14
      ),
    );
    expect(outline.images).toEqual([
      { line: 4, column: 7, src: 'images/logo.png' },
      { line: 5, column: 6, src: 'images/现场 1.jpg' },
      { line: 6, column: 5, src: 'images/座谈 会.jpg' },
      { line: 6, column: 29, src: 'b.png' },
      { line: 10, column: 3, src: 't.png' },
      { line: 13, column: 7, src: 'notes.png' },
    ]);
  });

  it('reads CRLF and lone CR line ends, and a BOM, with the same lines and columns', () => {
    const unix = talk('## 页', '- 要点', '', '::: notes', '讲稿', ':::');
    const expected = parse(unix);
    expect(parse(unix.replaceAll('\n', '\r\n'))).toEqual(expected);
    expect(parse(unix.replaceAll('\n', '\r'))).toEqual(expected);
    expect(parse(`\uFEFF${unix.replaceAll('\n', '\r\n')}`)).toEqual(expected);
    expect(expected.opening[0]!.pages[0]!.notes).toMatchObject({ line: 7, column: 1, text: '讲稿' });
  });
});
