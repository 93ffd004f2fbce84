// The long image's page (长图): a header naming the talk, every slide's picture stacked at the width a phone shows
// (1080 px) with a thin gap, and a footer line. Laid out by the browser, then cut into parts (long-image.ts).
import { bylineWords, chineseDate, escapeHtml } from '../../deck/index.ts';
import type { Meta } from '../../outline/types.ts';

/** The width of the long image, in pixels: what a phone's screen shows at full resolution. */
export const LONG_WIDTH = 1080;
/** The gap between two slides. */
const LONG_GAP = 12;

/** The footer's words: the talk, who gave it, how many slides. */
export function longFooter(meta: Pick<Meta, 'title' | 'speaker' | 'organization'>, slides: number): string {
  return [meta.title, bylineWords(meta as Meta).join(' '), `共${slides}页`].filter(Boolean).join('　·　');
}

/** The header's lines below the title: who speaks, then where and when. */
export function longHeaderLines(meta: Pick<Meta, 'speaker' | 'organization' | 'event' | 'date'>): string[] {
  const byline = bylineWords(meta as Meta).join('　');
  const when = [meta.event, meta.date ? chineseDate(meta.date) : undefined].filter(Boolean).join('　');
  return [byline, when].filter(Boolean);
}

/** Every word the page shows besides the slides' pictures: the fonts are cut to hold them. */
export function longImageText(meta: Meta, slides: number): string {
  return [meta.title, ...longHeaderLines(meta), longFooter(meta, slides)].join('\n');
}

/** The page's HTML; `pictures` are the slides' picture addresses, in order. Blocks carry `data-block` so that the
 *  page can be cut between them. */
export function longImageDocument(meta: Meta, pictures: string[], stylesheets: string[], aspect: number): string {
  const lines = longHeaderLines(meta)
    .map((line, i) => `<p class="${i === 0 ? 'byline' : 'when'}">${escapeHtml(line)}</p>`)
    .join('');
  const slides = pictures
    .map((src, i) => `<img data-block src="${escapeHtml(src)}" alt="第${i + 1}页" width="${LONG_WIDTH}">`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(meta.title)}</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<style>
html, body { margin: 0; padding: 0; width: ${LONG_WIDTH}px; background: var(--sd-rule, #e8e2d6);
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Noto Sans SC', sans-serif; }
header { background: var(--sd-page, #fffdf8); color: var(--sd-text, #222); padding: 56px 72px 48px;
  text-align: center; border-top: 10px solid var(--sd-accent, #b71c1c); }
h1 { font-family: 'Noto Serif SC', serif; font-weight: 700; font-size: 52px; line-height: 1.3; margin: 0 0 20px;
  color: var(--sd-heading, #9e1212); }
header p { margin: 8px 0 0; font-size: 28px; line-height: 1.4; }
header p.when { color: var(--sd-muted, #6b5e55); font-size: 26px; }
img { display: block; width: ${LONG_WIDTH}px; height: ${Math.round(LONG_WIDTH / aspect)}px; margin-top: ${LONG_GAP}px; }
footer { margin-top: ${LONG_GAP}px; background: var(--sd-footer, #f6efe2); color: var(--sd-footer-text, #55402f);
  font-size: 24px; line-height: 1.5; padding: 28px 72px; text-align: center; }
</style>
</head>
<body>
<header data-block><h1>${escapeHtml(meta.title)}</h1>${lines}</header>
${slides}
<footer data-block>${escapeHtml(longFooter(meta, pictures.length))}</footer>
</body>
</html>
`;
}

/** Where to cut a page of blocks (their tops and bottoms, in order) so that no part is taller than `max`: each cut
 *  falls at the top of a block, never through one. A block taller than `max` alone is a part of its own. */
export function longImageParts(
  blocks: ReadonlyArray<{ top: number; bottom: number }>,
  total: number,
  max: number,
): Array<{ top: number; height: number }> {
  const parts: Array<{ top: number; height: number }> = [];
  let start = 0;
  for (const [i, block] of blocks.entries()) {
    const end = i === blocks.length - 1 ? total : block.bottom;
    if (end - start > max && block.top > start) {
      parts.push({ top: start, height: block.top - start });
      start = block.top;
    }
  }
  parts.push({ top: start, height: total - start });
  return parts;
}
