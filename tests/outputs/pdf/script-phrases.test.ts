// The speaker's script breaks its lines as the slides do: read back with pdftotext, every line of the notes ends
// where deck/phrases.ts allows a break, never inside a set phrase (the list's or the outline's own `keep:`), never
// before closing punctuation, never leaving one character alone; a long title wraps onto balanced lines.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOutputs } from '../../../src/outputs/index.ts';
import type { OutputReporter } from '../../../src/outputs/index.ts';
import { keptPhrases, phraseBreaks, phraseRulesWith, PHRASE_RULES } from '../../../src/deck/phrases.ts';

const KEEP = ['群众路线教育实践活动'];
const TITLE = '坚持以人民为中心的发展思想推动新时代基层社会治理体系现代化';
const PHRASES = [
  '以习近平同志为核心的党中央',
  '中国特色社会主义',
  '基层党组织',
  '全过程人民民主',
  '新时代枫桥经验',
  ...KEEP,
];
const FILLER = '我们要始终坚持从群众中来到群众中去的工作方法把群众的呼声当作第一信号';

/** Paragraphs whose set phrases stand at every offset of a line, so that some of them meet a line's end. */
function paragraphs(): string[] {
  return Array.from({ length: 30 }, (_, i) => {
    const phrase = PHRASES[i % PHRASES.length]!;
    const lead = FILLER.slice(0, 6 + (i % 24));
    return `${lead}，始终同${phrase}想在一起、干在一起，把${PHRASES[(i + 2) % PHRASES.length]}的要求落到实处。这是根本遵循。`;
  });
}

function outline(): string {
  const notes = paragraphs();
  const slides = [0, 10, 20].map(
    (from, n) => `## 第${n + 1}张\n\n- 要点\n\n::: notes\n${notes.slice(from, from + 10).join('\n\n')}\n:::\n`,
  );
  return `---\ntitle: ${TITLE}\nkeep: [${KEEP.join(', ')}]\n---\n\n${slides.join('\n')}`;
}

const quietly = (pdfs: string[]): OutputReporter => ({
  step: (_label, work) => work(() => undefined),
  made: (output, told) => {
    if (output.browser) pdfs.push(...told.map((one) => one.path));
  },
});

let work: string;
let lines: string[];
/** The widest space justification put between two Han characters on each printed line, in em (mutool's characters). */
let gaps: Array<{ line: string; widest: number }>;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-script-phrases-'));
  const file = path.join(work, 'talk.md');
  await fs.writeFile(file, outline());
  const pdfs: string[] = [];
  await makeOutputs({ outlines: [file], dist: () => path.join(work, 'dist'), outputs: ['script'] }, quietly(pdfs));
  expect(pdfs).toHaveLength(1);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfs[0]!, '-'], { encoding: 'utf8' });
  lines = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ''))
    .filter(Boolean);
  gaps = drawnGaps(execFileSync('mutool', ['draw', '-q', '-F', 'stext', '-o', '-', pdfs[0]!], { encoding: 'utf8' }));
}, 240_000);

/** Each printed line of the body's type (its characters grouped by baseline, page by page): its text and the widest
 *  gap between two Han characters beyond their em. */
function drawnGaps(stext: string): Array<{ line: string; widest: number }> {
  const found: Array<{ line: string; widest: number }> = [];
  for (const page of stext.split('<page ').slice(1)) {
    const rows = new Map<string, Array<{ x: number; c: string; size: number }>>();
    for (const font of page.split('<font ').slice(1)) {
      const size = Number(/size="([\d.]+)"/.exec(font)![1]);
      for (const char of font.matchAll(/<char [^>]*?x="([\d.]+)" y="([\d.]+)"[^>]*? c="([^"]*)"/g)) {
        const c = char[3]!.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
          String.fromCodePoint(Number.parseInt(hex, 16)),
        );
        const key = Number(char[2]).toFixed(0);
        rows.set(key, [...(rows.get(key) ?? []), { x: Number(char[1]), c, size }]);
      }
    }
    for (const row of rows.values()) {
      row.sort((a, b) => a.x - b.x);
      let widest = 0;
      for (let i = 1; i < row.length; i++) {
        const [a, b] = [row[i - 1]!, row[i]!];
        if (/\p{Script=Han}/u.test(a.c) && /\p{Script=Han}/u.test(b.c) && a.size > 14)
          widest = Math.max(widest, (b.x - a.x) / a.size - 1);
      }
      found.push({ line: row.map((char) => char.c).join(''), widest });
    }
  }
  return found;
}
afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

/** Where each paragraph's lines end: offsets into the paragraph's text (the lines that spell it out, in order). */
function lineEnds(paragraph: string): number[] {
  for (let start = 0; start < lines.length; start++) {
    const ends: number[] = [];
    let at = 0;
    for (let i = start; i < lines.length && at < paragraph.length; i++) {
      const line = lines[i]!;
      if (paragraph.slice(at, at + line.length) !== line) break;
      at += line.length;
      if (at < paragraph.length) ends.push(at);
    }
    if (at === paragraph.length) return ends;
  }
  throw new Error(`not in the script as lines: ${paragraph}`);
}

describe("the script's lines", () => {
  it('break only between phrases, never inside a set phrase or before closing punctuation', () => {
    const rules = phraseRulesWith(PHRASE_RULES, KEEP);
    let wrapped = 0;
    for (const paragraph of paragraphs()) {
      const allowed = new Set(phraseBreaks(paragraph, rules));
      const kept = keptPhrases(paragraph, KEEP);
      for (const end of lineEnds(paragraph)) {
        wrapped++;
        const where = `${paragraph.slice(0, end)} / ${paragraph.slice(end)}`;
        expect(
          kept.some((p) => end > p.from && end < p.to),
          where,
        ).toBe(false);
        expect(/^[，。、；：！？）》”]/.test(paragraph.slice(end)), where).toBe(false);
        expect(allowed.has(end) || /[，。、；：！？]/.test(paragraph[end - 1]!), where).toBe(true);
      }
    }
    // (the paragraphs are longer than a line: most of them wrap)
    expect(wrapped).toBeGreaterThan(30);
  });

  it('never leave one character alone on a line', () => {
    for (const paragraph of paragraphs()) {
      const ends = [0, ...lineEnds(paragraph), paragraph.length];
      for (let i = 1; i < ends.length; i++) {
        const line = paragraph.slice(ends[i - 1], ends[i]).replace(/[^\p{L}\p{N}]/gu, '');
        expect(line.length, paragraph.slice(ends[i - 1], ends[i])).toBeGreaterThan(1);
      }
    }
  });

  it('are justified only where full enough: a line a moving phrase ended early is not stretched (以 上 就 是)', () => {
    const body = gaps.filter((g) => g.line.length > 4);
    expect(body.length).toBeGreaterThan(60);
    // (justification of a full line widens each gap by a few hundredths of an em)
    for (const { line, widest } of body) expect(widest, line).toBeLessThan(0.16);
    expect(body.filter((g) => g.widest > 0.005).length, 'lines still justified').toBeGreaterThan(10);
  });

  it('set a long title on two balanced lines', () => {
    // (the running title at the top of a page is the title on one line: the title block's are the two that spell it)
    const first = lines.findIndex((line, i) => line !== TITLE && line + lines[i + 1] === TITLE);
    expect(first, lines.slice(0, 8).join('\n')).toBeGreaterThanOrEqual(0);
    const [one, two] = [lines[first]!, lines[first + 1]!];
    expect(Math.abs(one.length - two.length), `${one} / ${two}`).toBeLessThanOrEqual(4);
    expect(keptPhrases(TITLE).some((p) => one.length > p.from && one.length < p.to)).toBe(false);
  });
});
