// A long deck's range cut out of the deck's page in Node, so that each range's page parses only its slides: the same
// document but for the other slides, and none where the page does not hold the slides as rendered.
import { describe, expect, it } from 'vitest';
import { deckDocument } from '../../../src/deck/document.ts';
import { loadDeck } from '../../../src/load/index.ts';
import { rangeDocuments } from '../../../src/outputs/pdf/range-document.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

/** How many slides a document holds (each slide's section carries the class sd-slide). */
function slideCount(html: string): number {
  return html.match(/<section\b[^>]*class="sd-slide\b/g)?.length ?? 0;
}

describe('a range of the deck as a document of its own', async () => {
  const deck = await loadDeck(SAMPLE_OUTLINE);
  const sections = deck.slideSections;
  const html = deckDocument(deck.plan, '<script>/* client */</script>', deck.slidesHtml, '<script>/* end */</script>');

  it('holds the range’s slides in order and everything else of the page as written', () => {
    const documents = rangeDocuments(html, deck.slidesHtml, sections);
    expect(documents).toBeDefined();
    expect(sections.length).toBeGreaterThan(9);
    expect(slideCount(html)).toBe(sections.length);
    const range = documents!(4, 9);
    expect(slideCount(range)).toBe(6);
    expect(range).toContain(sections.slice(3, 9).join('\n'));
    for (const other of [sections[2]!, sections[9]!]) expect(range).not.toContain(other);
    // the page with the other slides put back is the deck's page
    const ours = sections.slice(3, 9).join('\n');
    expect(range.replace(ours, deck.slidesHtml)).toBe(html);
  });

  it('covers the deck once over its ranges, first and last slide included', () => {
    const documents = rangeDocuments(html, deck.slidesHtml, sections)!;
    const n = sections.length;
    const counts = [documents(1, 3), documents(4, n - 1), documents(n, n)].map(slideCount);
    expect(counts).toEqual([3, n - 4, 1]);
    expect(documents(1, n)).toBe(html);
  });

  it('gives none where the page does not hold the slides as rendered', () => {
    const edited = html.replace(sections[5]!, `${sections[5]!}<!-- edited -->`);
    expect(rangeDocuments(edited, deck.slidesHtml, sections)).toBeUndefined();
    expect(rangeDocuments(html + deck.slidesHtml, deck.slidesHtml, sections)).toBeUndefined();
    expect(rangeDocuments(html, deck.slidesHtml, sections.slice(1))).toBeUndefined();
    expect(rangeDocuments(html, '', [])).toBeUndefined();
  });
});
