// The writer's own HTML read as the browser reads it: the line breaker marks only text a reader sees, and never
// inside a comment, a quoted attribute, a script or a style (a regular expression cut all of these wrong).
import { describe, expect, it } from 'vitest';
import { rawPieces, rawPlainText } from '../../src/deck/raw-html.ts';
import { phrasedPieces } from '../../src/deck/phrases.ts';

const words = (html: string) =>
  rawPieces(html)
    .flatMap((piece) => ('text' in piece ? [piece.text] : []))
    .join('');

describe('raw HTML as the browser reads it', () => {
  it('gives back the HTML exactly, piece after piece, however broken', () => {
    for (const html of [
      '<b>未闭合',
      '<abc',
      'a<b',
      '<!-- 没关',
      '<span title="a>b">提示</span>',
      '&notit;&copy',
      '<![CDATA[ x ]]>',
    ]) {
      expect(
        rawPieces(html)
          .map((piece) => ('text' in piece ? piece.raw : piece.tag))
          .join(''),
      ).toBe(html);
    }
  });

  it('reads no words in comments, scripts, styles or attributes, and a `>` in quotes ends no tag', () => {
    expect(words('<!-- 注释 <b>不显示</b> -->正文')).toBe('正文');
    expect(words('<script>if (a < b) { "脚本" }</script>尾')).toBe('尾');
    expect(words('<style>.x::before { content: "<样式>"; }</style>尾')).toBe('尾');
    expect(words('<span title="a>b 提示">词</span>')).toBe('词');
    expect(words("<span title='<i>'>单引号</span>")).toBe('单引号');
  });

  it('reads character references as the browser does, with or without their semicolon', () => {
    expect(words('&yen;300&nbsp;元 &#x4e2d;&#22269; &copy 2026 &notit;')).toBe('¥300\u00a0元 中国 © 2026 ¬it;');
    expect(rawPlainText('一<br>二<br/>三')).toBe('一\n二\n三');
  });

  it('maps each character to where it starts, a reference’s to its `&`', () => {
    const [piece] = rawPieces('a&amp;b&#x4e2d;c');
    expect(piece).toEqual({ raw: 'a&amp;b&#x4e2d;c', text: 'a&b中c', starts: [0, 1, 6, 7, 15] });
  });

  it('marks line breaks only in the text, never inside a comment or a script', () => {
    const comment = '<!-- 坚持以人民为中心的发展思想，把群众利益放在首位 -->';
    const script = '<script>const s = "坚持以人民为中心的发展思想，把群众利益放在首位";</script>';
    const html = phrasedPieces([{ raw: `${comment}${script}从群众中来，到群众中去，真正成为群众的贴心人` }]);
    expect(html.startsWith(comment + script)).toBe(true);
    expect(html).toContain('<wbr>');
  });
});
