// The button that makes every output of the outline (deck, PDFs, handout, script, PowerPoint) from the saved file,
// showing the progress the server reports and the files written.
import type { EditorSay } from '../messages/editor-page.ts';
import { API } from './protocol.ts';
import type { Exported } from './protocol.ts';
import { request } from './server.ts';
import { button, element } from './dom.ts';
import type { Layout } from './layout.ts';

export function exportButton(say: EditorSay, saving: { flush(): Promise<void> }, layout: Layout): HTMLButtonElement {
  const made = button(
    say('exportButton'),
    () => {
      void (async () => {
        made.disabled = true;
        const progress = element('p', 'sd-export-progress', say('exporting'));
        const close = layout.dialog([progress]);
        const onPhase = (event: Event) => (progress.textContent = (event as CustomEvent<string>).detail);
        window.addEventListener('speechdeck-export', onPhase);
        try {
          await saving.flush();
          const { value } = await request<Exported>(API.export, { json: {} });
          close();
          const list = element(
            'ul',
            'sd-export-files',
            value.files.map((file, i) => element('li', '', [fileLink(file, value.links?.[i])])),
          );
          // The server names a read-only tab's refusal by a code; the page says it in the page's words.
          const why = value.error === 'read-only' ? say('readOnly') : value.error;
          const result = why
            ? element('p', 'sd-export-error', say('exportFailed', why))
            : element('p', '', say(value.unchanged ? 'exportedUnchanged' : 'exported', value.files.length));
          const done = layout.dialog([result, list, button(say('close'), () => done())]);
        } finally {
          window.removeEventListener('speechdeck-export', onPhase);
          made.disabled = false;
        }
      })();
    },
    'sd-export',
  );
  made.title = say('exportTitle');
  return made;
}

/** A written file as a link that opens it (served by the editor's server), or its path where there is none. */
function fileLink(file: string, link: string | undefined): Node {
  if (!link) return document.createTextNode(file);
  return element('a', 'sd-export-file', file, { href: link, target: '_blank', rel: 'noopener' });
}
