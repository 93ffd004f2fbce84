// The inputs of `npm run bench`: generated outlines of any size, and the floor's bare reveal.js page of the same slides.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { planDeck, renderSlides } from '../src/deck/index.ts';
import { parseOutline } from '../src/outline/index.ts';

const packageFile = createRequire(import.meta.url).resolve;

const POINTS = ['坚持问题导向，找准工作切入点', '深入基层一线，摸清群众所需', '完善工作机制，推动长效常治', '加强队伍建设，提升履职本领'];
const SENTENCE = '我们要把群众的急难愁盼放在心上，一件一件抓落实，让群众看到实实在在的变化。';

/** The heading of the n-th content slide (from 1) in a generated outline. */
export function contentHeading(n: number): string {
  return `第${n}张内容页`;
}

/** An outline with exactly `slides` slides, shaped like the sample talk: title, agenda, part dividers,
 *  content slides with notes on every one (every tenth with long notes), closing. */
export function outline(slides: number): string {
  const parts = Math.max(2, Math.round(slides / 30));
  const content = slides - 3 - parts;
  const lines = ['---', `title: 基准测试讲稿（${slides} 页）`, 'speaker: 测试者', 'event: 基准测试', 'date: 2026-11-27', '---', ''];
  let made = 0;
  for (let p = 0; p < parts; p++) {
    lines.push(`# 第${p + 1}部分的标题`, '', '::: notes', `这是第${p + 1}部分的开场白。${SENTENCE}`, ':::', '');
    const here = Math.floor(content / parts) + (p < content % parts ? 1 : 0);
    for (let s = 0; s < here; s++, made++) {
      const notes = SENTENCE.repeat(made % 10 === 9 ? 12 : 3);
      lines.push(`## ${contentHeading(made + 1)}`, '', ...POINTS.map((point) => `- ${point}`), '', '::: notes', notes, ':::', '');
    }
  }
  return lines.join('\n');
}

/** The slide sections speechdeck renders for an outline: the same HTML the real deck shows. */
export function slideSections(source: string, file: string): string {
  return renderSlides(planDeck(parseOutline(source, file)));
}

/** The floor's page: the given slide sections in a bare static reveal.js 6 page with Noto Sans SC as a web font,
 *  and nothing of speechdeck's own (no theme, no client script). Marks <html data-ready> once the print layout
 *  is done and the fonts have loaded. Every file is referenced by file:// URL from node_modules. */
export function floorDocument(sections: string): string {
  const css = ['reveal.js/reveal.css', 'reveal.js/theme/white.css', '@fontsource/noto-sans-sc/400.css', '@fontsource/noto-sans-sc/700.css'];
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
