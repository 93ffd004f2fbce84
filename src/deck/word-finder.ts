// Every place any of many words stands in a text, in one pass over the text (Aho–Corasick over UTF-16 code units):
// the time is the text's length plus the places found, however many words there are and however many share their
// first characters (the set phrases: 31 open with 党, 18 with 党的).

/** This module's file: what finds the set phrases is part of what the kept breaks are made by (phrases.ts). */
export const WORD_FINDER_FILE = import.meta.url;

/** The words as a trie with, at each node, where to go on when the next code unit leads nowhere (the node of the
 *  longest proper suffix of its path that is also a word's start) and the words that end there, its suffixes' too. */
export interface WordFinder {
  /** The root's next node by code unit (0: none): most characters of a text open no word, and are passed at once. */
  root: Int32Array;
  /** Every other node's next node by `node * 0x10000 + code unit` (one map for the whole trie, not one a node). */
  next: Map<number, number>;
  fallback: Int32Array;
  /** The indices (into the words given) of the words ending at each node, longest first. */
  ends: number[][];
  /** Each word's length in code units. */
  lengths: number[];
}

/** The finder of `words` (empty words are never found). */
export function wordFinder(words: readonly string[]): WordFinder {
  const root = new Int32Array(0x10000);
  const next = new Map<number, number>();
  /** Each node's children's code units, for the walk below. */
  const children: number[][] = [[]];
  const ownEnds: number[][] = [[]];
  words.forEach((word, index) => {
    if (!word) return;
    let node = 0;
    for (let at = 0; at < word.length; at++) {
      const code = word.charCodeAt(at);
      let child = node === 0 ? root[code] || undefined : next.get(node * 0x10000 + code);
      if (child === undefined) {
        child = ownEnds.length;
        ownEnds.push([]);
        children.push([]);
        children[node]!.push(code);
        if (node === 0) root[code] = child;
        else next.set(node * 0x10000 + code, child);
      }
      node = child;
    }
    ownEnds[node]!.push(index);
  });
  // Breadth first, so a node's fallback (a shorter path) is complete before the node's own.
  const fallback = new Int32Array(ownEnds.length);
  const ends: number[][] = ownEnds.map((own) => own);
  const finder: WordFinder = { root, next, fallback, ends, lengths: words.map((word) => word.length) };
  const queue = children[0]!.map((code) => root[code]!);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    ends[node] = [...ownEnds[node]!, ...ends[fallback[node]!]!];
    for (const code of children[node]!) {
      const child = next.get(node * 0x10000 + code)!;
      fallback[child] = step(finder, fallback[node]!, code);
      queue.push(child);
    }
  }
  return finder;
}

/** The node after `node` on reading `code`. */
function step(finder: WordFinder, node: number, code: number): number {
  let at = node;
  while (at !== 0) {
    const child = finder.next.get(at * 0x10000 + code);
    if (child !== undefined) return child;
    at = finder.fallback[at]!;
  }
  return finder.root[code]!;
}

/** Calls `found` with each word's index and the offset it starts at, for every place a word stands in `text`
 *  (overlapping places too), in the order the places end. */
export function findWords(finder: WordFinder, text: string, found: (word: number, at: number) => void): void {
  let node = 0;
  for (let at = 0; at < text.length; at++) {
    node = step(finder, node, text.charCodeAt(at));
    if (node === 0) continue;
    for (const word of finder.ends[node]!) found(word, at + 1 - finder.lengths[word]!);
  }
}
