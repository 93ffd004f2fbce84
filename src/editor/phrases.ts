// CodeMirror's own words (the search panel, folding, the problems list) in the page's language, from the catalogue:
// CodeMirror writes them in English unless the state is given their translations.
import { EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import type { EditorMessageKey, EditorSay } from '../messages/editor-page.ts';

/** CodeMirror's phrase (as its packages write it) → the catalogue's message. */
const PHRASES: Record<string, EditorMessageKey> = {
  Find: 'cmFind',
  Replace: 'cmReplace',
  next: 'cmNext',
  previous: 'cmPrevious',
  all: 'cmAll',
  'match case': 'cmMatchCase',
  regexp: 'cmRegexp',
  'by word': 'cmByWord',
  replace: 'cmReplaceOne',
  'replace all': 'cmReplaceAll',
  close: 'cmClose',
  'current match': 'cmCurrentMatch',
  'on line': 'cmOnLine',
  'replaced $ matches': 'cmReplacedMatches',
  'replaced match on line $': 'cmReplacedOnLine',
  'Go to line': 'cmGoToLine',
  go: 'cmGo',
  'Fold line': 'cmFoldLine',
  'Unfold line': 'cmUnfoldLine',
  'Folded lines': 'cmFoldedLines',
  'Unfolded lines': 'cmUnfoldedLines',
  to: 'cmTo',
  'folded code': 'cmFoldedCode',
  unfold: 'cmUnfold',
  'Control character': 'cmControlCharacter',
  'Selection deleted': 'cmSelectionDeleted',
  Completions: 'cmCompletions',
  Diagnostics: 'cmDiagnostics',
  'No diagnostics': 'cmNoDiagnostics',
  '$ unchanged lines': 'cmUnchangedLines',
};

export function editorPhrases(say: EditorSay): Extension {
  const said = Object.entries(PHRASES).map(([phrase, key]) => [phrase, (say as (k: EditorMessageKey) => string)(key)]);
  return EditorState.phrases.of(Object.fromEntries(said));
}
