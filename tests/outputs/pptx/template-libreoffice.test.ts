// A template LibreOffice wrote (its layouts typed and named its own way: the title slide `tx` with a title and a
// subtitle, contents without body placeholders), a talk written on it, and LibreOffice showing every slide's words.
// Skipped, saying so, where LibreOffice is not installed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck, type LoadedDeck } from '../../../src/load/index.ts';
import { setLanguage } from '../../../src/messages/index.ts';
import { writePptxFile } from '../../../src/outputs/pptx/file.ts';
import { SOFFICE, convertToPdf } from '../../support/office.ts';
import { readPdf, squash, type PdfPage } from '../../support/pdf.ts';
import { png } from '../../support/pictures.ts';
import { readPptx } from '../../support/pptx.ts';
import { TEMPLATE_COLOURS, makeTemplate } from '../../support/template.ts';

if (!SOFFICE)
  console.warn(
    'skipping the LibreOffice template test: soffice is not installed (Debian: apt-get install libreoffice-impress)',
  );

const OUTLINE = `---
title: 在模板上发言
speaker: 李四
template: received/模板.pptx
---

# 做法

## 三条做法

- 先调研
- 再试点
- 后推广

## 一句话

::: notes
只有标题的一页。
:::

# 成效

## 数字说话

- 覆盖十二个社区
`;

describe.skipIf(!SOFFICE)('a talk on a template LibreOffice wrote', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-lo-template-'));
  let deck: LoadedDeck;
  let parts: Map<string, string>;
  let slides: PdfPage[];
  let warnings: string[];

  beforeAll(async () => {
    // The hand-written template saved again by LibreOffice Impress: what an organiser's LibreOffice would send.
    writeFileSync(path.join(dir, 'hand.pptx'), makeTemplate());
    const converted = path.join(dir, 'converted');
    const done = spawnSync(
      SOFFICE!,
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pptx',
        '--outdir',
        converted,
        path.join(dir, 'hand.pptx'),
      ],
      { encoding: 'utf8' },
    );
    if (done.status !== 0) throw new Error(`soffice: ${done.stderr}`);
    const project = path.join(dir, 'project');
    mkdirSync(path.join(project, 'received'), { recursive: true });
    writeFileSync(path.join(project, 'received', '模板.pptx'), readFileSync(path.join(converted, 'hand.pptx')));
    writeFileSync(path.join(project, 'talk.md'), OUTLINE);
    writeFileSync(path.join(project, 'logo.png'), png(10, 10));
    deck = await loadDeck(path.join(project, 'talk.md'));
    setLanguage('en');
    const written = await writePptxFile(deck, path.join(dir, 'talk.pptx'));
    const pptx = written.path;
    warnings = written.warnings;
    parts = (await readPptx(readFileSync(pptx))).parts;
    slides = await readPdf(await convertToPdf(pptx, dir));
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the slides on the template’s layouts, the dividers on ours (LibreOffice writes no section header), and keeps its theme', () => {
    const layoutOf = (n: number) => {
      const rels = parts.get(`ppt/slides/_rels/slide${n}.xml.rels`)!;
      return parts.get(`ppt/slideLayouts/${/slideLayouts\/([^"]+)"/.exec(rels)![1]}`)!;
    };
    const ours = ['标题页', '提纲页', '分隔页', '内容页', '续页', '陈述页', '引文页', '结束页'];
    const dividers = deck.plan.slides.filter((slide) => slide.kind === 'divider').map((slide) => slide.number);
    for (let n = 1; n <= deck.plan.slides.length; n++) {
      const name = /<p:cSld name="([^"]+)"/.exec(layoutOf(n))?.[1] ?? '';
      if (dividers.includes(n)) expect(name, `slide ${n}`).toBe('分隔页');
      else expect(ours, `slide ${n} on ${name}`).not.toContain(name);
    }
    expect(warnings).toEqual([
      `the template has no "Section Header" layout: slide ${dividers.join(', ')} are drawn on speechdeck's own layout.`,
    ]);
    const themes = [...parts].filter(([name]) => /^ppt\/theme\/theme\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(themes.some((xml) => xml.toLowerCase().includes(TEMPLATE_COLOURS.accent1.toLowerCase()))).toBe(true);
  });

  it('renders in LibreOffice with every slide’s words', () => {
    expect(slides).toHaveLength(deck.plan.slides.length);
    deck.plan.slides.forEach((slide, i) => {
      const title = slide.kind === 'divider' ? slide.part.title : slide.title;
      expect(squash(slides[i]!.text), `slide ${i + 1}`).toContain(squash(title));
    });
    for (const point of ['先调研', '再试点', '后推广']) expect(squash(slides[3]!.text)).toContain(point);
  });
});
