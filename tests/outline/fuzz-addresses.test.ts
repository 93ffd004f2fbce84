// Property (fast-check, so a failure shrinks to a smallest outline), on generated hostile outlines: whatever slide attribute values, raw HTML and image paths an
// outline holds, it parses to an OutlineError with lines, or to slides that load nothing but the files the build was
// asked for (inside the project, links followed) and nothing that runs: no `javascript:`, no remote address.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/load/index.ts';
import { OutlineError, parseOutline } from '../../src/outline/index.ts';
import { uncheckedLoads } from '../../src/outline/raw-html.ts';
import { planDeck, renderSlides } from '../../src/deck/index.ts';
import { isInside } from '../../src/files/project.ts';
import { png } from '../support/pictures.ts';

const ADDRESSES = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' java\tscript:alert(1)',
  'java\nscript:x',
  '&#106;avascript:x',
  'vbscript:x',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD4=',
  'data:image/png;base64,AAAA',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'http://127.0.0.1:9/x.png',
  'https://example.org/a.png',
  '//evil/x.png',
  '\\\\evil\\share\\x.png',
  'file:///etc/passwd',
  'blob:x',
  'C:\\Windows\\x.png',
  '/etc/passwd',
  '../../../../etc/passwd',
  'images/a.png',
  'images\\a.png',
  'images/../../x.png',
  'images/%2e%2e/%2e%2e/x.png',
  '图%20片/党%20徽%20%231%25.png',
  '屏幕截图 2026-05-01 101010.png',
  'a.png, http://x/b.png',
  'a.png,javascript:x',
  'url(http://x/a.png)',
  'u\\72l(http://x)',
  "image-set('a.png' 1x)",
  '#fff',
  'linear-gradient(red, blue)',
  '%',
  '%zz',
  '',
  ' ',
  '"',
  "'",
  '<',
  '>',
];

const ATTRIBUTES = [
  'data-background-iframe',
  'data-background-image',
  'data-background-video',
  'data-background',
  'data-background-gradient',
  'data-background-color',
  'data-preview-link',
  'data-preview-image',
  'data-preview-video',
  'data-notes',
  'data-markdown',
  'data-state',
  'data-x',
  'data-visibility',
  'onclick',
  'style',
  'href',
  'id',
];

const TAGS = [
  (a: string) => `<img src="${a}">`,
  (a: string) => `<img src='${a}' srcset="${a} 2x">`,
  (a: string) => `<video poster="${a}"><source src="${a}"></video>`,
  (a: string) => `<iframe src="${a}"></iframe>`,
  (a: string) => `<object data="${a}"></object>`,
  (a: string) => `<embed src="${a}">`,
  (a: string) => `<link rel="stylesheet" href="${a}">`,
  (a: string) => `<div style="background:url(${a})">字</div>`,
  (a: string) => `<svg><image href="${a}"/></svg>`,
  (a: string) => `<svg><style><img src="${a}"></style></svg>`,
  (a: string) => `<style>@import "${a}";</style>`,
  (a: string) => `<base href="${a}">`,
  (a: string) => `<a href="${a}">链接</a>`,
  (a: string) => `<script src="${a}"></script>`,
  (a: string) => `<!-- <img src="${a}"> -->`,
  (a: string) => `<template><img src="${a}"></template>`,
];

const IMAGES = [
  (a: string) => `![图](${a})`,
  (a: string) => `![图](<${a}>)`,
  (a: string) => `![图](${a} "标题")`,
  (a: string) => `前文 ![图](${a}) 后文`,
];

const address = fc.constantFrom(...ADDRESSES);
const image = fc.tuple(fc.constantFrom(...IMAGES), address).map(([form, a]) => form(a));
const tag = fc.tuple(fc.constantFrom(...TAGS), address).map(([form, a]) => form(a));

/** 1–4 slides, each with 0–3 attributes of hostile values and 1–3 lines of raw HTML or images; `html:` and
 *  `online:` now and then. */
const hostileOutline = fc
  .record({
    html: fc.boolean(),
    online: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    slides: fc.array(
      fc.record({
        part: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
        attributes: fc.array(
          fc.tuple(fc.constantFrom(...ATTRIBUTES), address).map(([name, a]) => `${name}="${a.replace(/"/g, '')}"`),
          { maxLength: 3 },
        ),
        lines: fc.array(fc.oneof(tag, image), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ html, online, slides }) => {
    const settings = [html ? 'html: true' : '', online ? 'online: true' : ''].filter(Boolean);
    const body = slides.flatMap((slide, n) => [
      `${slide.part ? '#' : '##'} 第${n}页 {${slide.attributes.join(' ')}}`,
      '',
      ...slide.lines.flatMap((line) => [line, '']),
    ]);
    return ['---', 'title: 测试', ...settings, '---', '', ...body].join('\n');
  });

type Node = DefaultTreeAdapterMap['childNode'];

/** Every attribute in the HTML, as the browser parses it. */
function attributesOf(html: string): Array<{ tag: string; name: string; value: string }> {
  const found: Array<{ tag: string; name: string; value: string }> = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      for (const attribute of node.attrs)
        found.push({ tag: node.tagName, name: attribute.name, value: attribute.value });
      walk(node.childNodes);
      if ('content' in node) walk(node.content.childNodes);
    }
  };
  walk(parseFragment(html).childNodes);
  return found;
}

describe('hostile addresses in outlines', () => {
  it('give problems with lines, or slides that load only files the build resolved, and nothing that runs', {
    timeout: 120_000,
  }, () => {
    let parsed = 0;
    fc.assert(
      fc.property(hostileOutline, (source) => {
        const resolved = new Set<string>();
        let slidesHtml: string;
        let online: boolean;
        try {
          const outline = parseOutline(source, 'fuzz.md', {
            imageUrl: (image) => {
              // The build's resolver only ever sees paths: never an address with a scheme, never one that runs.
              expect(image.src, source).not.toMatch(/^\s*(javascript|vbscript|data|https?|file|blob):/i);
              const address = `./assets/f${resolved.size}.png`;
              resolved.add(address);
              return address;
            },
          });
          online = outline.meta.online;
          slidesHtml = renderSlides(planDeck(outline));
          parsed++;
        } catch (error) {
          if (!(error instanceof OutlineError))
            throw new Error(`not an OutlineError for:\n${source}\n${String(error)}`);
          for (const problem of error.problems) expect(problem.line, source).toBeGreaterThanOrEqual(1);
          return;
        }
        expect(
          uncheckedLoads(slidesHtml, (address) => resolved.has(address), online),
          source,
        ).toEqual([]);
        for (const { tag, name, value } of attributesOf(slidesHtml)) {
          // Raw HTML with `html: true` may script (an event handler, a script, a link to follow); it may not load.
          if (name.startsWith('on') || tag === 'script' || (name === 'href' && (tag === 'a' || tag === 'area')))
            continue;
          expect(value.replace(/[\t\n\r]/g, ''), `${tag} ${name} in\n${source}`).not.toMatch(
            /^\s*(javascript|vbscript):/i,
          );
          if (/^data-(background(-image|-video|-iframe)?|preview-(link|image|video))$/.test(name) && !online)
            expect(value, source).not.toMatch(/(^|,)\s*(https?:|\/\/)/i);
          expect(name, source).not.toMatch(/^data-(notes|markdown)$/);
        }
      }),
      { numRuns: 1500 },
    );
    // The generator must not be so hostile that nothing parses.
    expect(parsed).toBeGreaterThan(50);
  });
});

describe('hostile image paths on disk', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-fuzz-paths-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
  const project = path.join(folder, 'project');
  const outsideFile = path.join(folder, 'secret.png');

  it('either build inside the project, links followed, or are refused at their line', {
    timeout: 120_000,
  }, async () => {
    fs.mkdirSync(path.join(project, 'slides/images/sub'), { recursive: true });
    fs.writeFileSync(outsideFile, png(2, 2));
    for (const name of ['a.png', 'sub/b c.png', '党 徽 #1%.png'])
      fs.writeFileSync(path.join(project, 'slides/images', name), png(2, 2));
    fs.symlinkSync(outsideFile, path.join(project, 'slides/images/link.png'));
    fs.symlinkSync(folder, path.join(project, 'slides/images/up'));
    fs.symlinkSync(path.join(project, 'slides/images/a.png'), path.join(project, 'slides/images/inner-link.png'));
    fs.mkdirSync(path.join(project, 'slides/images/folder.png'));
    const pieces = [
      'images',
      'sub',
      'a.png',
      'b c.png',
      'b%20c.png',
      '党 徽 #1%.png',
      '党%20徽%20%231%25.png',
      'link.png',
      'up',
      'secret.png',
      'inner-link.png',
      'folder.png',
      '..',
      '.',
      '',
      '%2e%2e',
      'project',
      'slides',
    ];
    const real = fs.realpathSync(project);
    const piece = fc.constantFrom(...pieces);
    const written = fc
      .tuple(
        fc.oneof(fc.constant('images'), piece),
        fc.array(piece, { maxLength: 3 }),
        fc.constantFrom('/', '\\', '/', '//'),
        fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant('/') }),
      )
      .map(([first, rest, separator, root]) => root + [first, ...rest].join(separator));
    const imageLine = fc.tuple(fc.constantFrom(...IMAGES), written).map(([form, name]) => form(name));
    let built = 0;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(imageLine, async (image) => {
        const outline = path.join(project, 'slides', `f${n++}.md`);
        fs.writeFileSync(outline, `---\ntitle: 测试\n---\n\n## 页\n\n${image}\n`);
        try {
          const deck = await loadDeck(outline);
          built++;
          for (const file of deck.images.values()) expect(isInside(real, file), `${image} → ${file}`).toBe(true);
        } catch (error) {
          if (!(error instanceof OutlineError)) throw new Error(`not an OutlineError for ${image}: ${String(error)}`);
          expect(error.line, image).toBe(7);
        }
      }),
      { numRuns: 300 },
    );
    expect(built).toBeGreaterThan(0);
  });
});
