// The one-file deck's policy text: hashes over the exact script text, the speaker view's scripts read out of the
// reveal.js notes plugin the client bundles, and remote media only with `online: true`.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  NARROW_TO_DECK_FOLDER,
  contentPolicy,
  contentPolicyTag,
  inlineScriptTexts,
  sourceHash,
  speakerViewPage,
} from '../../../src/outputs/deck/content-policy.ts';
import { translateSpeakerView } from '../../../src/outputs/deck/speaker-view.ts';

describe("the deck's content policy", () => {
  it("hashes a script's exact UTF-8 text as CSP does", () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sourceHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(sourceHash('讲话')).not.toBe(sourceHash('讲话\n'));
  });

  it('finds inline classic scripts only: not those with src, not JSON data', () => {
    const html =
      '<script>a()</script><script src="x.js"></script><script type="application/json">{}</script><script type="text/javascript">\nb()\n</script >';
    expect(inlineScriptTexts(html)).toEqual(['a()', '\nb()\n']);
  });

  it("reads the speaker view's page and its scripts out of reveal.js's notes plugin, translated", () => {
    const plugin = createRequire(import.meta.url)
      .resolve('reveal.js/plugin/notes')
      .replace(/\.js$/, '.mjs');
    const page = speakerViewPage(translateSpeakerView(fs.readFileSync(plugin, 'utf8')).code);
    expect(page).toContain('<html lang="zh-CN">');
    const scripts = inlineScriptTexts(page!);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.join('')).toContain('setupIframes');
    expect(speakerViewPage('nothing here')).toBeNull();
  });

  it('allows remote pictures, media and pages only online, and never connections, objects or forms', () => {
    const offline = contentPolicy(['a()'], false);
    expect(offline).toContain(`script-src ${sourceHash('a()')}`);
    expect(offline).not.toMatch(/script-src[^;]*unsafe/);
    expect(offline).not.toContain('http');
    for (const directive of [
      "default-src 'none'",
      "connect-src 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      'img-src data:;',
    ])
      expect(offline).toContain(directive);
    expect(contentPolicy([], true)).toContain('img-src data: https: http:');
    expect(contentPolicyTag('a "b" & c')).toBe(
      '<meta http-equiv="Content-Security-Policy" content="a &quot;b&quot; &amp; c">',
    );
  });

  it("runs no script file in either form, and names the folder deck's own files 'self' only for its script to narrow", () => {
    for (const form of ['one-file', 'folder'] as const) {
      const policy = contentPolicy(['a()', NARROW_TO_DECK_FOLDER], false, form);
      expect(policy).toContain(`script-src ${sourceHash('a()')} ${sourceHash(NARROW_TO_DECK_FOLDER)};`);
      expect(policy).not.toMatch(/script-src[^;]*'self'/);
    }
    expect(contentPolicy([], false, 'folder')).toContain("img-src 'self' data:;");
    expect(contentPolicy([], false)).toContain("script-src 'none'");
  });

  it("narrows the folder deck's 'self' to its own folder, its path written as a CSP source", () => {
    const added: Array<{ httpEquiv: string; content: string }> = [];
    const run = (href: string, content = "img-src 'self' data:; font-src 'self'") => {
      const url = new URL(href);
      const meta = { httpEquiv: '', content: '' };
      const document = {
        querySelector: () => ({ content }),
        createElement: () => meta,
        head: { appendChild: (element: typeof meta) => added.push(element) },
      };
      new Function('document', 'location', NARROW_TO_DECK_FOLDER)(document, url);
    };
    run("file:///C:/Users/%E5%BC%A0%E4%B8%89/My%20Talk/dist/a;b,c'd/index.html#/3");
    expect(added).toEqual([
      {
        httpEquiv: 'Content-Security-Policy',
        content:
          'img-src file://*/C:/Users/%E5%BC%A0%E4%B8%89/My%20Talk/dist/a%3Bb%2Cc%27d/ data:; font-src file://*/C:/Users/%E5%BC%A0%E4%B8%89/My%20Talk/dist/a%3Bb%2Cc%27d/',
      },
    ]);
    // served (the lectern's server), 'self' is the server already
    run('http://127.0.0.1:8080/index.html');
    expect(added).toHaveLength(1);
  });
});
