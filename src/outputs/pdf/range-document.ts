// A long deck's range as a document of its own: the deck's page holding only the range's slides. Each range's page
// then parses and lays out its share of the deck, instead of the whole deck's HTML (4.5 MB at 3,000 slides) with the
// other slides dropped by the client once parsed (`?print-slides`, client/print-range.ts).

/** The deck's slides first–last (counted from 1, both included) in the deck's own document; everything else of it
 *  (head, settings, fonts, client, the slides' own numbers and footers) as written. */
export type RangeDocument = (first: number, last: number) => string;

/** Range documents of the deck's page `html`, which holds `slidesHtml`: its `sections` joined by newlines. Undefined
 *  where the page does not hold them so (written by another version, or changed since): the ranges are then cut by
 *  the client. */
export function rangeDocuments(
  html: string,
  slidesHtml: string,
  sections: readonly string[],
): RangeDocument | undefined {
  const at = html.indexOf(slidesHtml);
  if (!slidesHtml || at < 0 || html.indexOf(slidesHtml, at + 1) >= 0 || sections.join('\n') !== slidesHtml)
    return undefined;
  const before = html.slice(0, at);
  const after = html.slice(at + slidesHtml.length);
  return (first, last) => before + sections.slice(first - 1, last).join('\n') + after;
}
