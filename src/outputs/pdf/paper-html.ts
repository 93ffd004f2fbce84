// The HTML shell every A4 paper document (handout, script) is laid out in: Chinese, its stylesheets, its own CSS.
import { escapeHtml } from '../../deck/index.ts';

export interface PaperDocument {
  /** Classes on <html>, which the document's CSS keys on. */
  className: string;
  title: string;
  /** Font and theme stylesheets, as URLs. */
  stylesheets: string[];
  css: string;
  body: string;
}

/** What all paper shares: Chinese line breaking (never before 。，、 or after “（), and colours printed as set. */
const PAPER_BASE_CSS = `html {
  line-break: strict;
  word-break: normal;
  overflow-wrap: break-word;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}`;

export function paperDocument(doc: PaperDocument): string {
  return `<!doctype html>
<html lang="zh-CN" class="${escapeHtml(doc.className)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.title)}</title>
${doc.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<style>${PAPER_BASE_CSS}
${doc.css}</style>
</head>
<body>
${doc.body}
</body>
</html>
`;
}
