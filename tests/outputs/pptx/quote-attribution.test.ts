// A quote under a point, of one to seven lines, in the deck's slides PDF and in LibreOffice's rendering of the
// PowerPoint: the point, the quote's first line and its attribution each stand as far lower in the PowerPoint as the
// others (the body as a whole is set a little lower by LibreOffice, deck-parity.test.ts), within the parity test's
// tolerance. The attribution left to the reader's own line height, 0.6em under the last line, stood 0.015-0.02 of the
// page lower than the quote's lines did, and 0.054-0.061 lower than the deck's; a point's gap over the quote put the
// quote another 0.015 lower. Skipped, saying so, where LibreOffice or mutool is not installed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/load/index.ts';
import { makeOutputs, type OutputReporter } from '../../../src/outputs/index.ts';
import { writePptxFile } from '../../../src/outputs/pptx/file.ts';
import { SOFFICE, convertAllToPdf } from '../../support/office.ts';
import { installed } from '../../support/pdf.ts';
import { elements, xml } from '../../support/pptx.ts';

const SENTENCES = [
  '坚持以人民为中心的发展思想，把群众利益放在首位。',
  '始终保持同人民群众的血肉联系，',
  '全年投入2023.5亿元用在刀刃上。',
  '这是中国特色社会主义制度的显著优势。',
  '我们要把为人民服务落到实处。',
];
const QUOTES = [
  SENTENCES[0]!,
  SENTENCES.slice(0, 3).join(''),
  SENTENCES.join(''),
  SENTENCES.join('') + SENTENCES.slice(0, 4).join(''),
  SENTENCES.join('').repeat(2),
];
/** As the parity test: about 43 px at 1080. */
const TOLERANCE = 0.04;
/** How much further apart two of a slide's blocks may stand in one than in the other. */
const BETWEEN = 0.01;

const outline = (theme: string, aspect: string) =>
  `---\ntitle: 引文\ntheme: ${theme}\naspect: "${aspect}"\n---\n\n${QUOTES.map(
    (quote, i) => `## 要点和引文${i + 1}\n\n- 要点一说明情况\n\n> ${quote}\n> —— 毛泽东\n`,
  ).join('\n')}`;

const RUNS = [
  ['red', '16:9'],
  ['light', '4:3'],
] as const;

/** Each page's lines: their text and their top as a share of the page's height (read by MuPDF). */
function pageLines(file: string): Array<Array<{ text: string; top: number }>> {
  const doc = xml(execFileSync('mutool', ['draw', '-q', '-F', 'stext', '-o', '-', file], { encoding: 'utf8' }));
  return elements(doc, 'page').map((page) =>
    elements(page, 'line').map((line) => {
      const font = elements(line, 'font')[0]!;
      const chars = elements(line, 'char');
      return {
        text: chars.map((char) => char.attribs.c ?? '').join(''),
        top: (Number(chars[0]?.attribs.y) - 0.88 * Number(font.attribs.size)) / Number(page.attribs.height),
      };
    }),
  );
}

/** Where a slide's point, its quote's first line and its attribution stand. */
function tops(lines: Array<{ text: string; top: number }>): number[] {
  const at = (test: (text: string) => boolean) => lines.find((line) => test(line.text.replace(/\s+/g, '')))?.top;
  return [at((t) => t.startsWith('要点一')), at((t) => t.startsWith('坚持')), at((t) => t.startsWith('——'))].map(
    (top) => top ?? Number.NaN,
  );
}

const quietly: OutputReporter = { step: (_label, work) => work(() => undefined), made: () => undefined };
const ready = Boolean(SOFFICE) && installed('mutool');
if (!ready)
  console.warn('skipping the quote attribution’s place in the PowerPoint: soffice or mutool is not installed');

let work: string;
const made = new Map<string, { deck: number[][]; office: number[][] }>();
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-quote-attribution-'));
  if (!ready) return;
  const written = await Promise.all(
    RUNS.map(async ([theme, aspect]) => {
      const run = `${theme}-${aspect.replace(':', 'x')}`;
      const file = path.join(work, `${run}.md`);
      await fs.writeFile(file, outline(theme, aspect));
      const pptx = await writePptxFile(await loadDeck(file), path.join(work, `${run}.pptx`));
      return { run, file, pptx: pptx.path };
    }),
  );
  const dist = path.join(work, 'dist');
  const [, office] = await Promise.all([
    makeOutputs({ outlines: written.map((one) => one.file), dist: () => dist, outputs: ['slides'] }, quietly),
    convertAllToPdf(
      written.map((one) => one.pptx),
      work,
    ),
  ]);
  written.forEach((one, i) =>
    made.set(one.run, {
      deck: pageLines(path.join(dist, `${one.run}.pdf`))
        .slice(1, -1)
        .map(tops),
      office: pageLines(office[i]!).slice(1, -1).map(tops),
    }),
  );
}, 600_000);
afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe.skipIf(!ready).each(RUNS)('a quote under a point, theme %s at %s', (theme, aspect) => {
  it('stands, with its attribution, where the deck’s does, each line as far lower as the point above it', () => {
    const { deck, office } = made.get(`${theme}-${aspect.replace(':', 'x')}`)!;
    expect(deck).toHaveLength(QUOTES.length);
    const apart = deck.flatMap((slide, i) => {
      const shift = slide.map((top, n) => office[i]![n]! - top);
      const far = shift.some((d) => !(Math.abs(d) <= TOLERANCE)) || Math.max(...shift) - Math.min(...shift) > BETWEEN;
      return far ? [`${i + 1}: ${shift.map((d) => d.toFixed(3)).join(' ')}`] : [];
    });
    expect(apart).toEqual([]);
  });
});
