// Pictures dropped or pasted into the text: sent to the server, which copies them into the outline's `images/`
// folder, then linked where they were dropped (or at the cursor).
import { EditorView } from '@codemirror/view';
import type { EditorSay } from '../messages/editor-page.ts';
import { API } from './protocol.ts';
import { request } from './server.ts';

export function pictureHandlers(say: EditorSay, notice: (message: string) => void) {
  const insert = async (view: EditorView, files: File[], at: number) => {
    for (const file of files) {
      const { value } = await request<{ address?: string; message?: string }>(
        `${API.picture}?name=${encodeURIComponent(file.name || 'picture')}`,
        {
          body: await file.arrayBuffer(),
        },
      );
      if (!value.address) {
        notice(say('pictureRefused', value.message ?? ''));
        continue;
      }
      const line = view.state.doc.lineAt(at);
      // On a line of its own, so Markdown reads it as a picture of the slide.
      const before = line.text.slice(0, at - line.from).trim() ? '\n\n' : '';
      const after = line.text.slice(at - line.from).trim() ? '\n\n' : '';
      const text = `${before}![](${value.address})${after}`;
      view.dispatch({ changes: { from: at, insert: text }, selection: { anchor: at + text.length } });
      at += text.length;
    }
  };
  return EditorView.domEventHandlers({
    paste(event, view) {
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length === 0) return false;
      event.preventDefault();
      void insert(view, files, view.state.selection.main.head);
      return true;
    },
    drop(event, view) {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return false;
      event.preventDefault();
      const at = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head;
      void insert(view, files, at);
      return true;
    },
  });
}
