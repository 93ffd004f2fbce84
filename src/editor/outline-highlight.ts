// How the outline looks in the editor besides Markdown's own highlighting: the front matter and its keys, the notes
// (shaded: what is said, told apart at a glance from what is shown) and the `---` continuations.
import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, ViewPlugin } from '@codemirror/view';
import type { DecorationSet, EditorView, ViewUpdate } from '@codemirror/view';

const FENCE = /^---[ \t]*$/;
const NOTES_OPEN = /^:::[ \t]*notes\b/i;
const NOTE_LINE = /^notes?[ \t]*[:：]/i;
const CLOSE = /^:::[ \t]*$/;
const HEADING = /^#{1,6}[ \t]/;
const KEY = /^([A-Za-z_][\w-]*)[ \t]*[:：]/;

const front = Decoration.line({ class: 'sd-front' });
const notes = Decoration.line({ class: 'sd-notes' });
const continuation = Decoration.line({ class: 'sd-continuation' });
const key = Decoration.mark({ class: 'sd-key' });

/** The decorations of the whole document: outlines are short, and a notes block may start far above the screen. */
function decorate(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const doc = view.state.doc;
  let inFront = doc.lines > 0 && FENCE.test(doc.line(1).text);
  let inNotes = false;
  let noteRun = false;
  for (let n = 1; n <= doc.lines; n++) {
    const line = doc.line(n);
    const text = line.text;
    if (inFront) {
      builder.add(line.from, line.from, front);
      const match = n > 1 ? KEY.exec(text) : null;
      if (match) builder.add(line.from, line.from + match[1]!.length, key);
      if (n > 1 && FENCE.test(text)) inFront = false;
      continue;
    }
    if (HEADING.test(text)) noteRun = inNotes = false;
    if (FENCE.test(text) && !inNotes) {
      noteRun = false;
      builder.add(line.from, line.from, continuation);
      continue;
    }
    if (!inNotes && NOTES_OPEN.test(text)) inNotes = true;
    else if (!inNotes && NOTE_LINE.test(text)) noteRun = true;
    if (inNotes || noteRun) builder.add(line.from, line.from, notes);
    if (inNotes && CLOSE.test(text)) inNotes = false;
  }
  return builder.finish();
}

export const outlineLook = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorate(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged) this.decorations = decorate(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
