// Switching outlines from the page: a list of the project's `slides/*.md` to open instead (the text here is saved
// first; what cannot be saved is lost only when the speaker says so), and a new outline from `speechdeck new`'s
// template. The server then edits the other outline and every page loads it.
import type { EditorSay } from '../messages/editor-page.ts';
import { API } from './protocol.ts';
import type { OutlineChoice, Switched } from './protocol.ts';
import { request } from './server.ts';
import { button, element } from './dom.ts';
import type { Layout } from './layout.ts';

export interface Leaving {
  /** Saves what is unsaved; resolves when done (or refused: a conflict, a read-only tab). */
  flush(): Promise<void>;
  dirty(): boolean;
  /** The page is about to load another outline: no question on unload. */
  leave(): void;
}

export function outlineSwitcher(say: EditorSay, saving: Leaving, layout: Layout): HTMLElement {
  const list = element('select', 'sd-outlines', [], { 'aria-label': say('outlinesLabel') });
  let current = '';
  void request<OutlineChoice[]>(API.outlines).then(({ value }) => {
    list.replaceChildren(...value.map((choice) => element('option', '', choice.file, { value: choice.file })));
    current = value.find((choice) => choice.current)?.file ?? '';
    list.value = current;
    list.dataset.ready = 'true';
  });
  list.addEventListener('change', () => {
    void open(API.switch, list.value).then((problem) => {
      if (problem === undefined) return;
      list.value = current;
      if (problem) layout.notice(problem);
    });
  });

  /** Saves (asking where that failed), then has the server open the outline and this page load it; otherwise
   *  why not ('' when the speaker chose to stay). */
  async function open(address: string, file: string): Promise<string | undefined> {
    await saving.flush();
    if (saving.dirty() && !window.confirm(say('switchUnsaved'))) return '';
    const { value } = await request<Switched>(address, { json: { file } });
    if (!value.switched) return value.message;
    saving.leave();
    location.reload();
    return undefined;
  }

  const newOutline = button(
    say('newOutline'),
    () => {
      const name = element('input', 'sd-new-name', [], { type: 'text' });
      const problem = element('p', 'sd-new-problem');
      const make = async () => {
        if (!name.value.trim()) return;
        const refused = await open(API.newOutline, name.value);
        if (refused === undefined) close();
        else problem.textContent = refused;
      };
      name.addEventListener('keydown', (event) => {
        // The Enter that ends an input method's composition picks the characters; it does not make the outline.
        if (event.key === 'Enter' && !event.isComposing) void make();
      });
      const close = layout.dialog([
        element('label', '', [element('span', '', say('newOutlineName')), name]),
        problem,
        element('div', 'sd-actions', [
          button(say('makeOutline'), () => void make(), 'sd-new-make'),
          button(say('close'), () => close()),
        ]),
      ]);
      name.focus();
    },
    'sd-new-outline',
  );
  return element('span', 'sd-switcher', [list, newOutline]);
}
