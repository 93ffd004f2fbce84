// The page's line reader (src/outputs/pdf/drawn-lines.js) reads plain text by its phrases' boxes and by halving where
// a text node's lines change: it must find exactly the lines a reading of every character finds, in the kinds of text
// a talk holds (phrases in spans, a phrase broken over lines, spaces, Latin words, sizes mixed) and in what it reads
// character by character (marks, format characters, characters beyond the BMP, right-to-left text).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { addLineReader } from '../../src/outputs/pdf/paper.ts';

/** Every character read with a Range of its own: the reading the fast one must agree with (plain JavaScript, since
 *  the page has none of tsx's helpers). */
const EVERY_CHARACTER = `window.everyCharacter = function (block, scale) {
  const lines = [];
  const hard = [];
  let text = '';
  const walk = (node) => {
    if (node instanceof Element && node !== block && node.tagName === 'BR') { hard.push(text.length); return; }
    if (node.nodeType === Node.TEXT_NODE) {
      const size = parseFloat(getComputedStyle(node.parentElement).fontSize) * scale;
      for (let i = 0; i < node.data.length; i++) {
        const letter = node.data[i];
        if (!letter.trim()) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (!(rect.width > 0)) continue;
        const line = lines.at(-1);
        if (!line || rect.top > line.top + size * 0.6)
          lines.push({ start: text.length + i, offset: i, top: rect.top, right: rect.right, letters: 1, size, drawn: letter, node });
        else { line.right = Math.max(line.right, rect.right); line.letters++; line.drawn += letter; }
      }
      text += node.data;
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(block);
  return { text, lines, hard };
};`;

const PHRASES = '全区建成了一刻钟便民生活圈，群众办事不出村，老人吃饭有食堂，孩子放学有人管';

/** Blocks of the kinds named above, each in a narrow column so that it runs over several lines. */
const BLOCKS = [
  // phrases kept whole in spans, as the notes are phrased
  PHRASES.split('，')
    .map((phrase) => `<span class="p">${phrase}，</span>`)
    .join(''),
  // one long text node broken over many lines, with spaces and a Latin word
  `${PHRASES.repeat(3)} WeChat mini program 小程序 ${PHRASES}`,
  // sizes mixed, a forced break, a phrase longer than a line
  `<span style="font-size: 28px">${PHRASES}</span><br><span class="p">${PHRASES.repeat(2)}</span><small>${PHRASES}</small>`,
  // what is read character by character: combining marks, a zero-width space, characters beyond the BMP, Hebrew
  `Cafe\u0301 re\u0301sume\u0301 ${PHRASES}\u200b${PHRASES} 𠀀𠀁𠮷 ${PHRASES} שלום עולם ${PHRASES}`,
  // phrases that end in a space (a Latin word's), whose box runs past their last character
  PHRASES.split('，')
    .map((phrase) => `<span class="p">${phrase} </span><span>mini program </span>`)
    .join(''),
  // nested inline elements and a node that is not drawn
  `<b>${PHRASES}<i>${PHRASES}</i></b><span style="display: none">${PHRASES}</span>${PHRASES}`,
];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.setViewport({ width: 800, height: 600 });
  await page.setContent(
    `<!doctype html><html lang="zh"><body style="font: 20px sans-serif">${BLOCKS.map(
      (html, i) =>
        `<p id="b${i}" style="width: ${160 + 37 * i}px; text-align: left">${html}</p><p id="j${i}" style="width: ${190 + 23 * i}px; text-align: justify">${html}</p>`,
    ).join(
      '',
    )}<div id="scaled" style="transform: scale(0.5); transform-origin: 0 0"><p id="s0" style="width: 300px">${BLOCKS[0]}${BLOCKS[1]}</p></div></body></html>`,
  );
  await addLineReader(page);
  await page.evaluate(`${EVERY_CHARACTER};undefined`);
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
});

/** The block's lines read both ways, each line's node given as the index of its text node in the block. */
async function bothReadings(id: string, scale = 1): Promise<{ fast: unknown; every: unknown; lines: number }> {
  return page.evaluate<[], () => { fast: unknown; every: unknown; lines: number }>(
    `(() => {
      const block = document.getElementById(${JSON.stringify(id)});
      const nodes = [];
      const collect = (node) => { if (node.nodeType === Node.TEXT_NODE) nodes.push(node); node.childNodes.forEach(collect); };
      collect(block);
      const plain = ({ text, lines, hard }) => ({ text, hard, lines: lines.map((line) => ({ ...line, node: nodes.indexOf(line.node) })) });
      const every = plain(window.everyCharacter(block, ${scale}));
      const fast = plain(window.speechdeckDrawnLines(block, { scale: ${scale} }));
      return { fast, every, lines: every.lines.length };
    })()`,
  );
}

describe('the line reader', () => {
  for (const [i] of BLOCKS.entries()) {
    for (const kind of ['b', 'j']) {
      it(`finds the lines of every character in block ${i} (${kind === 'b' ? 'ragged' : 'justified'})`, async () => {
        const { fast, every, lines } = await bothReadings(`${kind}${i}`);
        // (the block does run over several lines: otherwise there would be nothing to find)
        expect(lines).toBeGreaterThan(2);
        expect(fast).toEqual(every);
      });
    }
  }

  it('finds them in a block enlarged or reduced by a transform', async () => {
    const { fast, every, lines } = await bothReadings('s0', 0.5);
    expect(lines).toBeGreaterThan(2);
    expect(fast).toEqual(every);
  });
});
