// Their version and mine side by side, after a change on disk: CodeMirror's merge view marks the lines that differ
// and folds away the long stretches both share, so a speaker sees at once what the other program changed.
import { MergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

export function showBoth(parent: HTMLElement, theirs: string, mine: string, phrases: Extension): MergeView {
  const shown = (text: string) => ({
    doc: text,
    extensions: [EditorView.lineWrapping, EditorState.readOnly.of(true), EditorView.editable.of(false), phrases],
  });
  const view = new MergeView({
    parent,
    a: shown(theirs),
    b: shown(mine),
    collapseUnchanged: { margin: 2, minSize: 4 },
  });
  return view;
}
