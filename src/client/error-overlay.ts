// In the dev server: while the outline does not parse, speechdeck's own overlay over the page (the last slides that
// worked stay under it): each error's file:line, what is wrong, how to fix it, and the line itself with the place
// marked. It goes when a save fixes the outline; Esc hides it until the next save.
import type { DeckCheck, Finding } from '../check/findings.ts';
import { where } from '../outline/error.ts';
import { sayInPage } from '../messages/page.ts';

const STYLE = `
#sd-error { position: fixed; inset: 0; z-index: 2000; display: flex; align-items: flex-start; justify-content: center;
  padding: 8vh 4vw; overflow: auto; background: rgba(20, 20, 20, 0.55); text-align: left;
  font: 16px/1.5 'Noto Sans SC', system-ui, sans-serif; color: #222; }
#sd-error .sd-error-panel { width: min(880px, 100%); background: #fff; border-radius: 10px; padding: 20px 28px;
  border-top: 6px solid #c62828; box-shadow: 0 8px 30px rgba(0, 0, 0, 0.35); }
#sd-error h2 { margin: 0 0 12px; font-size: 19px; font-weight: 700; color: #c62828; }
#sd-error ol { list-style: none; margin: 0; padding: 0; }
#sd-error li { margin: 0 0 16px; }
#sd-error .sd-error-where { font-family: ui-monospace, Consolas, 'Noto Sans Mono CJK SC', monospace; font-weight: 700; }
#sd-error .sd-error-hint { color: #555; }
#sd-error pre { margin: 6px 0 0; padding: 8px 12px; background: #f6f3ee; border-radius: 6px; overflow-x: auto;
  font: 15px/1.5 ui-monospace, Consolas, 'Noto Sans Mono CJK SC', monospace; white-space: pre; }
#sd-error pre .sd-error-gutter { color: #999; user-select: none; }
#sd-error code, #sd-check code { font: 0.94em ui-monospace, Consolas, 'Noto Sans Mono CJK SC', monospace; padding: 0 3px;
  background: rgba(0, 0, 0, 0.06); border-radius: 3px; }
#sd-error mark { background: #ffd5d5; color: #b71c1c; font-weight: 700; border-bottom: 2px solid #c62828; }
#sd-error .sd-error-footer { margin: 8px 0 0; color: #555; font-size: 14px; }
@media print { #sd-error { display: none !important; } }
`;

export interface ErrorOverlay {
  /** Shows the errors of a check that did not parse, or takes the overlay away when it parsed. */
  show(check: DeckCheck): void;
  /** Hides it until the next save (Esc). */
  dismiss(): void;
  readonly open: boolean;
}

export function errorOverlay(): ErrorOverlay {
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  let overlay: HTMLElement | undefined;
  const remove = () => {
    overlay?.remove();
    overlay = undefined;
  };
  return {
    show(check) {
      remove();
      const errors = check.findings.filter((finding) => finding.code === 'outline');
      if (errors.length === 0) return;
      overlay = render(check, errors);
      overlay.addEventListener('click', (event) => {
        if (event.target === overlay) remove();
      });
      document.body.append(overlay);
    },
    dismiss: remove,
    get open() {
      return overlay !== undefined;
    },
  };
}

function render(check: DeckCheck, errors: Finding[]): HTMLElement {
  const { lang } = check;
  const overlay = element('div', '', { id: 'sd-error', role: 'alertdialog', 'aria-modal': 'true' });
  const panel = element('div', '', { class: 'sd-error-panel' });
  const title =
    errors.length === 1
      ? sayInPage(lang, 'overlayTitle', check.file)
      : sayInPage(lang, 'overlayTitleMany', check.file, errors.length);
  panel.append(element('h2', title));
  const list = element('ol');
  for (const error of errors) {
    const item = element('li');
    item.append(
      element('div', where(error.file, error), { class: 'sd-error-where' }),
      withCode('div', error.message, { class: 'sd-error-message' }),
    );
    if (error.hint) item.append(withCode('div', error.hint, { class: 'sd-error-hint' }));
    const line = error.line === undefined ? undefined : check.excerpts?.[error.line];
    if (line !== undefined && error.line !== undefined) item.append(excerpt(line, error.line, error.column ?? 1));
    list.append(item);
  }
  panel.append(list, element('p', sayInPage(lang, 'overlayFooter'), { class: 'sd-error-footer' }));
  overlay.append(panel);
  return overlay;
}

/** The source line with its number, and the character the error points at marked. */
function excerpt(text: string, line: number, column: number): HTMLElement {
  const pre = element('pre');
  const characters = [...text];
  const at = Math.max(0, column - 1);
  // A tab is shown as an arrow, a place past the end of the line as a space: the mark is always visible.
  const marked = characters[at] === undefined ? ' ' : characters[at] === '\t' ? '→   ' : characters[at]!;
  pre.append(
    element('span', `${line} │ `, { class: 'sd-error-gutter' }),
    characters.slice(0, at).join(''),
    element('mark', marked),
    characters.slice(at + 1).join(''),
  );
  return pre;
}

/** An element whose text shows `code` spans (a mark to type, a line to write) in monospace type, without the backticks. */
export function withCode(tag: string, text: string, attributes: Record<string, string> = {}): HTMLElement {
  const node = element(tag, '', attributes);
  text.split(/`([^`]+)`/).forEach((part, index) => node.append(index % 2 ? element('code', part) : part));
  return node;
}

export function element(tag: string, text = '', attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
