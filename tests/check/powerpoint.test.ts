// `check` on the PowerPoint's fonts: the rare characters of names (CJK Extension B and beyond) that the PowerPoint
// leaves to the reader's fonts are named at their line; the PowerPoint gives them SimSun-ExtB in runs of their own.
import { beforeAll, describe, expect, it } from 'vitest';
import { powerPointFindings } from '../../src/check/powerpoint.ts';
import { planDeck } from '../../src/deck/index.ts';
import { setLanguage } from '../../src/messages/index.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { readTheme, writePptx } from '../../src/outputs/pptx/index.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { THEMES_DIR } from '../../src/files/paths.ts';
import { readPptx, shapesOf, slideNames } from '../support/pptx.ts';

const OUTLINE = `---
title: 基层治理经验交流
speaker: 王𠮷
event: 交流会
---

# 第一部分

## 走访吉祥村

- 村民𠮷大爷讲述变化
- 一户一策，化解矛盾

## 没有生僻字的一页

- 人民群众
`;

beforeAll(() => setLanguage('zh'));

describe('the PowerPoint’s rare characters', () => {
  const outline = parseOutline(OUTLINE, 'talk.md');
  const plan = planDeck(outline);

  it('are named by check at the front matter’s line and at the slide’s line, each once', () => {
    const findings = powerPointFindings(outline, plan);
    expect(findings.map((f) => [f.code, f.line, f.severity])).toEqual([
      ['pptx-rare-characters', 3, 'warning'],
      ['pptx-rare-characters', 9, 'warning'],
    ]);
    expect(findings[0]!.message).toContain('𠮷');
    expect(findings[0]!.message).toContain('SimSun-ExtB');
  });

  it('stand in runs of their own naming SimSun-ExtB, the text around them in the deck’s face', async () => {
    const theme = readTheme([readFileSync(path.join(THEMES_DIR, 'red.css'), 'utf8')]);
    const pptx = await readPptx((await writePptx({ plan, theme, images: new Map() })).bytes);
    const slide = pptx.parts.get(slideNames(pptx.parts)[2]!)!;
    const body = shapesOf(slide).find((shape) => shape.placeholder === 'body')!;
    const runs = body.paragraphs[0]!.runs;
    expect(runs.map((run) => [run.text, run.eastAsian])).toEqual([
      ['村民', '微软雅黑'],
      ['𠮷', 'SimSun-ExtB'],
      ['大爷讲述变化', '微软雅黑'],
    ]);
    const title = shapesOf(pptx.parts.get(slideNames(pptx.parts)[0]!)!).flatMap((shape) =>
      shape.paragraphs.flatMap((p) => p.runs),
    );
    expect(title.find((run) => run.text === '𠮷')?.eastAsian).toBe('SimSun-ExtB');
  });
});
