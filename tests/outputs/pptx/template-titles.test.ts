// A content slide's title inside a template's own title box (of another width than the deck's): one line, set smaller
// where it would not fit at full size (the deck's breaks would split it in the box), two balanced lines only where
// even 52 px cannot hold it — read in the slides' XML, beside the same outline without a template, where the deck's
// own lines are written in.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/load/index.ts';
import { setLanguage } from '../../../src/messages/index.ts';
import { writePptxFile } from '../../../src/outputs/pptx/file.ts';
import { makeOrganiserTemplate } from '../../support/organiser-template.ts';
import { readPptx } from '../../support/pptx.ts';

const TITLES = {
  short: '三点打算',
  // 19 em: wider at 68 px than the deck's 4:3 title (1,264 px) and the template's title box (1,152 px), within the box
  // at 52 px
  medium: '坚持以人民为中心，推动社区工作提质增效',
  // 28 em: not on one line even at 52 px
  long: '坚持以人民为中心的发展思想，推动基层治理体系和治理能力现代化',
};

const outline = (template: boolean) => `---
title: 模板上的标题
speaker: 王某某
aspect: "4:3"
${template ? 'template: received/模板.pptx\n' : ''}---

# 做法

## ${TITLES.short}

- 第一点

## ${TITLES.medium}

- 从群众最关心的问题入手

## ${TITLES.long}

- 第二点
`;

/** Each content slide's title shape by its text: its lines (text between written breaks) and its size in points. */
function titles(parts: Map<string, string>): Map<string, { lines: number; sizePt: number }> {
  const found = new Map<string, { lines: number; sizePt: number }>();
  for (const [name, xml] of parts) {
    if (!/^ppt\/slides\/slide\d+\.xml$/.test(name)) continue;
    const shape = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="title"\/>[\s\S]*?<\/p:sp>/.exec(xml)?.[0];
    if (!shape) continue;
    const text = [...shape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
    const size = Number(/<a:rPr[^>]* sz="(\d+)"/.exec(shape)?.[1]) / 100;
    found.set(text, { lines: (shape.match(/<a:br>|<a:br\/>|<a:br /g) ?? []).length + 1, sizePt: size });
  }
  return found;
}

describe('a content slide’s title in a template’s own title box', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-template-titles-'));
  let onTemplate: Map<string, { lines: number; sizePt: number }>;
  let ours: Map<string, { lines: number; sizePt: number }>;

  beforeAll(async () => {
    setLanguage('en');
    const written = async (template: boolean) => {
      const project = path.join(dir, template ? 'template' : 'ours');
      mkdirSync(path.join(project, 'received'), { recursive: true });
      writeFileSync(
        path.join(project, 'received', '模板.pptx'),
        makeOrganiserTemplate({ style: 'bar', size: { cx: 9144000, cy: 6858000 } }),
      );
      writeFileSync(path.join(project, 'talk.md'), outline(template));
      const deck = await loadDeck(path.join(project, 'talk.md'));
      const file = (await writePptxFile(deck, path.join(project, 'talk.pptx'))).path;
      return titles((await readPptx(readFileSync(file))).parts);
    };
    onTemplate = await written(true);
    ours = await written(false);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // (68 px is 34 pt on the slide, 52 px 26 pt, 40 px 20 pt)
  it('keeps a title that fits at full size on one line at full size', () => {
    expect(onTemplate.get(TITLES.short)).toEqual({ lines: 1, sizePt: 34 });
  });

  it('keeps a title the deck would wrap on one line, smaller, where it fits at 52 px or more', () => {
    // (without the template the deck's own lines are written: two)
    expect(ours.get(TITLES.medium)!.lines).toBe(2);
    const title = onTemplate.get(TITLES.medium)!;
    expect(title.lines).toBe(1);
    expect(title.sizePt).toBeLessThan(34);
    expect(title.sizePt).toBeGreaterThanOrEqual(26);
  });

  it('breaks a title too long for one line at 52 px into two lines, not under 40 px', () => {
    const title = onTemplate.get(TITLES.long)!;
    expect(title.lines).toBe(2);
    expect(title.sizePt).toBeGreaterThanOrEqual(20);
    expect(title.sizePt).toBeLessThanOrEqual(26);
  });
});
