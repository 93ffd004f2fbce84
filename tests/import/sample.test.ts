// The real speech as it arrived (shared seed file, not copied into the repo): noise, structure, nothing lost.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftOutline } from '../../src/import/index.ts';
import { planDeck } from '../../src/deck/index.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { everything, expectInOrder, notesInOrder, sentencesOf } from './support/outline.ts';
import { existsSync } from 'node:fs';
import { RAW_SPEECH } from '../support/sample.ts';

// The raw speech lives in ../shared beside the project: CI has it, a bare clone may not (SPEECHDECK_RAW_SPEECH names it elsewhere).
const SAMPLE = process.env.SPEECHDECK_RAW_SPEECH ?? RAW_SPEECH;
const present = existsSync(SAMPLE);
if (!present) console.warn(`skipping the sample speech tests: ${SAMPLE} is missing (it comes from ../shared/seed/)`);

describe.skipIf(!present)('importing the sample speech (speech-raw.txt)', () => {
  const load = async () => {
    const bytes = readFileSync(SAMPLE);
    const draft = await draftOutline({ bytes, fileName: 'speech-raw.txt' });
    return {
      draft,
      outline: parseOutline(draft.markdown, 'speech-raw.md'),
      lines: bytes.toString('utf8').split(/\r?\n/u),
    };
  };

  it('finds the title, with "交流发言" as the subtitle', async () => {
    const { outline } = await load();
    expect(outline.meta.title).toBe('提升做好新时代群众工作的能力');
    expect(outline.meta.subtitle).toBe('交流发言');
  });

  it('finds the four parts, with their headings exactly as the speech states them', async () => {
    const { outline, draft } = await load();
    expect(draft.summary.style).toBe('lead-sentences');
    expect(outline.parts.map((p) => p.title)).toEqual([
      '紧跟时代步伐，把群众变化把握得更准',
      '保持血肉联系，把群众感情培育得更深',
      '解决急难愁盼，把群众利益保障得更好',
      '善于宣传发动，把群众力量凝聚得更强',
    ]);
    expect(outline.opening).toHaveLength(1);
    for (const part of outline.parts) expect(part.slides.length).toBeGreaterThanOrEqual(1);
  });

  it('removes the advertising and watermark lines, and only those, listing each one', async () => {
    const { draft, outline } = await load();
    expect(draft.removed.map((r) => r.line)).toEqual([1, 2, 3, 6, 13, 14, 15, 16, 17, 18, 19, 20]);
    const shown = everything(outline);
    for (const line of draft.removed) expect(shown).not.toContain(line.text.trim());
    expect(shown).not.toMatch(/QQ|仅供学习|禁止外传|会员|订阅|倒卖|咨询/u);
  });

  it('has every sentence of the cleaned speech in the notes, in order', async () => {
    const { draft, outline, lines } = await load();
    const removed = new Set(draft.removed.map((r) => r.line));
    const titleLine = 4;
    const speech = lines.filter((_, i) => !removed.has(i + 1) && i + 1 !== titleLine).join('\n');
    const sentences = sentencesOf(speech);
    expect(sentences.length).toBeGreaterThan(40);
    expectInOrder(notesInOrder(outline), sentences);
  });

  it('builds into a deck', async () => {
    const { outline } = await load();
    expect(planDeck(outline).slides.length).toBeGreaterThan(10);
  });
});
