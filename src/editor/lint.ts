// The findings as the editor shows them: each an underline at its line with its message and fix, and a quick fix
// where the change is certain (quick-fixes.ts).
import type { Diagnostic } from '@codemirror/lint';
import { ViewPlugin } from '@codemirror/view';
import type { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import type { Text } from '@codemirror/state';
import type { Finding } from '../check/findings.ts';
import { quickFix } from './quick-fixes.ts';
import type { LineChange } from './quick-fixes.ts';

const SEVERITY: Record<Finding['severity'], Diagnostic['severity']> = {
  error: 'error',
  warning: 'warning',
  hint: 'info',
};

/** The diagnostics for `findings` in `doc`; `fixName` labels the quick fix. */
export function diagnostics(doc: Text, findings: Finding[], keys: readonly string[], fixName: string): Diagnostic[] {
  const lines = doc.toString().split('\n');
  return findings.map((finding) => {
    const lineNumber = Math.min(Math.max(finding.line ?? 1, 1), doc.lines);
    const line = doc.line(lineNumber);
    const from = Math.min(line.from + Math.max((finding.column ?? 1) - 1, 0), line.to);
    const fix = finding.code === 'outline' ? quickFix(lines, lineNumber, keys) : undefined;
    return {
      from,
      to: Math.max(line.to, from),
      severity: SEVERITY[finding.severity],
      message: finding.hint ? `${finding.message}${stop(finding.message)}${finding.hint}` : finding.message,
      ...(fix ? { actions: [{ name: fixName, apply: (view: EditorView) => applyChange(view, fix) }] } : {}),
    };
  });
}

/** Writes a line change into the editor (one undoable step). */
export function applyChange(view: EditorView, change: LineChange): void {
  const doc = view.state.doc;
  const text = change.lines.join('\n');
  if (change.to < change.from) {
    // An insertion before line `from` (or at the end of the document).
    if (change.from > doc.lines) view.dispatch({ changes: { from: doc.length, insert: `\n${text}` } });
    else view.dispatch({ changes: { from: doc.line(change.from).from, insert: `${text}\n` } });
    return;
  }
  view.dispatch({ changes: { from: doc.line(change.from).from, to: doc.line(change.to).to, insert: text } });
}

/** What ends a message before its fix: a Chinese full stop in a Chinese message (one ending in a figure or a code
 *  too: `多出 1:24`), `. ` otherwise; nothing after a stop. */
function stop(message: string): string {
  if (/[。！？]$/.test(message)) return '';
  if (/\p{Script=Han}/u.test(message)) return '。';
  return /[.!?]$/.test(message) ? ' ' : '. ';
}

/** CodeMirror names a quick fix's button to a screen reader in English itself (" Action: 修正（Ctrl-.）."), not
 *  through a phrase a page can translate: each such button, in a tooltip or the problems panel, is named by
 *  `label` (the catalogue's words) as it appears. */
export function quickFixLabels(label: (name: string) => string): Extension {
  return ViewPlugin.define((view) => {
    const name = (root: ParentNode) => {
      for (const button of root.querySelectorAll<HTMLElement>('.cm-diagnosticAction')) {
        const wanted = label(button.textContent ?? '');
        if (button.getAttribute('aria-label') !== wanted) button.setAttribute('aria-label', wanted);
      }
    };
    const watcher = new MutationObserver((changes) => {
      for (const change of changes)
        for (const added of change.addedNodes) if (added instanceof HTMLElement) name(added.parentElement ?? added);
    });
    watcher.observe(view.dom, { childList: true, subtree: true });
    name(view.dom);
    return { destroy: () => watcher.disconnect() };
  });
}
