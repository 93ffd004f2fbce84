// The page's parts: the toolbar, the banner (a conflict, a read-only tab), the text, the slide with its figures and
// thumbnails, the status bar, and dialogs.
import type { EditorSay } from '../messages/editor-page.ts';
import { button, element } from './dom.ts';

export interface Layout {
  text: HTMLElement;
  stage: HTMLElement;
  toolbar: HTMLElement;
  banner: HTMLElement;
  status: { save: HTMLElement; slides: HTMLElement; time: HTMLElement; problems: HTMLButtonElement };
  notice(message: string): void;
  brokenNotice(shown: boolean): void;
  thumbs: HTMLElement;
  showFigures(figures: string[], onAdd: (figure: string) => void): void;
  dialog(content: Node[]): () => void;
}

export function buildLayout(say: EditorSay): Layout {
  const toolbar = element('div', 'sd-toolbar');
  const banner = element('div', 'sd-banner');
  const text = element('section', 'sd-text');
  const stage = element('div', 'sd-stage');
  const broken = element('div', 'sd-broken', say('previewBroken'));
  broken.hidden = true;
  const figures = element('div', 'sd-figures');
  const thumbs = element('div', 'sd-thumbs');
  const side = element('section', 'sd-side', [stage, broken, figures, thumbs]);
  const status = {
    save: element('span', 'sd-save'),
    slides: element('span', 'sd-count'),
    time: element('span', 'sd-time'),
    problems: element('button', 'sd-problems', '', { type: 'button' }),
  };
  const notices = element('div', 'sd-notices');
  const bar = element('footer', 'sd-status', [status.save, status.slides, status.time, status.problems, notices]);
  document.body.append(toolbar, banner, element('main', 'sd-main', [text, side]), bar);
  return {
    text,
    stage,
    toolbar,
    banner,
    status,
    notice(message) {
      notices.textContent = message;
    },
    brokenNotice(shown) {
      broken.hidden = !shown;
    },
    thumbs,
    showFigures(list, onAdd) {
      figures.replaceChildren(
        ...list.map((figure) =>
          element('div', 'sd-figure', [
            element('span', '', say('figureOffer', figure)),
            button(say('addAsPoint'), () => onAdd(figure)),
          ]),
        ),
      );
    },
    dialog(content) {
      const box = element('div', 'sd-dialog', content);
      const backdrop = element('div', 'sd-backdrop', [box]);
      document.body.append(backdrop);
      return () => backdrop.remove();
    },
  };
}
