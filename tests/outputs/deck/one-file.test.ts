// The one-file deck's pictures: every address the slides give a picture becomes its data: URL, in one pass.
import { describe, expect, it } from 'vitest';
import { inlinePictures } from '../../../src/outputs/deck/one-file.ts';

describe('inlinePictures', () => {
  it('replaces every quoted address it knows, and nothing else', () => {
    const html =
      '<p>"images/a.png" said</p><img src="images/a.png" alt="images/a.png"><img src="images/a.png.png"><img src="images/b.png">';
    const urls = new Map([
      ['images/a.png', 'data:image/png;base64,AAA'],
      ['images/a.png.png', 'data:image/png;base64,BBB'],
    ]);
    expect(inlinePictures(html, urls)).toBe(
      '<p>"data:image/png;base64,AAA" said</p><img src="data:image/png;base64,AAA" alt="data:image/png;base64,AAA"><img src="data:image/png;base64,BBB"><img src="images/b.png">',
    );
  });

  it('finds addresses after a stray quote in raw HTML text', () => {
    const urls = new Map([['p.png', 'data:image/png;base64,P']]);
    expect(inlinePictures('他说"你好 <img src="p.png"> 和 <img src="p.png">', urls)).toBe(
      '他说"你好 <img src="data:image/png;base64,P"> 和 <img src="data:image/png;base64,P">',
    );
  });

  it('inlines thousands of pictures, each at its own places, the same as one replace per picture would', () => {
    const count = 1500;
    const urls = new Map<string, string>();
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      urls.set(`p/${i}.png`, `data:image/png;base64,${i.toString(36)}`);
      parts.push(`<section><img src="p/${i}.png"><img src="p/${count - 1 - i}.png"></section>`);
    }
    const html = parts.join('\n');
    let oneByOne = html;
    for (const [address, url] of urls) oneByOne = oneByOne.split(`"${address}"`).join(`"${url}"`);
    const inlined = inlinePictures(html, urls);
    expect(inlined).toBe(oneByOne);
    expect(inlined).not.toMatch(/"p\//);
  });

  it('looks at each quoted value once, however many pictures there are', () => {
    let lookups = 0;
    const urls = new (class extends Map<string, string> {
      override get(key: string) {
        lookups++;
        return super.get(key);
      }
    })();
    const parts: string[] = [];
    for (let i = 0; i < 3000; i++) {
      urls.set(`p/${i}.png`, `data:,${i}`);
      parts.push(`<img src="p/${i}.png" alt="图">`);
    }
    const html = parts.join('');
    inlinePictures(html, urls);
    expect(lookups).toBeLessThanOrEqual(html.split('"').length);
  });

  it('leaves a deck without pictures as it is', () => {
    expect(inlinePictures('<p class="x">"</p>', new Map())).toBe('<p class="x">"</p>');
  });
});
