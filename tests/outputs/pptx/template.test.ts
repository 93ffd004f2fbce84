// The organiser's template: a talk's PowerPoint written on its master and layouts (its theme kept, its example slides
// and external links left behind), in its colours, falling back to our own layout (with a warning) for a kind it
// lacks; macro-enabled, password-protected and damaged files refused with a message at the outline's line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import officeCrypto from 'officecrypto-tool';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckDocument } from '../../../src/deck/document.ts';
import { loadDeck } from '../../../src/load/index.ts';
import { setLanguage } from '../../../src/messages/index.ts';
import { OutlineError } from '../../../src/outline/error.ts';
import { writePptxFile } from '../../../src/outputs/pptx/file.ts';
import { png } from '../../support/pictures.ts';
import { readPptx } from '../../support/pptx.ts';
import { ALL_KINDS, TEMPLATE_COLOURS, makeTemplate } from '../../support/template.ts';

const OUTLINE = `---
title: 模板里的发言
speaker: 张三
template: received/模板.pptx
---

# 第一部分

## 要点页

- 第一条要点
- 第二条要点

## 图文页

![示意图](chart.png)

- 图旁的要点

# 第二部分

## 第二部分的要点

- 最后一条
`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A project with the outline and `template` bytes at received/模板.pptx (or another name); its PowerPoint's parts. */
async function write(name: string, template: Uint8Array, file = '模板.pptx', outline = OUTLINE) {
  const project = path.join(dir, name);
  const received = path.join(project, 'received');
  await import('node:fs/promises').then((fs) => fs.mkdir(received, { recursive: true }));
  writeFileSync(path.join(project, 'talk.md'), outline.replace('模板.pptx', file));
  writeFileSync(path.join(project, 'chart.png'), png(1600, 1200));
  writeFileSync(path.join(received, file), template);
  const deck = await loadDeck(path.join(project, 'talk.md'));
  const written = await writePptxFile(deck, path.join(project, 'talk.pptx'));
  const { readFileSync } = await import('node:fs');
  return { deck, written, pptx: await readPptx(readFileSync(written.path)) };
}

/** The layout part each slide relates to, by slide number. */
function slideLayouts(parts: Map<string, string>): string[] {
  const layouts: string[] = [];
  for (let n = 1; parts.has(`ppt/slides/slide${n}.xml`); n++) {
    const rels = parts.get(`ppt/slides/_rels/slide${n}.xml.rels`)!;
    const target = /Type="[^"]*\/slideLayout" Target="\.\.\/slideLayouts\/([^"]+)"/.exec(rels)?.[1];
    layouts.push(parts.get(`ppt/slideLayouts/${target}`) ?? '');
  }
  return layouts;
}

describe('a talk on the organiser’s template', () => {
  let result: Awaited<ReturnType<typeof write>>;
  beforeAll(async () => {
    setLanguage('en');
    result = await write('full', makeTemplate());
  });

  it('puts every slide on the template’s layout of its kind', () => {
    const layouts = slideLayouts(result.pptx.parts);
    const names = layouts.map((xml) => /<p:cSld name="([^"]+)"/.exec(xml)?.[1]);
    const kinds = result.deck.plan.slides.map((slide) => slide.kind);
    expect(names).toHaveLength(kinds.length);
    expect(names[0]).toBe('Org title');
    kinds.forEach((kind, i) => {
      if (kind === 'divider') expect(names[i]).toBe('Org secHead');
      if (kind === 'agenda') expect(names[i]).toBe('Org obj');
    });
    const media = result.deck.plan.slides.findIndex((s) => s.kind === 'content' && s.layout === 'media');
    expect(names[media]).toBe('Org twoObj');
    expect(result.written.warnings).toEqual([]);
  });

  it('keeps the template’s theme, master and emblem, and leaves its example slide and web link behind', () => {
    const { parts } = result.pptx;
    const themes = [...parts].filter(([name]) => /^ppt\/theme\/theme\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(
      themes.some((xml) => xml.includes('Organiser Blue') && xml.includes(`val="${TEMPLATE_COLOURS.accent1}"`)),
    ).toBe(true);
    expect(themes.some((xml) => xml.includes('typeface="KaiTi"'))).toBe(true);
    const all = [...parts.values()].join('');
    expect(all).not.toContain('模板示例页');
    expect(all).not.toContain('example.org');
    expect(all).not.toContain('TargetMode="External"');
    const master = [...parts].find(([name, xml]) => name.startsWith('ppt/slideMasters/') && xml.includes('Emblem'));
    expect(master).toBeDefined();
    // Every master and layout id unique in the file.
    const ids = all.match(/<p:sld(?:Master|Layout)Id id="(\d+)"/g)!.map((m) => m.replace(/\D/g, ''));
    expect(new Set(ids).size).toBe(ids.length);
    // The master's shapes scaled from the template's 10-inch slide to ours.
    expect(master![1]).toMatch(/<a:ext cx="12192000" cy="\d+"\/>/);
    // Written as a presentation.
    expect(parts.get('[Content_Types].xml')).toContain('presentationml.presentation.main+xml');
  });

  it('draws the talk’s titles in the template’s own title style, not the slide theme’s colours', () => {
    const slide = result.pptx.parts.get('ppt/slides/slide1.xml')!;
    const title = slide.slice(slide.indexOf('<p:ph type="ctrTitle"/>'));
    expect(title).toContain('</p:sp>');
    expect(title.slice(0, title.indexOf('</p:sp>'))).not.toContain('<a:solidFill>');
    expect(slide).not.toContain('B71C1C');
  });

  it('gives the deck and the paper the template’s colours, and its emblem as the logo', () => {
    const page = deckDocument(result.deck.plan, '');
    expect(page).toContain(`--sd-accent: #${TEMPLATE_COLOURS.accent1.toLowerCase()};`);
    expect(page).toContain(`--sd-gold: #${TEMPLATE_COLOURS.accent2.toLowerCase()};`);
    expect(page).toContain(`--sd-heading: #${TEMPLATE_COLOURS.dk2.toLowerCase()};`);
    expect(result.deck.plan.meta.logo).toMatch(/^data:image\/png;base64,/);
    expect(page).toContain('class="sd-logo"');
    // The PowerPoint's title slide leaves it to the template's master, which shows it.
    expect(result.pptx.parts.get('ppt/slides/_rels/slide1.xml.rels')).not.toContain('/image"');
  });

  it('draws a logo the outline names on the title slide, as the speaker asked (only the template’s emblem is left to its master)', async () => {
    const own = await write(
      'own-logo',
      makeTemplate(),
      '模板.pptx',
      OUTLINE.replace('template: received/', 'logo: chart.png\ntemplate: received/'),
    );
    expect(own.deck.plan.meta.logoFromTemplate).toBeUndefined();
    expect(own.pptx.parts.get('ppt/slides/_rels/slide1.xml.rels')).toContain('/image"');
  });

  it('places titles and points in the layouts’ placeholder boxes, clear of the master’s band', () => {
    // The template's layouts (tests/support/template.ts) put the title at (457200, 457200) and the content under it
    // at y 2057200 on a 10-inch slide: ×4/3 on ours.
    const box = (slide: string, ph: string) => {
      const xml = result.pptx.parts.get(slide)!;
      const shape = xml.slice(xml.indexOf(ph));
      const [, x, y] = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(shape)!.map(Number);
      return { x: x!, y: y! };
    };
    const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(3);
    // (the title slide's on its layout's centred title)
    const title = box('ppt/slides/slide1.xml', '<p:ph type="ctrTitle"/>');
    near(title.x, 609600);
    near(title.y, 609600);
    const points = result.deck.plan.slides.find((s) => s.kind === 'content' && s.layout === 'points')!;
    const slide = `ppt/slides/slide${points.number}.xml`;
    near(box(slide, '<p:ph type="title"/>').y, 609600);
    // (the body named as the layout names its content placeholder: by its index 1, and its type where it has one)
    near(box(slide, ' idx="1"/>').y, Math.round((2057200 * 4) / 3));
    // every title below the master's band (360,000 EMU high on the template: 480,000 on ours)
    for (let n = 1; result.pptx.parts.has(`ppt/slides/slide${n}.xml`); n++) {
      const xml = result.pptx.parts.get(`ppt/slides/slide${n}.xml`)!;
      const ph = xml.includes('<p:ph type="ctrTitle"/>') ? '<p:ph type="ctrTitle"/>' : '<p:ph type="title"/>';
      expect(box(`ppt/slides/slide${n}.xml`, ph).y, `slide ${n}`).toBeGreaterThanOrEqual(480000);
    }
  });

  it('reads a .potx and writes a presentation', async () => {
    const potx = await write('potx', makeTemplate({ potx: true }), '模板.potx');
    expect(potx.pptx.parts.get('[Content_Types].xml')).not.toContain('template.main+xml');
    expect(slideLayouts(potx.pptx.parts)[0]).toContain('Org title');
  });

  it('falls back to its own layout for a kind the template lacks, saying which slides', async () => {
    const lacking = await write('lacking', makeTemplate({ kinds: ALL_KINDS.filter((k) => k !== 'twoObj') }));
    const media = lacking.deck.plan.slides.find((s) => s.kind === 'content' && s.layout === 'media')!;
    expect(lacking.written.warnings).toEqual([
      `the template has no "Two Content" layout: slide ${media.number} is drawn on speechdeck's own layout.`,
    ]);
    const layouts = slideLayouts(lacking.pptx.parts);
    expect(layouts[media.number - 1]).toContain('name="内容页"');
    expect(layouts[0]).toContain('Org title');
  });
});

describe('a template of another shape than the talk', () => {
  afterAll(() => setLanguage('en'));

  /** The master's shape of `name` (its offset and extent) in the written PowerPoint. */
  const masterShape = (parts: Map<string, string>, name: string) => {
    const master = [...parts].find(([part, xml]) => part.startsWith('ppt/slideMasters/') && xml.includes(name))![1];
    const shape = master.slice(master.indexOf(`name="${name}"`));
    const [, x, y] = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(shape)!.map(Number);
    const [, cx, cy] = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape)!.map(Number);
    return { x: x!, y: y!, cx: cx!, cy: cy! };
  };

  it('stretches a 4:3 template to a 16:9 talk, its emblem kept square, and says so naming both shapes', async () => {
    setLanguage('en');
    const fourThree = { cx: 9144000, cy: 6858000 };
    const on = await write('four-three', makeTemplate({ size: fourThree }));
    expect(on.written.warnings).toEqual([
      "the template's slides are 4:3, the talk's 16:9: its master and layouts are stretched to 16:9 (pictures on them keep their proportions).",
    ]);
    expect(on.pptx.parts.get('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    // the band across the top stretched to the talk's width; the emblem (300,000 EMU square) square still, its centre
    // where the stretch puts it
    const band = masterShape(on.pptx.parts, 'Band');
    expect(band).toMatchObject({ x: 0, cx: 12192000, cy: 360000 });
    const emblem = masterShape(on.pptx.parts, 'Emblem');
    expect(emblem.cx).toBe(300000);
    expect(emblem.cy).toBe(300000);
    const centre = ((fourThree.cx - 700000 + 150000) * 12192000) / fourThree.cx;
    expect(Math.abs(emblem.x + emblem.cx / 2 - centre)).toBeLessThan(2);

    setLanguage('zh');
    const zh = await write('four-three-zh', makeTemplate({ size: fourThree }));
    expect(zh.written.warnings).toEqual([
      '模板的页面比例是 4:3，发言稿是 16:9：模板的母版和版式被拉伸到 16:9（其中的图片保持原比例）。',
    ]);
  });

  it('names a size that is no common shape in centimetres, and a 16:9 template under a 4:3 talk', async () => {
    setLanguage('en');
    const a4 = await write('a4', makeTemplate({ size: { cx: 10692000, cy: 7560000 } }));
    expect(a4.written.warnings[0]).toMatch(/^the template's slides are 29\.7 × 21 cm, the talk's 16:9:/);
    const narrow = await write(
      'narrow',
      makeTemplate(),
      '模板.pptx',
      OUTLINE.replace('speaker: 张三', 'speaker: 张三\naspect: "4:3"'),
    );
    expect(narrow.written.warnings).toEqual([
      expect.stringMatching(/^the template's slides are 16:9, the talk's 4:3:/),
    ]);
    expect(narrow.pptx.parts.get('ppt/presentation.xml')).toMatch(/<p:sldSz cx="9144000" cy="6858000"/);
    // shrunk across: the emblem by the lesser factor, square still
    const emblem = masterShape(narrow.pptx.parts, 'Emblem');
    expect(emblem.cx).toBe(emblem.cy);
  });

  it('says nothing of a template of the talk’s own shape, whatever its size', async () => {
    const same = await write('same', makeTemplate({ size: { cx: 12192000, cy: 6858000 } }));
    expect(same.written.warnings).toEqual([]);
  });
});

describe('a template that cannot be used', () => {
  beforeAll(() => setLanguage('en'));

  const refused = async (name: string, bytes: Uint8Array, file = '模板.pptx') => {
    const error = await write(name, bytes, file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OutlineError);
    const problem = (error as OutlineError).problems[0]!;
    expect(problem.line).toBe(4);
    return problem.message;
  };

  it('refuses a macro-enabled file, by its name and by its content type', async () => {
    expect(await refused('pptm', makeTemplate(), '模板.pptm')).toMatch(/macro-enabled/);
    expect(await refused('macro', makeTemplate({ macro: true }))).toMatch(/macro-enabled/);
  });

  it('names a password-protected file (an OLE compound file) and a damaged one', async () => {
    // Encrypted as PowerPoint and WPS encrypt a file with a password to open it (ECMA-376 agile encryption).
    const locked = officeCrypto.encrypt(Buffer.from(makeTemplate()), { password: '123456' });
    expect(officeCrypto.isEncrypted(locked)).toBe(true);
    expect(await refused('locked', locked)).toMatch(/password-protected/);
    const cut = makeTemplate().subarray(0, 2000);
    expect(await refused('cut', cut)).toMatch(/damaged/);
    expect(await refused('text', new TextEncoder().encode('not a presentation'))).toMatch(/damaged/);
  });

  it('names a template that is not there at its line', async () => {
    const project = path.join(dir, 'missing');
    await import('node:fs/promises').then((fs) => fs.mkdir(project, { recursive: true }));
    writeFileSync(path.join(project, 'talk.md'), OUTLINE);
    writeFileSync(path.join(project, 'chart.png'), png(1600, 1200));
    const error = await loadDeck(path.join(project, 'talk.md')).catch((e: unknown) => e);
    expect((error as OutlineError).problems).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringContaining('received/模板.pptx') }),
    ]);
  });
});
