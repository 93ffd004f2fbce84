// The button that makes every output of the outline (deck, PDFs, handout, script, PowerPoint) from the saved file,
// showing the progress the server reports and the files written, and beside it the handout's slides a page.
import type { EditorSay } from '../messages/editor-page.ts';
import { PER_PAGE } from '../deck/per-page.ts';
import { API } from './protocol.ts';
import type { HandoutAsked, Exported } from './protocol.ts';
import { request } from './server.ts';
import { button, element } from './dom.ts';
import type { Layout } from './layout.ts';

/** The handout's slides a page the speaker last chose (`deck --per-page`), kept by the browser. */
const PER_PAGE_SETTING = 'speechdeck-handout-per-page';
const DEFAULT_PER_PAGE = 3;

/** The choice of the handout's slides a page, remembered for the next visit; `changed` is told of a new choice. */
export function perPageChoice(say: EditorSay, changed: () => void): { element: HTMLElement; value: () => number } {
  const chosen = Number(localStorage.getItem(PER_PAGE_SETTING));
  const select = element(
    'select',
    '',
    PER_PAGE.map((count) => element('option', '', say('perPageChoice', count), { value: String(count) })),
  );
  select.value = String((PER_PAGE as readonly number[]).includes(chosen) ? chosen : DEFAULT_PER_PAGE);
  select.addEventListener('change', () => {
    localStorage.setItem(PER_PAGE_SETTING, select.value);
    changed();
  });
  const label = element('label', 'sd-per-page', [document.createTextNode(say('perPageLabel')), select]);
  label.title = say('perPageTitle');
  return { element: label, value: () => Number(select.value) };
}

export function exportButton(
  say: EditorSay,
  saving: { flush(): Promise<void> },
  layout: Layout,
  perPage: () => number,
): HTMLButtonElement {
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
          const asked: HandoutAsked = { perPage: perPage() };
          const { value } = await request<Exported>(API.export, { json: asked });
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
