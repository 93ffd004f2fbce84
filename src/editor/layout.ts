// The page's parts: the toolbar, the banner (a conflict, a read-only tab), the text, the slide with its figures and
// thumbnails, the status bar, and dialogs.
import type { EditorSay } from '../messages/editor-page.ts';
import { button, element } from './dom.ts';
import type { OfferedFigure } from './points.ts';

export interface Layout {
  text: HTMLElement;
  stage: HTMLElement;
  toolbar: HTMLElement;
  banner: HTMLElement;
  status: { save: HTMLElement; slides: HTMLElement; time: HTMLElement; problems: HTMLButtonElement };
  /** A message in the status bar; a `passing` one (a picture refused) goes once the speaker types on. */
  notice(message: string, passing?: boolean): void;
  clearNotice(): void;
  brokenNotice(shown: boolean): void;
  thumbs: HTMLElement;
  showFigures(figures: OfferedFigure[], onAdd: (figure: OfferedFigure) => void): void;
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
  let shownFigures = '[]';
  let addFigure: (figure: OfferedFigure) => void = () => {};
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
    notice(message, passing = false) {
      notices.textContent = message;
      notices.dataset.passing = String(passing);
    },
    clearNotice() {
      if (notices.dataset.passing === 'true') notices.textContent = '';
    },
    brokenNotice(shown) {
      broken.hidden = !shown;
    },
    thumbs,
    showFigures(list, onAdd) {
      // The same offers stay the same buttons: the panel is asked again on every cursor move and every parse, and a
      // button replaced between the press and the release of a click would lose the click.
      addFigure = onAdd;
      const key = JSON.stringify(list);
      if (key === shownFigures) return;
      shownFigures = key;
      figures.replaceChildren(
        ...list.map((figure) =>
          element('div', 'sd-figure', [
            element('span', '', say('figureOffer', figure.figure)),
            button(say('addAsPoint', figure.point), () => addFigure(figure)),
          ]),
        ),
      );
    },
    dialog(content) {
      const box = element('div', 'sd-dialog', content);
      const backdrop = element('div', 'sd-backdrop', [box]);
      document.body.append(backdrop);
      return () => {
        backdrop.remove();
        // Back to the text, where the speaker was: not to the page's body.
        text.querySelector<HTMLElement>('.cm-content')?.focus();
      };
    },
  };
}
