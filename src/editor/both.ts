// Their version and mine side by side, after a change on disk: CodeMirror's merge view marks the lines that differ
// and folds away the long stretches both share, so a speaker sees at once what the other program changed.
import { MergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** The marks either side of a folded stretch: the merge view's own (⦚) is in no Chinese font an office PC is sure to
 *  have (Microsoft YaHei, SimSun, PingFang, Noto CJK), and shows as a box there; … is in every one (GB 2312). */
const FOLD_MARK = '…';

const foldMarks = EditorView.theme({
  '.cm-collapsedLines:before': { content: `"${FOLD_MARK}"` },
  '.cm-collapsedLines:after': { content: `"${FOLD_MARK}"` },
});

export function showBoth(parent: HTMLElement, theirs: string, mine: string, phrases: Extension): MergeView {
  const shown = (text: string) => ({
    doc: text,
    extensions: [
      EditorView.lineWrapping,
      EditorState.readOnly.of(true),
      EditorView.editable.of(false),
      phrases,
      foldMarks,
    ],
  });
  const view = new MergeView({
    parent,
    a: shown(theirs),
    b: shown(mine),
    collapseUnchanged: { margin: 2, minSize: 4 },
  });
  return view;
}
