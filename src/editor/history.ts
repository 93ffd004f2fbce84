// The saved versions of the outline (kept by the server under `.speechdeck/history/`): a list to restore one from.
// A restored version comes into the text as a change, so it can be undone and is saved as any other.
import type { EditorView } from '@codemirror/view';
import type { EditorSay } from '../messages/editor-page.ts';
import { API } from './protocol.ts';
import type { HistoryEntry } from './protocol.ts';
import { request } from './server.ts';
import { button, element } from './dom.ts';
import type { Layout } from './layout.ts';

export function historyButton(say: EditorSay, view: EditorView, layout: Layout): HTMLButtonElement {
  const shown = button(say('historyButton'), () => {
    void (async () => {
      const versions = (await request<HistoryEntry[]>(API.history)).value;
      const restore = async (id: string) => {
        const { value } = await request<{ text: string }>(`${API.history}?id=${encodeURIComponent(id)}`);
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value.text } });
        close();
      };
      const rows = versions.map((version) =>
        element('li', '', [
          element('span', '', `${when(say, version.time)} · ${say(`version${version.kind}`)}`),
          button(say('restore'), () => void restore(version.id), 'sd-restore'),
        ]),
      );
      const close = layout.dialog([
        element('h3', '', say('historyButton')),
        rows.length ? element('ul', 'sd-versions', rows) : element('p', '', say('historyEmpty')),
        button(say('close'), () => close()),
      ]);
    })();
  });
  shown.classList.add('sd-history');
  return shown;
}

/** When a version was saved, in the page's language (not the browser's: an English Edge on a Chinese machine). */
function when(say: EditorSay, time: number): string {
  const date = new Date(time);
  const clock = [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0'));
  return say('versionTime', date.getFullYear(), date.getMonth() + 1, date.getDate(), clock.join(':'));
}
