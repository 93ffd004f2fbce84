// The sample's speaker's script, read back as a reader's software sees it.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parseOutline } from '../../../src/outline/index.ts';
import { formatMinutes, planDeck, spokenSeconds } from '../../../src/deck/index.ts';
import { slideMarker } from '../../../src/outputs/pdf/script-html.ts';
import { embeddedFonts, fontObjects, pdfMetadata, rasterImages, readPdf, squash } from '../../support/pdf.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const sample = inject('sample');
const plan = planDeck(parseOutline(readFileSync(SAMPLE_OUTLINE, 'utf8'), 'slides/qunzhong.md'));

/** The script's running text: every page without its running title and page number. */
async function scriptText(): Promise<string> {
  const pages = await readPdf(sample.script);
  const running = squash(`${plan.meta.title}讲稿`);
  return pages
    .map((page) => {
      const text = squash(page.text).replace(/第\d+页\/共\d+页/g, '');
      return text.startsWith(running) ? text.slice(running.length) : text;
    })
    .join('');
}

describe("the speaker's script", () => {
  it('is A4 with page numbers "第 N 页 / 共 M 页"', async () => {
    const pages = await readPdf(sample.script);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(Math.abs(page.width - 595.28)).toBeLessThan(1);
      expect(Math.abs(page.height - 841.89)).toBeLessThan(1);
      expect(squash(page.text)).toContain(`第${i + 1}页/共${pages.length}页`);
    });
  });

  it('opens with the title block', async () => {
    const first = squash((await readPdf(sample.script))[0]!.text);
    for (const line of [
      plan.meta.title,
      '交流发言',
      '某某单位',
      '张某某',
      '青年干部理论学习交流会',
      '2026年11月27日',
    ]) {
      expect(first).toContain(squash(line));
    }
  });

  it('has its running title on every page but the first, whose head shows the title', async () => {
    const pages = (await readPdf(sample.script)).map((page) => squash(page.text).replace(/第\d+页\/共\d+页/g, ''));
    const running = squash(`${plan.meta.title}讲稿`);
    expect(pages[0]!.startsWith(`${squash(plan.meta.title)}交流发言`)).toBe(true);
    expect(pages[0]).not.toContain('讲稿');
    for (const page of pages.slice(1)) expect(page.startsWith(running)).toBe(true);
  });

  it("has every slide's notes, whole and in order, each after its slide marker", async () => {
    const text = await scriptText();
    let at = 0;
    for (const slide of plan.slides) {
      const marker = text.indexOf(squash(slideMarker(slide)), at);
      expect(marker, slideMarker(slide)).toBeGreaterThanOrEqual(at);
      at = marker;
      if (!slide.notes) continue;
      const notes = text.indexOf(squash(slide.notes.text), at);
      expect(notes, `notes of slide ${slide.number}`).toBeGreaterThan(at);
      at = notes;
    }
  });

  it("gives the total and each part's speaking time as the timing module computes it", async () => {
    const text = await scriptText();
    const seconds = (slides: typeof plan.slides) =>
      slides.reduce((sum, s) => sum + spokenSeconds(s.notes?.text ?? '', plan.meta.pace), 0);
    expect(text).toContain(squash(`预计用时 ${formatMinutes(seconds(plan.slides))}`));
    expect(formatMinutes(seconds(plan.slides))).toBe(formatMinutes(plan.seconds));
    for (const part of plan.parts) {
      const minutes = formatMinutes(seconds(plan.slides.filter((s) => s.part?.index === part.index)));
      expect(text).toContain(squash(`${part.title}本部分预计${minutes}`));
    }
  });

  it('embeds the Chinese serif and sans fonts, each face it uses as one font object', async () => {
    const fonts = await embeddedFonts(sample.script);
    expect(fonts.some((f) => f.startsWith('NotoSerifSC'))).toBe(true);
    expect(fonts.some((f) => f.startsWith('NotoSansSC'))).toBe(true);
    expect(await fontObjects(sample.script)).toEqual([...fonts].sort());
    expect(await rasterImages(sample.script)).toBe(0);
  });

  it('carries the title, speaker and event as metadata', async () => {
    const meta = await pdfMetadata(sample.script);
    expect(meta.title).toBe(`${plan.meta.title}（讲稿）`);
    expect(meta.author).toBe(plan.meta.speaker);
    expect(meta.subject).toBe(plan.meta.event);
  });
});
