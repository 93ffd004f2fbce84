// Nothing is cut off: every point of a dense outline, in both aspects, is in the slides PDF's text and the handout's
// (read by pdftotext, as a reader's software reads them), the sixth of six long points on a 4:3 slide included.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOutputs } from '../../../src/outputs/index.ts';
import type { OutputReporter } from '../../../src/outputs/index.ts';
import { parseOutline } from '../../../src/outline/index.ts';
import { planDeck } from '../../../src/deck/index.ts';
import type { ContentSlide } from '../../../src/deck/index.ts';
import { squash } from '../../support/pdf.ts';

const SIX_LONG = [
  '坚持以人民为中心的发展思想，把群众利益放在首位，始终同以习近平同志为核心的党中央保持高度一致',
  '从群众最关心最直接最现实的利益问题入手抓落实，推动基层党组织建设全面进步全面过硬',
  '建立健全直接联系群众的常态化机制，经常走访基层，倾听群众呼声，回应群众关切',
  '依法依规解决群众合理诉求，让群众感受到公平正义，坚持和发展新时代枫桥经验',
  '用好新媒体平台，设置群众关心的话题，增进政治认同、思想认同、情感认同',
  '总结推广基层创新创造，带动更大范围的改革和发展，发展全过程人民民主',
];

/** A dense outline: six long points, ten numbered ones, points with sub-points, points beside a picture. */
function dense(aspect: string): string {
  const ten = Array.from({ length: 10 }, (_, i) => `${i + 1}. 第${i + 1}项：${SIX_LONG[i % 6]!.slice(0, 24)}`).join(
    '\n',
  );
  const nested = SIX_LONG.map((p, i) => `- ${p.slice(0, 20)}\n  - 子项${i + 1}：${p.slice(20, 36)}`).join('\n');
  return [
    `---\ntitle: 坚持以人民为中心推动基层治理现代化\naspect: "${aspect}"\nevent: 2025年度处级干部党性教育专题培训班交流研讨会\n---\n`,
    '# 第一部分 关于新时代基层党建工作的思考',
    `## 六个长要点\n\n${SIX_LONG.map((p) => `- ${p}`).join('\n')}\n`,
    `## 十项任务\n\n${ten}\n`,
    `## 分层的要点\n\n${nested}\n`,
    `## 一段话和要点\n\n${SIX_LONG.slice(0, 2).join('。')}。\n\n${SIX_LONG.slice(2)
      .map((p) => `- ${p}`)
      .join('\n')}\n`,
  ].join('\n');
}

/** Says nothing; keeps the PDFs' paths in the order written (the slides, then the handout). */
const quietly = (pdfs: string[]): OutputReporter => ({
  step: (_label, work) => work(() => undefined),
  made: (output, told) => {
    if (output.browser) pdfs.push(...told.map((one) => one.path));
  },
});

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-lost-'));
});
afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

const text = (pdf: string) => squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));

describe.each(['16:9', '4:3'])('a dense outline at %s', (aspect) => {
  let outline: string;
  const pdfs: string[] = [];

  beforeAll(async () => {
    const dir = path.join(work, aspect.replace(':', 'x'));
    await fs.mkdir(dir, { recursive: true });
    outline = path.join(dir, 'dense.md');
    await fs.writeFile(outline, dense(aspect));
    const dist = path.join(dir, 'dist');
    await makeOutputs({ outlines: [outline], dist: () => dist, outputs: ['slides', 'handout'] }, quietly(pdfs));
    expect(pdfs).toHaveLength(2);
  }, 240_000);

  it('shows every point and sub-point in the slides PDF and the handout', async () => {
    const plan = planDeck(parseOutline(await fs.readFile(outline, 'utf8'), 'dense.md'));
    const written = plan.slides
      .filter((s): s is ContentSlide => s.kind === 'content')
      .flatMap((s) =>
        s.blocks.flatMap((b) =>
          b.kind === 'points' ? b.points.flatMap((p) => [p.text, ...p.points.map((c) => c.text)]) : [b.text],
        ),
      );
    expect(written).toContain(SIX_LONG[5]);
    for (const pdf of pdfs) {
      const shown = text(pdf);
      expect(
        written.filter((t) => !shown.includes(squash(t))),
        path.basename(pdf),
      ).toEqual([]);
    }
  });
});
