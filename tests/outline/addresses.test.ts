// What an outline may make the deck load, wherever it names it: `![]()`, a slide's attributes, raw HTML. Nothing that
// runs code, nothing from the internet without `online: true`, every file recorded at its line for the build to check.
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.ts';
import type { ImageRef } from '../../src/outline/index.ts';
import { planDeck, renderSlides } from '../../src/deck/index.ts';
import { uncheckedLoads } from '../../src/outline/raw-html.ts';
import { lines, parse, problemsOf, talk } from './support.ts';

/** Where each problem is, and what it says (first sentence). */
function found(source: string): Array<[number | undefined, number | undefined, string]> {
  return problemsOf(source).map((p) => [p.line, p.column, p.message]);
}

/** An outline with its own front matter lines after the title (the first body line is file line 4 + settings). */
function talkWith(settings: string[], ...body: string[]): string {
  return lines('---', 'title: 测试', ...settings, '---', ...body);
}

describe('slide attributes that load something', () => {
  it('refuse a page behind the slide (`data-background-iframe`), which could run script, without `html: true`', () => {
    expect(found(talk('## 页 {data-background-iframe="javascript:alert(parent.document.title)"}'))).toEqual([
      [4, 7, '`data-background-iframe` shows a web page in the slide, and a page can run scripts'],
    ]);
    expect(found(talk('## 页 {data-background-iframe="data:text/html,<script>alert(1)</script>"}'))[0]![2]).toMatch(
      /shows a web page/,
    );
    expect(found(talk('## 页 {.x data-preview-link="http://127.0.0.1:9/"}'))[0]).toEqual([
      4,
      10,
      expect.stringMatching(/`data-preview-link` shows a web page/),
    ]);
  });

  it('refuse a script address even with `html: true`', () => {
    expect(found(talkWith(['html: true'], '## 页 {data-background-iframe="javascript:alert(1)"}'))).toEqual([
      [5, 7, '`javascript:` addresses run code and are never allowed in an outline'],
    ]);
    expect(found(talkWith(['html: true'], '## 页 {data-background-iframe=" java\tscript:x"}'))[0]![2]).toMatch(
      /`javascript:` addresses run code/,
    );
    expect(found(talkWith(['html: true'], '## 页 {data-background-iframe="data:text/html,x"}'))[0]![2]).toBe(
      '`data:` addresses are not allowed here',
    );
  });

  it('refuse a remote picture or video unless the front matter says `online: true`', () => {
    const source = (settings: string[]) =>
      talkWith(
        settings,
        '## 页 {data-background-image="https://example.org/a.png" data-background-video="v.mp4, http://x/v.webm"}',
      );
    expect(found(source([]))).toEqual([
      [4, 7, '`https://example.org/a.png` is on the internet, and the deck must work offline'],
      [4, 57, '`http://x/v.webm` is on the internet, and the deck must work offline'],
    ]);
    const online = parse(source(['online: true']));
    expect(online.opening[0]!.attributes.data).toEqual({
      'data-background-image': 'https://example.org/a.png',
      'data-background-video': 'v.mp4,http://x/v.webm',
    });
    expect(online.images).toEqual([
      { line: 5, column: 57, src: 'v.mp4', loads: 'video', via: 'data-background-video' },
    ]);
  });

  it('record every file they name, at the attribute, for the build to check and copy', () => {
    const outline = parseOutline(
      talk('## 页 {.dark data-background-image="images/背景 1.png" data-background="images/b.jpg"}'),
      'talk.md',
      {
        imageUrl: (image) => `./assets/${image.src.replace(/\W/g, '_')}`,
      },
    );
    expect(outline.images).toEqual([
      { line: 4, column: 13, src: 'images/背景 1.png', via: 'data-background-image' },
      { line: 4, column: 53, src: 'images/b.jpg', via: 'data-background' },
    ]);
    expect(outline.opening[0]!.attributes.data).toEqual({
      'data-background-image': './assets/images____1_png',
      'data-background': './assets/images_b_jpg',
    });
  });

  it('refuse CSS that loads a file, or hides what it loads behind an escape', () => {
    expect(found(talk('## 页 {data-background="url(http://x/y.png) no-repeat"}'))[0]![2]).toMatch(
      /`data-background` loads a file through CSS/,
    );
    expect(found(talk('## 页 {data-background-gradient="URL( \'a.png\' )"}'))[0]![2]).toMatch(
      /`data-background-gradient` loads a file through CSS/,
    );
    expect(found(talk('## 页 {data-background-gradient="image-set(\'a.png\' 1x)"}'))[0]![2]).toMatch(
      /loads a file through CSS/,
    );
    // Colours and gradients load nothing.
    expect(
      parse(talk('## 页 {data-background="#123456" data-background-gradient="linear-gradient(#fff, rgb(1 2 3))"}'))
        .images,
    ).toEqual([]);
  });

  it('refuse notes as an attribute, which the speaker view would show as HTML', () => {
    expect(found(talk('## 页 {data-notes="<img src=x onerror=alert(1)>"}'))).toEqual([
      [4, 7, '`data-notes` would put HTML into the speaker view'],
    ]);
  });

  it('refuse any other attribute whose value is a script or remote address', () => {
    expect(found(talk('## 页 {data-whatever="javascript:alert(1)" data-state="warm"}'))).toEqual([
      [4, 7, '`javascript:` addresses run code and are never allowed in an outline'],
    ]);
  });

  it('hide a slide with `data-visibility="hidden"`, but refuse it on a part', () => {
    const outline = parse(talk('# 部分', '## 页', '## 备用 {data-visibility=hidden}', '- 不讲'));
    expect(planDeck(outline).slides.map((slide) => slide.title)).toEqual([
      '测试',
      '部分',
      '页',
      '谢谢！敬请批评指正。',
    ]);
    expect(found(talk('# 部分 {data-visibility=hidden}', '## 页'))).toEqual([
      [4, 7, '`data-visibility="hidden"` hides one slide; a part cannot be hidden'],
    ]);
  });
});

describe('raw HTML that loads something (html: true)', () => {
  const html = (...body: string[]) => talkWith(['html: true'], '## 页', '', ...body);
  const filesOf = (source: string): ImageRef[] =>
    parseOutline(source, 'talk.md', { imageUrl: () => './assets/x.png' }).images;

  it('records every tag that loads a file, at its attribute, for the same check as `![]()`', () => {
    const images = filesOf(
      html(
        "<img src='../../../../etc/passwd'>",
        '',
        '<video poster="p.png"><source src="v.mp4"></video> <audio src="s.mp3"></audio>',
        '',
        '<svg><image href="i.png"/><use href="#shape"/></svg>',
        '',
        '<p>文字 <img src="b%20c.png"> 文字</p>',
      ),
    );
    expect(images).toEqual([
      { line: 7, column: 6, src: '../../../../etc/passwd', via: '<img src>' },
      { line: 9, column: 8, src: 'p.png', via: '<video poster>' },
      { line: 9, column: 31, src: 'v.mp4', loads: 'video', via: '<source src>' },
      { line: 9, column: 59, src: 's.mp3', loads: 'audio', via: '<audio src>' },
      // Written inline, `<image>` is read without its `<svg>` (an `img` to the parser), and still checked.
      { line: 11, column: 13, src: 'i.png', via: '<img href>' },
      { line: 13, column: 12, src: 'b c.png', via: '<img src>' },
    ]);
  });

  it('gives each file its address from the build, as the browser will read it', () => {
    const outline = parseOutline(html('<img alt="x" src="a.png" class=y>'), 'talk.md', {
      imageUrl: () => './assets/a-0123456789.png',
    });
    expect(renderSlides(planDeck(outline))).toContain('<img alt="x" src="./assets/a-0123456789.png" class=y>');
  });

  it('refuses remote, script and page addresses in any tag, entity-encoded or not', () => {
    expect(found(html('<iframe src="https://example.org/"></iframe>'))[0]![2]).toMatch(/is on the internet/);
    expect(found(html('<img src="&#106;avascript:alert(1)">'))[0]![2]).toMatch(/`javascript:` addresses run code/);
    expect(found(html('<object data="//evil/x"></object>'))[0]![2]).toMatch(/names another machine/);
    expect(found(html('<link rel="stylesheet" href="http://x/a.css">'))[0]![2]).toMatch(/is on the internet/);
    expect(found(html('<embed src="file:///etc/passwd">'))[0]![2]).toBe('`file:` addresses are not allowed here');
  });

  it('refuses what changes where things load from, or loads behind the check', () => {
    expect(found(html('<base href="http://x/">'))[0]![2]).toBe('`<base href>` is not accepted in an outline');
    expect(found(html('<meta http-equiv="refresh" content="0;url=http://x/">'))[0]![2]).toBe(
      '`<meta http-equiv>` is not accepted in an outline',
    );
    expect(found(html('<img srcset="a.png 1x, http://x/b.png 2x">'))[0]![2]).toBe(
      '`srcset` is not accepted in an outline',
    );
    expect(found(html('<iframe srcdoc="<img src=http://x>"></iframe>'))[0]![2]).toBe(
      '`srcdoc` is not accepted in an outline',
    );
    expect(found(html('<svg><image><set attributeName="href" to="http://x/a.png"/></image></svg>'))[0]![2]).toMatch(
      /attributeName="href"/,
    );
    expect(found(html('<div style="background: url(http://x/a.png)">字</div>'))).toEqual([
      [7, 6, expect.stringMatching(/`<div style>` loads a file through CSS/)],
    ]);
    expect(found(html('<div style="background: u\\72l(http://x/a.png)">字</div>'))[0]![2]).toMatch(
      /`<div style>` has a backslash escape in its CSS/,
    );
    expect(found(html('<style>', '@import "http://x/a.css";', '</style>'))[0]![2]).toMatch(
      /`<style>` loads a file through CSS/,
    );
  });
});

describe("raw HTML's lazy attributes, which reveal.js loads later (html: true)", () => {
  const html = (...body: string[]) => talkWith(['html: true'], '## 页', '', ...body);
  const filesOf = (source: string): ImageRef[] =>
    parseOutline(source, 'talk.md', { imageUrl: () => './assets/x.png' }).images;

  it('checks `data-src` like `src`, on every tag reveal.js loads lazily', () => {
    expect(found(html('<iframe data-src="file:///etc/passwd"></iframe>'))[0]![2]).toBe(
      '`file:` addresses are not allowed here',
    );
    expect(found(html('<img data-src="http://x/a.png">'))[0]![2]).toMatch(/is on the internet/);
    expect(found(html('<video data-src="//evil/v.mp4"></video>'))[0]![2]).toMatch(/names another machine/);
    expect(found(html('<audio><source data-src="javascript:alert(1)"></audio>'))[0]![2]).toMatch(
      /`javascript:` addresses run code/,
    );
    expect(filesOf(html('<img data-src="../../secret.png"> <iframe data-src="page.html"></iframe>'))).toEqual([
      { line: 7, column: 6, src: '../../secret.png', via: '<img data-src>' },
      { line: 7, column: 43, src: 'page.html', loads: 'page', via: '<iframe data-src>' },
    ]);
  });

  it('checks the backgrounds and previews of nested sections, each file of a list', () => {
    expect(found(html('<section data-background-image="http://x/a.png">字</section>'))[0]![2]).toMatch(
      /is on the internet/,
    );
    expect(found(html('<section data-background-video="v.mp4, file:///etc/passwd">字</section>'))[0]![2]).toBe(
      '`file:` addresses are not allowed here',
    );
    expect(found(html('<section data-background-iframe="file:///home/">字</section>'))[0]![2]).toBe(
      '`file:` addresses are not allowed here',
    );
    expect(found(html('<section data-background="http://x/a.jpg">字</section>'))[0]![2]).toMatch(/is on the internet/);
    expect(found(html('<section data-background-color="url(http://x/a.png)">字</section>'))[0]![2]).toMatch(
      /loads a file through CSS/,
    );
    expect(found(html('<a data-preview-image="http://x/a.png">看</a>'))[0]![2]).toMatch(/is on the internet/);
    expect(found(html('<a data-preview-link="file:///etc/">看</a>'))[0]![2]).toBe(
      '`file:` addresses are not allowed here',
    );
    expect(found(html('<a href="file:///etc/" data-preview-link>看</a>'))[0]![2]).toBe(
      '`file:` addresses are not allowed here',
    );
    expect(
      filesOf(html('<section data-background-image="a.png,b.png" data-preview-video="v.mp4">字</section>')).map(
        (file) => file.src,
      ),
    ).toEqual(['a.png', 'b.png', 'v.mp4']);
  });

  it('gives each file of a list its address from the build', () => {
    const outline = parseOutline(html('<section data-background-image="a.png, b.png">字</section>'), 'talk.md', {
      imageUrl: (image) => `./assets/${image.src}`,
    });
    expect(renderSlides(planDeck(outline))).toContain('data-background-image="./assets/a.png,./assets/b.png"');
  });

  it('finds them again in the second look at the whole deck', () => {
    const html =
      '<section data-line="4"><img data-src="http://x/a.png"><section data-background-iframe="file:///etc/">字</section></section>';
    expect(uncheckedLoads(html, () => false, false)).toEqual([
      { address: 'http://x/a.png', line: 4 },
      { address: 'file:///etc/', line: 4 },
    ]);
  });
});

describe('image paths as Windows users write them', () => {
  it('reads a path with spaces (a screenshot’s name) as an image', () => {
    const outline = parse(talk('## 页', '', '![图](屏幕截图 2026-05-01 101010.png)'));
    expect(outline.images).toEqual([{ line: 6, column: 1, src: '屏幕截图 2026-05-01 101010.png' }]);
    expect(renderSlides(planDeck(outline))).toContain(
      '<img src="%E5%B1%8F%E5%B9%95%E6%88%AA%E5%9B%BE%202026-05-01%20101010.png" alt="图">',
    );
  });

  it('refuses, at its line, an image Markdown would show as text, and says to use <…>', () => {
    expect(problemsOf(talk('## 页', '', '前文 ![图](my pic "标题" x)'))).toEqual([
      {
        line: 6,
        column: 4,
        message: '`![图](my pic "标题" x)` looks like an image, but Markdown shows it as text',
        hint: 'put a path with spaces in `<…>`: `![图](<my pic>)`.',
      },
    ]);
  });

  it('reads backslashes as folder separators, and refuses one Markdown would read as an escape', () => {
    expect(parse(talk('## 页', '', '![图](images\\图.png)')).images).toEqual([
      { line: 6, column: 1, src: 'images/图.png' },
    ]);
    expect(problemsOf(talk('## 页', '', '![图](images\\_草稿.png)'))).toEqual([
      {
        line: 6,
        column: 1,
        message:
          '`images\\_草稿.png`: a `\\` before a punctuation mark is read by Markdown as an escape, so this path is not what it seems',
        hint: 'write `/` instead of `\\`: `images/_草稿.png`.',
      },
    ]);
  });

  it('decodes a percent-encoded path as the file name it stands for', () => {
    expect(parse(talk('## 页', '', '![党徽](图%20片/党%20徽%20%231%25.png)')).images).toEqual([
      { line: 6, column: 1, src: '图 片/党 徽 #1%.png' },
    ]);
  });
});
