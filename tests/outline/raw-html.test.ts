// The second look at a deck's raw HTML, read whole as the browser will, and what CSS loads.
import { describe, expect, it } from 'vitest';
import { uncheckedLoads } from '../../src/outline/raw-html.ts';
import { cssLoads } from '../../src/outline/css.ts';

describe('what the slides load, read as a whole', () => {
  const known = new Set(['./assets/a-0123456789.png']);
  const accepted = (address: string) => known.has(address);

  it('is nothing unexpected in a deck whose files were all checked', () => {
    const html =
      '<section data-line="5"><img src="./assets/a-0123456789.png"><img src="data:image/png;base64,AA"><svg><use href="#x"/></svg></section>';
    expect(uncheckedLoads(html, accepted, false)).toEqual([]);
  });

  it('finds what pieces of HTML make together: an <img> that breaks out of an SVG <style>, with its slide’s line', () => {
    const html =
      '<section data-line="3"><p>前</p></section><section data-line="9"><svg><style><img src="http://x/a.png"></style></svg></section>';
    expect(uncheckedLoads(html, accepted, false)).toEqual([{ address: 'http://x/a.png', line: 9 }]);
    expect(uncheckedLoads(html, accepted, true)).toEqual([]);
  });

  it('finds CSS that loads, a <base> and a refresh', () => {
    const html =
      '<section data-line="2"><div style="background:url(b.png)"></div><base href="http://x/"><meta http-equiv="refresh" content="0"></section>';
    expect(uncheckedLoads(html, accepted, false)).toEqual([
      { address: 'b.png', line: 2 },
      { address: '`<base href>`', line: 2 },
      { address: '`<meta http-equiv>`', line: 2 },
    ]);
  });
});

describe('what CSS loads', () => {
  it('is every url(), @import and image-set address, however spaced or cased', () => {
    expect(
      cssLoads('a { background: URL( "x y.png" ) } @import \'i.css\'; b { mask: image-set("m.png" 1x, url(n.png) 2x) }')
        .addresses,
    ).toEqual(['x y.png', 'i.css', 'm.png', 'n.png']);
    expect(cssLoads('color: red; content: "url(not-loaded)"; background: linear-gradient(#fff, rgb(1 2 3))')).toEqual({
      addresses: [],
      escapes: false,
    });
  });

  it('says when an escape could hide a load (`u\\72l(` is `url(` to a browser)', () => {
    expect(cssLoads('background: u\\72l(http://x/a.png)').escapes).toBe(true);
  });
});
