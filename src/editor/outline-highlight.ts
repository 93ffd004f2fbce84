// How the outline looks in the editor besides Markdown's own highlighting: the front matter and its keys, the notes
// (shaded: what is said, told apart at a glance from what is shown) and the `---` continuations.
import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, ViewPlugin } from '@codemirror/view';
import type { DecorationSet, EditorView, ViewUpdate } from '@codemirror/view';

import {
  closesContainer,
  containerMarker,
  frontMatterLines,
  isContinuation,
  isNoteLine,
  isSlideHeading,
  opensNotes,
} from '../outline/lines.ts';

const KEY = /^([A-Za-z_][\w-]*)[ \t]*[:：]/;

const front = Decoration.line({ class: 'sd-front' });
const notes = Decoration.line({ class: 'sd-notes' });
const continuation = Decoration.line({ class: 'sd-continuation' });
const key = Decoration.mark({ class: 'sd-key' });

/** How a line looks: in the front matter (with the length of its key, if it has one), in the notes, a continuation. */
export type LineLook = { kind: 'front'; key: number } | { kind: 'notes' } | { kind: 'continuation' } | undefined;

/** Each line's look, read as the parser reads the outline (lines.ts): the notes run from `::: notes` to its `:::`,
 *  or from a `Note:` line to the page's end, and a `#`/`##` heading ends them. */
export function lineLooks(lines: readonly string[]): LineLook[] {
  const looks: LineLook[] = new Array(lines.length).fill(undefined);
  const frontMatter = frontMatterLines(lines);
  const bodyStart = frontMatter ? frontMatter.last : 0;
  for (let i = frontMatter ? frontMatter.first - 1 : 0; i < bodyStart; i++) {
    const match = i > frontMatter!.first - 1 && i < frontMatter!.last - 1 ? KEY.exec(lines[i]!) : null;
    looks[i] = { kind: 'front', key: match ? match[1]!.length : 0 };
  }
  let notesColons = 0;
  let noteRun = false;
  for (let i = bodyStart; i < lines.length; i++) {
    const text = lines[i]!;
    if (isSlideHeading(text)) {
      noteRun = false;
      notesColons = 0;
    }
    if (notesColons === 0 && isContinuation(text)) {
      noteRun = false;
      looks[i] = { kind: 'continuation' };
      continue;
    }
    if (notesColons === 0 && opensNotes(text)) notesColons = containerMarker(text)!.colons;
    else if (notesColons > 0 && closesContainer(text, notesColons)) {
      looks[i] = { kind: 'notes' };
      notesColons = 0;
      continue;
    } else if (notesColons === 0 && isNoteLine(text)) noteRun = true;
    if (notesColons > 0 || noteRun) looks[i] = { kind: 'notes' };
  }
  return looks;
}

/** The decorations of the whole document: outlines are short, and a notes block may start far above the screen. */
function decorate(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const doc = view.state.doc;
  const lines: string[] = [];
  for (const text of doc.iterLines()) lines.push(text);
  lineLooks(lines).forEach((look, index) => {
    if (!look) return;
    const { from } = doc.line(index + 1);
    if (look.kind === 'front') {
      builder.add(from, from, front);
      if (look.key > 0) builder.add(from, from + look.key, key);
    } else builder.add(from, from, look.kind === 'notes' ? notes : continuation);
  });
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
