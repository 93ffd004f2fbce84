// The PowerPoint's cards show the deck's lines: a reader (PowerPoint, WPS, LibreOffice) breaks Chinese between any two
// characters, so the card's lead and text carry a line break where the deck's slide wraps them between phrases
// (当前和长远 / 统筹兼顾, never 当前和长远统筹兼 / 顾), and nowhere else: never inside a phrase or a set phrase.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_PHRASES, phraseBreaks, phraseRulesWith } from '../../../src/deck/phrases.ts';
import { loadDeck } from '../../../src/load/index.ts';
import { writePptxFile } from '../../../src/outputs/pptx/file.ts';
import { readPptx, shapesOf, slideNames } from '../../support/pptx.ts';
import { ROOT } from '../../support/sample.ts';

const STRESS = path.join(ROOT, 'tests/fixtures/layout/stress.md');

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-card-lines-'));
});
afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe.each([
  ['red', '16:9'],
  ['light', '4:3'],
])('the cards of the layout outline in theme %s at %s', (theme, aspect) => {
  let cards: string[];
  let keep: readonly string[] | undefined;

  beforeAll(async () => {
    const dir = path.join(work, `${theme}-${aspect.replace(':', 'x')}`);
    await fs.cp(path.join(path.dirname(STRESS), 'images'), path.join(dir, 'images'), { recursive: true });
    const outline = path.join(dir, 'stress.md');
    await fs.writeFile(
      outline,
      (await fs.readFile(STRESS, 'utf8')).replace('theme: red', `theme: ${theme}\naspect: "${aspect}"`),
    );
    const deck = await loadDeck(outline);
    keep = deck.plan.meta.keep;
    const pptx = await writePptxFile(deck, path.join(dir, 'stress.pptx'));
    const { parts } = await readPptx(await fs.readFile(pptx.path));
    // each card's lead (its title, when it has no （一）) and its text: the first paragraph of each
    cards = slideNames(parts).flatMap((name) =>
      shapesOf(parts.get(name)!)
        .filter((shape) => /^Card (title )?\d+$/.test(shape.name))
        .map((shape) => shape.paragraphs[0]?.text ?? '')
        .filter((text) => !/^（[一二三四五六七八九十]+）/.test(text)),
    );
  });

  it('breaks a card’s lines only between the phrases the deck breaks between, or after punctuation', () => {
    expect(cards.length).toBeGreaterThan(6);
    for (const card of cards) {
      const text = card.replace(/\n/g, '');
      const allowed = new Set([...phraseBreaks(text, phraseRulesWith(CARD_PHRASES, keep)), ...afterPunctuation(text)]);
      let at = 0;
      for (const line of card.split('\n').slice(0, -1)) {
        at += line.length;
        expect(allowed.has(at), card).toBe(true);
      }
    }
  });

  it('writes the deck’s own lines where a card’s text wraps', () => {
    const wrapped = cards.filter((card) => card.includes('\n'));
    expect(wrapped.length).toBeGreaterThan(1);
    if (aspect === '16:9') expect(cards).toContain('当前和长远\n统筹兼顾');
  });
});

/** Offsets after a comma or a stop: Chromium breaks there whatever the phrases (`word-break: keep-all` keeps letters
 *  together, not a clause from the next). */
function afterPunctuation(text: string): number[] {
  return [...text.matchAll(/[，、；：。！？](?=[^，、；：。！？”’）])/gu)].map((match) => match.index + 1);
}
