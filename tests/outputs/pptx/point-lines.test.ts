// The PowerPoint's points show the deck's lines: a reader (PowerPoint, WPS, LibreOffice) breaks Chinese between any
// two characters, so a point's text carries a soft line break (<a:br/>, inside its one paragraph) where the deck's slide
// wraps it between phrases, and nowhere else: never inside a set phrase, and never where the next phrase would still
// have fitted on the line (the deck fills a line before it breaks one).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME } from '../../../src/deck/layout.ts';
import { textEm } from '../../../src/deck/measure.ts';
import { PHRASE_RULES, phraseBreaks, phraseRulesWith } from '../../../src/deck/phrases.ts';
import { SET_PHRASES } from '../../../src/deck/set-phrases.ts';
import { slideSize } from '../../../src/deck/size.ts';
import { loadDeck } from '../../../src/load/index.ts';
import { writePptxFile } from '../../../src/outputs/pptx/file.ts';
import { readPptx, shapesOf, slideNames } from '../../support/pptx.ts';

const OUTLINE = (aspect: string) => `---
title: 要点的行
theme: red
aspect: "${aspect}"
numbering: chinese
agenda: false
closing: false
---

## 始终同以习近平同志为核心的党中央保持高度一致

- 始终同以习近平同志为核心的党中央保持高度一致，坚决维护党中央权威和集中统一领导
- 深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”
- 推动基层党组织全面进步全面过硬，把党的政治优势和组织优势转化为基层治理效能
- 坚持中国特色社会主义道路，发展全过程人民民主，胸怀国之大者，推动基层党组织建设

## 有序的要点

1. 把握群众思想观念的变化，推动基层党组织建设提质增效，以习近平同志为核心的党中央始终牵挂
   - 青年学生、务工青年、新社会阶层人士的思想动态，推动基层党组织建设全面进步全面过硬
2. 完善党组织领导的自治、法治、德治相结合的城乡基层治理体系，发展全过程人民民主
`;

/** The width in em a point's text has in the deck at `sizePx` (the body less the band: 2em, 3.3em beside （一）,
 *  0.75em and a 0.14em border), a sub-point's 1.1em less. */
function deckEm(aspect: '16:9' | '4:3', sizePx: number, ordered: boolean, sub: boolean, subPx: number): number {
  const body = slideSize(aspect).width - 2 * FRAME.padX[aspect];
  const point = body - ((ordered ? 3.3 : 2) + 0.75 + 0.14) * sizePx;
  return sub ? (point - 1.1 * subPx) / subPx : point / sizePx;
}

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-point-lines-'));
});
afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe.each(['16:9', '4:3'] as const)('points at %s', (aspect) => {
  let points: Array<{ lines: string[]; room: number; ordered: boolean }>;

  beforeAll(async () => {
    const outline = path.join(work, `${aspect.replace(':', 'x')}.md`);
    await fs.writeFile(outline, OUTLINE(aspect));
    const deck = await loadDeck(outline);
    const { parts } = await readPptx(await fs.readFile((await writePptxFile(deck, `${outline}.pptx`)).path));
    points = slideNames(parts)
      .slice(1)
      .flatMap((name, n) => {
        const body = shapesOf(parts.get(name)!).find((shape) => shape.placeholder === 'body')!;
        const ordered = n === 1;
        const slide = deck.plan.slides[n + 1]!;
        const pointPx = slide.kind === 'content' ? slide.typeSize : 0;
        return body.paragraphs.map((paragraph) => {
          const sub = paragraph.level === 1;
          const px = sub ? Math.max(0.88 * pointPx, 40) : pointPx;
          // the （一） marker hangs in the indent: the text's lines are what follows it
          const text = paragraph.text.replace(/^（[一二三四五六七八九十]+）/, '');
          return { lines: text.split('\n'), room: deckEm(aspect, pointPx, ordered, sub, px), ordered };
        });
      });
  });

  it('writes the deck’s line breaks into long points and sub-points, one paragraph each', () => {
    expect(points).toHaveLength(7);
    expect(points.filter((point) => point.lines.length > 1).length).toBeGreaterThanOrEqual(aspect === '4:3' ? 7 : 4);
  });

  it('breaks only between phrases or after punctuation, never inside a set phrase', () => {
    const rules = phraseRulesWith(PHRASE_RULES, []);
    for (const { lines } of points) {
      const text = lines.join('');
      const allowed = new Set([...phraseBreaks(text, rules), ...afterPunctuation(text)]);
      let at = 0;
      for (const line of lines.slice(0, -1)) {
        at += line.length;
        expect(allowed.has(at), lines.join(' / ')).toBe(true);
        for (const phrase of SET_PHRASES) {
          for (let from = text.indexOf(phrase); from >= 0; from = text.indexOf(phrase, from + 1))
            expect(at > from && at < from + phrase.length, `${phrase} in ${lines.join(' / ')}`).toBe(false);
        }
      }
    }
  });

  it('fills each line as the deck does: every line fits, and the next line’s first phrase would not', () => {
    const rules = phraseRulesWith(PHRASE_RULES, []);
    let pretty = 0;
    for (const { lines, room } of points) {
      const text = lines.join('');
      const allowed = [...new Set([...phraseBreaks(text, rules), ...afterPunctuation(text)])].sort((a, b) => a - b);
      for (const line of lines) expect(textEm(line), line).toBeLessThanOrEqual(room);
      const greedy = filled(text, [...allowed, text.length], room);
      const last = greedy.at(-1)!;
      // `text-wrap: pretty`: a last line of one phrase under a third of the line is not left alone; Chromium takes
      // breaks as many as the greedy lines, the last of them longer, or the greedy ones
      if (
        greedy.length >= 2 &&
        greedy.length <= 4 &&
        textEm(last) < room / 3 &&
        !allowed.some((at) => at > text.length - last.length)
      ) {
        pretty++;
        expect(lines.length, lines.join(' / ')).toBe(greedy.length);
        // (or the greedy lines, where they score best)
        if (lines.join('\n') !== greedy.join('\n'))
          expect(lines.at(-1)!.length, lines.join(' / ')).toBeGreaterThan(last.length);
      } else expect(lines, greedy.join(' / ')).toEqual(greedy);
    }
    if (aspect === '16:9') expect(pretty).toBeGreaterThan(0);
  });
});

/** Offsets after a comma or a stop: Chromium breaks there whatever the phrases (`word-break: keep-all` keeps letters
 *  together, not a clause from the next). */
function afterPunctuation(text: string): number[] {
  return [...text.matchAll(/[，、；：。！？](?=[^，、；：。！？”’）])/gu)].map((match) => match.index + 1);
}

/** `text` in lines filled as far as each goes, broken only at `allowed` (offsets, the text's end last). */
function filled(text: string, allowed: number[], room: number): string[] {
  const lines: string[] = [];
  let from = 0;
  while (from < text.length) {
    const ends = allowed.filter((at) => at > from);
    const end = ends.filter((at) => textEm(text.slice(from, at)) <= room).at(-1) ?? ends[0]!;
    lines.push(text.slice(from, end));
    from = end;
  }
  return lines;
}

describe('a heading in a slide’s body', () => {
  it('carries the deck’s line breaks between phrases, each line within the body at its size', async () => {
    const outline = path.join(work, 'heading.md');
    await fs.writeFile(
      outline,
      '---\ntitle: 正文里的标题\naspect: "4:3"\nagenda: false\nclosing: false\n---\n\n## 一段话和标题\n\n这是一段开头的话。\n\n### 推动基层党组织全面进步全面过硬，把党的政治优势和组织优势转化为基层治理效能\n',
    );
    const deck = await loadDeck(outline);
    const { parts } = await readPptx(await fs.readFile((await writePptxFile(deck, `${outline}.pptx`)).path));
    const body = shapesOf(parts.get(slideNames(parts)[1]!)!).find((shape) => shape.placeholder === 'body')!;
    const heading = body.paragraphs.find((p) => p.text.startsWith('推动'))!;
    const lines = heading.text.split('\n');
    expect(lines.length, heading.text).toBeGreaterThan(1);
    const text = lines.join('');
    const allowed = new Set([...phraseBreaks(text, phraseRulesWith(PHRASE_RULES, [])), ...afterPunctuation(text)]);
    const slide = deck.plan.slides[1]!;
    const size = (slide.kind === 'content' ? slide.typeSize : 0) * 1.1;
    const room = (slideSize('4:3').width - 2 * FRAME.padX['4:3']) / size;
    let at = 0;
    for (const line of lines) {
      expect(textEm(line, 0), line).toBeLessThanOrEqual(room);
      at += line.length;
      if (at < text.length) expect(allowed.has(at), lines.join(' / ')).toBe(true);
    }
  });
});
