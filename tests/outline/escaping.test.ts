// What a user writes never becomes markup the deck runs: HTML is shown as text unless `html: true`, links with
// script schemes are not made, and slide attributes carry only classes and data-*.
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.ts';
import { planDeck, renderSlides } from '../../src/deck/index.ts';
import { deckDocument } from '../../src/deck/document.ts';
import { problemsOf, talk } from './support.ts';

function deckHtml(body: string, front = ''): string {
  return deckDocument(
    planDeck(parseOutline(`---\ntitle: 测试\n${front}---\n\n${body}`, 'talk.md')),
    '<script type="module" src="/client.js"></script>',
  );
}

function slidesHtml(body: string): string {
  return renderSlides(planDeck(parseOutline(`---\ntitle: 测试\n---\n\n${body}`, 'talk.md')));
}

describe('HTML in an outline', () => {
  it('is shown as text in titles, points, paragraphs and notes unless `html: true`', () => {
    const html = deckHtml(
      '## 标题<script>alert(1)</script>\n\n- <img src=x onerror=alert(1)>\n\n<div onclick="alert(1)">段落</div>\n\n::: notes\n<script>notes()</script>\n:::\n',
    );
    expect(html).not.toMatch(/<script>alert|<img src=x|<div onclick|<script>notes/);
    expect(html).toContain('标题&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;notes()&lt;/script&gt;');
  });

  it('is passed through when the front matter says `html: true`', () => {
    expect(deckHtml('## 页\n\n<div class="x">段落</div>\n', 'html: true\n')).toContain('<div class="x">段落</div>');
  });

  it('in the front matter is escaped everywhere the deck shows it, including the page title and JSON', () => {
    const plan = planDeck(
      parseOutline('---\ntitle: </script><script>alert(1)</script>\nspeaker: 张<b>某</b>\n---\n\n## 页\n', 'talk.md'),
    );
    const html = deckDocument(plan, '<script type="module" src="/client.js"></script>');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>某');
    expect(html).toContain('\\u003c/script>');
  });
});

describe('links and images', () => {
  it('are not made for javascript:, vbscript:, file: and data: links', () => {
    const html = slidesHtml(
      '## 页\n\n- [甲](javascript:alert(1)) [乙](JaVaScRiPt:alert(1)) [丙](vbscript:x) [丁](data:text/html,x) [戊](file:///etc/passwd)\n' +
        '- ![图](data:image/png;base64,AAAA)\n- [好](https://example.org)\n',
    );
    expect(html).not.toMatch(/href="(javascript|vbscript|data|file):/i);
    expect(html).toContain('<img src="data:image/png;base64,AAAA" alt="图">');
    expect(html).toContain('<a href="https://example.org">好</a>');
  });

  it('refuse an image whose address runs code, or is not a picture, at its line', () => {
    const problems = problemsOf(
      talk(
        '## 页',
        '',
        '![坏](data:text/html;base64,AAAA)',
        '![脚本](javascript:alert(1))',
        '![文件](file:///etc/passwd)',
      ),
    );
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [6, 1, '`data:` addresses are not allowed here'],
      [7, 1, '`javascript:` addresses run code and are never allowed in an outline'],
      [8, 1, '`file:` addresses are not allowed here'],
    ]);
  });
});

describe('slide attributes', () => {
  it('keep classes and data-*, drop ids, styles and event handlers, and escape values', () => {
    const html = slidesHtml('## 页 {.warm #top style="color:red" onclick="alert(1)" data-x="a&b<script>"}\n');
    expect(html).toMatch(/class="sd-slide sd-content [^"]*\bwarm"/);
    expect(html).toContain('data-x="a&amp;b&lt;script&gt;"');
    expect(html).not.toMatch(/onclick|style="color|id="top"/);
  });
});
