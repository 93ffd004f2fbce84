// The characters a deck's fonts are cut to.
import { describe, expect, it } from 'vitest';
import { ALWAYS, characterSet, textOfHtml } from '../../src/fonts/text.ts';

describe('the characters of a deck', () => {
  it('are each character once, in code point order, with digits, Latin letters and Chinese punctuation always in', () => {
    const set = characterSet(['群众群众', '工作\n']);
    expect([...set].filter((c) => '群众工作'.includes(c))).toEqual(['众', '作', '工', '群']);
    for (const char of '0123456789AZaz:，。、“”《》（）') expect(set).toContain(char);
    expect(set).not.toContain('\n');
    expect(new Set(set).size).toBe([...set].length);
    expect(characterSet([])).toBe(characterSet([ALWAYS]));
  });

  it("come from an HTML page's text and attributes, entities decoded, scripts and styles left out", () => {
    const text = textOfHtml(
      '<p title="标题">要点&amp;&#x6BD6;&#28944;</p><script>var 脚本 = 1</script><style>.样式{}</style>',
    );
    expect(text).toContain('标题');
    expect(text).toContain('要点&毖焐');
    expect(text).not.toContain('脚本');
    expect(text).not.toContain('样式');
  });

  it('read every character reference as the browser does (named, and without its semicolon), in text and attributes', () => {
    const text = textOfHtml('<p title="&eacute;">&copy; 2026 &yen;300 &#169 &amp</p>');
    for (const char of ['é', '©', '¥']) expect(text).toContain(char);
    expect(text).not.toContain('copy');
  });

  it('leave a script out whatever it holds, as the browser reads it: a `<` in it is no tag, `</SCRIPT>` ends it', () => {
    const text = textOfHtml('<script>if (a <b) { "脚本" }</SCRIPT><p>正文</p><style>p>b{content:"样式"}</style>尾');
    expect(text).not.toContain('脚本');
    expect(text).not.toContain('样式');
    expect(text).toContain('正文');
    expect(text).toContain('尾');
  });
});
