// The editor's page: one HTML document naming the outline and the language, and its script and stylesheet, bundled
// by esbuild from src/editor/ when the server starts (CodeMirror and all: nothing is loaded from elsewhere).
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { PACKAGE_ROOT } from '../../files/paths.ts';
import { escapeHtml } from '../../deck/index.ts';
import { scriptJson } from '../../deck/document.ts';
import type { Language } from '../../messages/language.mjs';
import { sayInEditor } from '../../messages/editor-page.ts';

const EDITOR_ENTRY = path.join(PACKAGE_ROOT, 'src/editor/main.ts');
export const PAGE_PATH = '/edit';
export const SCRIPT_PATH = '/edit/editor.js';
export const STYLESHEET_PATH = '/edit/editor.css';

export interface EditorBundle {
  script: string;
  stylesheet: string;
}

/** Bundles the page's code (a few hundred milliseconds; once per server). */
export async function bundleEditor(): Promise<EditorBundle> {
  const result = await build({
    entryPoints: [EDITOR_ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: ['chrome100', 'edge100', 'firefox100', 'safari15'],
    outdir: 'out',
    logLevel: 'silent',
    legalComments: 'none',
  });
  const text = (ext: string) => result.outputFiles.find((file) => file.path.endsWith(ext))?.text ?? '';
  return { script: text('.js'), stylesheet: text('.css') };
}

/** The page's own script and styles, gzipped, in bytes (the bench's measure of what the page costs to load). */
export function gzippedSize(bundle: EditorBundle): number {
  return gzipSync(bundle.script).length + gzipSync(bundle.stylesheet).length;
}

/** What the page is told when it is served. */
export interface PageSettings {
  lang: Language;
  /** The outline's name as shown (relative to the project). */
  file: string;
}

export function editorDocument(settings: PageSettings): string {
  return `<!doctype html>
<html lang="${settings.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(sayInEditor(settings.lang, 'pageTitle', settings.file))}</title>
<script type="application/json" id="editor-settings">${scriptJson(settings)}</script>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
<script type="module" src="${SCRIPT_PATH}"></script>
</head>
<body></body>
</html>
`;
}
