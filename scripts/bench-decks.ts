// The inputs of `npm run bench`: generated outlines of any size, and the floor's bare reveal.js page of the same slides.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { planDeck, renderSlides } from '../src/deck/index.ts';
import { parseOutline } from '../src/outline/index.ts';
import { prng } from '../tests/support/prng.ts';

const packageFile = createRequire(import.meta.url).resolve;

/** The sample talk, whose sentences the generated decks are made of. */
const SAMPLE = fileURLToPath(new URL('../slides/qunzhong.md', import.meta.url));

/** The sentences of the sample talk (notes and points), markup dropped: real text to shuffle. */
function sampleSentences(): string[] {
  const body = readFileSync(SAMPLE, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  const text = body.replace(/^(#+|-|>|:::.*|Note:)\s*/gm, '').replace(/[*_`{}]|\.\w[\w-]*/g, '');
  return text
    .split(/(?<=[。！？；])|\n/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => (sentence.match(/[\u4e00-\u9fff]/g) ?? []).length >= 6);
}

/** The 3,755 commonest Han characters (GB 2312 level 1): names, places and terms a real talk brings in beyond the
 *  sample's few hundred characters. */
function commonHan(): string[] {
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xd7; row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) if (row < 0xd7 || cell <= 0xf9) bytes.push(row, cell);
  return [...iconv.decode(Buffer.from(bytes), 'gb2312')];
}

/** One generated talk: parts of content slides, each with a title, points and notes. */
interface BenchTalk {
  title: string;
  parts: Array<{ title: string; opening: string; slides: Array<{ heading: string; points: string[]; notes: string }> }>;
}

/** How many unusual characters each slide's notes bring in (a name, a place, a term): about 2,000 distinct
 *  characters at 480 slides, as a long real talk has, and about 700 at 28. */
const NEW_CHARACTERS_PER_SLIDE = 6;

/** A phrase of a sentence for a title or a point: its first clause, at most `most` characters. */
function phrase(sentence: string, most: number): string {
  return sentence.split(/[，。！？；：、]/)[0]!.slice(0, most);
}

/** The n-th talk of `slides` slides: the sample's sentences shuffled, with a few characters of the common set added
 *  to every slide's notes, shaped like the sample (title, agenda, part dividers, content slides with notes). */
function talk(slides: number): BenchTalk {
  // seeded: the same decks on every run
  const random = prng(slides).next;
  const sentences = sampleSentences();
  const han = commonHan();
  const pick = () => sentences[Math.floor(random() * sentences.length)]!;
  // As many parts as a long talk has (its agenda on one slide, as `slides` counts): one per 30 slides, 2 to 6.
  const parts = Math.min(6, Math.max(2, Math.round(slides / 30)));
  const content = slides - 3 - parts;
  const result: BenchTalk = { title: `基准测试讲稿（${slides} 页）`, parts: [] };
  let made = 0;
  for (let p = 0; p < parts; p++) {
    const part: BenchTalk['parts'][number] = { title: phrase(pick(), 16), opening: pick(), slides: [] };
    const here = Math.floor(content / parts) + (p < content % parts ? 1 : 0);
    for (let s = 0; s < here; s++, made++) {
      const rare = Array.from({ length: NEW_CHARACTERS_PER_SLIDE }, () => han[Math.floor(random() * han.length)]).join(
        '',
      );
      const notes = Array.from({ length: made % 10 === 9 ? 12 : 3 }, pick).join('') + `提到${rare}。`;
      part.slides.push({
        heading: contentHeading(made + 1, phrase(pick(), 14)),
        points: Array.from({ length: 4 }, () => phrase(pick(), 20)),
        notes,
      });
    }
    result.parts.push(part);
  }
  return result;
}

/** The heading of the n-th content slide (from 1): a phrase, numbered so that each heading is unique. */
function contentHeading(n: number, phraseOfIt: string): string {
  return `${phraseOfIt}（${n}）`;
}

/** The heading of the n-th content slide in the generated outline `source`. */
export function headingOf(source: string, n: number): string {
  const match = new RegExp(`^## (.*（${n}）)$`, 'm').exec(source);
  if (!match) throw new Error(`no content slide ${n} in the generated outline`);
  return match[1]!;
}

/** An outline with exactly `slides` slides, shaped like the sample talk: title, agenda, part dividers,
 *  content slides with notes on every one (every tenth with long notes), closing; its text is the sample's
 *  sentences shuffled, with more characters on every slide (see NEW_CHARACTERS_PER_SLIDE). */
export function outline(slides: number): string {
  const deck = talk(slides);
  const lines = ['---', `title: ${deck.title}`, 'speaker: 测试者', 'event: 基准测试', 'date: 2026-11-27', '---', ''];
  for (const part of deck.parts) {
    lines.push(`# ${part.title}`, '', '::: notes', part.opening, ':::', '');
    for (const slide of part.slides)
      lines.push(
        `## ${slide.heading}`,
        '',
        ...slide.points.map((point) => `- ${point}`),
        '',
        '::: notes',
        slide.notes,
        ':::',
        '',
      );
  }
  return lines.join('\n');
}

/** The same talk for Marp CLI, slide for slide: title, agenda, a page per part, the content slides with their notes
 *  (Marp's presenter notes are HTML comments), the closing page. */
export function marpMarkdown(slides: number): string {
  const deck = talk(slides);
  const pages = [
    `# ${deck.title}\n\n测试者\n\n基准测试 · 2026年11月27日`,
    `## 发言提纲\n\n${deck.parts.map((part, i) => `${i + 1}. ${part.title}`).join('\n')}`,
  ];
  for (const part of deck.parts) {
    pages.push(`# ${part.title}\n\n<!-- ${part.opening} -->`);
    for (const slide of part.slides)
      pages.push(
        `## ${slide.heading}\n\n${slide.points.map((point) => `- ${point}`).join('\n')}\n\n<!-- ${slide.notes} -->`,
      );
  }
  pages.push('# 谢谢！敬请批评指正。');
  return `---\nmarp: true\npaginate: true\nsize: 16:9\n---\n\n${pages.join('\n\n---\n\n')}\n`;
}

/** The slide sections speechdeck renders for an outline: the same HTML the real deck shows. */
export function slideSections(source: string, file: string): string {
  return renderSlides(planDeck(parseOutline(source, file)));
}

/** The floor's page: the given slide sections in a bare static reveal.js 6 page with Noto Sans SC as a web font,
 *  and nothing of speechdeck's own (no theme, no client script). Marks <html data-ready> once the print layout
 *  is done and the fonts have loaded. Every file is referenced by file:// URL from node_modules. */
export function floorDocument(sections: string): string {
  const css = [
    'reveal.js/reveal.css',
    'reveal.js/theme/white.css',
    '@fontsource/noto-sans-sc/400.css',
    '@fontsource/noto-sans-sc/700.css',
  ];
  const url = (name: string) => pathToFileURL(packageFile(name)).href;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
${css.map((sheet) => `<link rel="stylesheet" href="${url(sheet)}">`).join('\n')}
<style>.reveal { font-family: 'Noto Sans SC', sans-serif; }</style>
</head>
<body>
<div class="reveal"><div class="slides">
${sections}
</div></div>
<script src="${url('reveal.js')}"></script>
<script>
Reveal.on('pdf-ready', () => document.fonts.ready.then(() => { document.documentElement.dataset.ready = 'true'; }));
Reveal.initialize({ width: 1920, height: 1080, margin: 0, hash: false, pdfMaxPagesPerSlide: 1 });
</script>
</body>
</html>
`;
}
