// The HTML shell every A4 paper document (handout, script) is laid out in: Chinese, its stylesheets, its own CSS.
import { escapeHtml } from '../../deck/index.ts';

export interface PaperDocument {
  /** Classes on <html>, which the document's CSS keys on. */
  className: string;
  title: string;
  /** Font, theme and document stylesheets, as URLs. */
  stylesheets: string[];
  /** What only this document knows: its layout's numbers, its running title. */
  css: string;
  body: string;
}

export function paperDocument(doc: PaperDocument): string {
  return `<!doctype html>
<html lang="zh-CN" class="${escapeHtml(doc.className)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.title)}</title>
${doc.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<style>${doc.css}</style>
</head>
<body>
${doc.body}
</body>
</html>
`;
}
