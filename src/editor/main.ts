// The editor's page: the outline in CodeMirror on the left, its slide on the right, problems as you type, saving.
// Nothing here runs during an input method's composition: no request, no underline, no save until it ends.
import { EditorView, basicSetup } from 'codemirror';
import { markdown } from '@codemirror/lang-markdown';
import { Compartment, EditorSelection, EditorState, Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { forEachDiagnostic, lintGutter, openLintPanel, setDiagnostics } from '@codemirror/lint';
import type { Finding } from '../check/findings.ts';
import { layoutFindings } from '../check/layout.ts';
import type { Language } from '../messages/language.mjs';
import { editorSayer } from '../messages/editor-page.ts';
import { API } from './protocol.ts';
import type { Linted, OpenedOutline, Rendered, SlideInfo } from './protocol.ts';
import { outlineLook } from './outline-highlight.ts';
import { Preview } from './preview.ts';
import { Thumbnails } from './thumbnails.ts';
import { applyChange, diagnostics, quickFixLabels } from './lint.ts';
import { bulletContinuation } from './continue-list.ts';
import { addPoint, unshownFigures } from './points.ts';
import { request } from './server.ts';
import { button } from './dom.ts';
import { Saving } from './save.ts';
import { pictureHandlers } from './pictures.ts';
import { exportButton, perPageChoice } from './export.ts';
import { historyButton } from './history.ts';
import { buildLayout } from './layout.ts';
import { outlineSwitcher } from './outlines.ts';
import { editorPhrases } from './phrases.ts';
import './editor.css';

interface Settings {
  lang: Language;
  file: string;
}

const settings = JSON.parse(document.getElementById('editor-settings')?.textContent ?? '{}') as Settings;
const lang = settings.lang ?? 'en';
const say = editorSayer(lang);

/** How long typing must pause before the findings are asked for: the slide follows every keystroke, the underlines
 *  (a request, a parse's findings, CodeMirror's decorations over the whole text) only a pause. */
const LINT_PAUSE_MS = 80;

/** Times of the latest change, for the bench: when it was typed, when its slide and its findings were shown, and how
 *  many times each was. */
const timing = { changed: 0, slideShown: 0, findingsShown: 0, layoutShown: 0, renders: 0, lints: 0, layouts: 0 };
(window as unknown as { speechdeckEditor: unknown }).speechdeckEditor = timing;

async function start(): Promise<void> {
  const opened = (await request<OpenedOutline>(API.outline)).value;
  const layout = buildLayout(say);
  const preview = new Preview(layout.stage, say('previewTitle'));
  const thumbnails = new Thumbnails(layout.thumbs, say('stripTitle'));
  let slides: SlideInfo[] = [];
  let outlineFindings: Finding[] = [];
  let measuredFindings: Finding[] = [];
  const editable = new Compartment();
  const phrases = editorPhrases(say);

  const view = new EditorView({
    parent: layout.text,
    state: EditorState.create({
      doc: opened.text,
      extensions: [
        basicSetup,
        markdown(),
        Prec.high(keymap.of([{ key: 'Enter', run: continueBulletPoint }])),
        phrases,
        EditorView.lineWrapping,
        outlineLook,
        lintGutter(),
        quickFixLabels((name) => say('correctItLabel', name)),
        editable.of([]),
        keymap.of([
          {
            key: 'Mod-s',
            preventDefault: true,
            run: () => {
              void saving.save('save');
              return true;
            },
          },
          {
            key: 'Mod-.',
            preventDefault: true,
            run: fixAtCursor,
          },
          {
            key: 'Alt-p',
            preventDefault: true,
            run: () => {
              makePoint();
              return true;
            },
          },
        ]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            timing.changed = performance.now();
            if (update.transactions.some((tr) => tr.isUserEvent('input') || tr.isUserEvent('delete')))
              layout.clearNotice();
            saving.changed();
            if (!update.view.composing) {
              scheduleRender();
              scheduleLint();
            }
          }
          if (update.selectionSet || update.docChanged) followCursor();
        }),
        EditorView.domEventHandlers({
          compositionend: () => {
            // The composed text is in the document once the composition has ended: render and save it then.
            setTimeout(() => {
              scheduleRender();
              scheduleLint();
              saving.compositionEnded();
            });
          },
        }),
        pictureHandlers(say, (message) => layout.notice(message, true)),
      ],
    }),
  });
  (window as unknown as { speechdeckView: EditorView }).speechdeckView = view;

  // The buttons that write: a read-only tab shows them, greyed, until it takes over.
  const writing: HTMLButtonElement[] = [];
  const saving = new Saving(
    view,
    opened,
    say,
    layout,
    (readOnly) => {
      view.dispatch({
        effects: editable.reconfigure(readOnly ? [EditorState.readOnly.of(true), EditorView.editable.of(false)] : []),
      });
      for (const control of writing) control.disabled = readOnly;
    },
    phrases,
  );

  // Rendering: one request at a time; changes made meanwhile are sent together when it returns. The server sends only
  // the slides that changed since the version this page last applied; the page keeps the rest.
  let rendering = false;
  let again = false;
  let applied = 0;
  let sections: string[] = [];
  let measureTimer: ReturnType<typeof setTimeout> | undefined;
  function scheduleRender(): void {
    if (rendering) {
      again = true;
      return;
    }
    void render();
  }
  async function render(): Promise<void> {
    rendering = true;
    again = false;
    const text = view.state.doc.toString();
    try {
      const rendered = (await request<Rendered>(API.render, { json: { text, have: applied } })).value;
      if (rendered.ok) {
        if (rendered.whole) {
          sections = [];
          slides = [];
        }
        sections.length = slides.length = rendered.count;
        for (const { index, html, slide } of rendered.changed) {
          sections[index] = html;
          slides[index] = slide;
        }
        applied = rendered.version;
        await preview.show(sections, rendered.title);
        timing.slideShown = performance.now();
        followCursor(true);
        layout.status.slides.textContent = say('slideCount', slides.length);
        layout.status.time.textContent = say('speakingTime', clock(rendered.seconds), rendered.duration ?? 0);
        thumbnails.show(sections, rendered.title);
        layout.status.slides.dataset.count = String(slides.length);
        layout.brokenNotice(false);
      } else {
        measuredFindings = [];
        layout.brokenNotice(true);
      }
      timing.renders++;
      clearTimeout(measureTimer);
      if (rendered.ok) measureTimer = setTimeout(() => void measure(), 200);
    } finally {
      rendering = false;
      if (again) scheduleRender();
    }
  }

  // The findings: asked for once typing pauses, apart from the slide; the newest answer only is shown. The handout's
  // are of the handout the export will print: asked again when the speaker chooses another.
  const perPage = perPageChoice(say, () => void lint());
  let lintTimer: ReturnType<typeof setTimeout> | undefined;
  let lintsAsked = 0;
  function scheduleLint(): void {
    clearTimeout(lintTimer);
    lintTimer = setTimeout(() => void lint(), LINT_PAUSE_MS);
  }
  async function lint(): Promise<void> {
    // Never in a composition: compositionend asks again.
    if (view.composing) return;
    const asked = ++lintsAsked;
    const linted = (
      await request<Linted>(API.findings, { json: { text: view.state.doc.toString(), perPage: perPage.value() } })
    ).value;
    if (asked !== lintsAsked) return;
    outlineFindings = linted.findings;
    if (!linted.ok) measuredFindings = [];
    showFindings();
    timing.findingsShown = performance.now();
    timing.lints++;
  }

  async function measure(): Promise<void> {
    if (view.composing || rendering) return;
    const measures = await preview.measure();
    measuredFindings = layoutFindings(opened.file, slides, measures, lang);
    showFindings();
    timing.layoutShown = performance.now();
    timing.layouts++;
  }

  /** What the underlines show now: the text they were placed on and their findings. */
  let shownFindings: { doc: unknown; findings: string } = { doc: null, findings: '' };
  function showFindings(): void {
    if (view.composing) return;
    const all = [...outlineFindings, ...measuredFindings];
    // The same findings on the same text stay as they are: setting them again rebuilds the problems list, and a
    // click on a quick fix there between its press and release would be lost.
    const now = { doc: view.state.doc, findings: JSON.stringify(all) };
    if (now.doc === shownFindings.doc && now.findings === shownFindings.findings) return;
    shownFindings = now;
    view.dispatch(setDiagnostics(view.state, diagnostics(view.state.doc, all, opened.keys, say('applyButton'))));
    layout.status.problems.textContent = say('problemsButton', all.length);
    layout.status.problems.dataset.count = String(all.filter((finding) => finding.severity !== 'hint').length);
  }

  /** The slide the cursor is on: the last one starting at or above its line (the title slide above the first). */
  function slideAtCursor(): number {
    const line = view.state.doc.lineAt(view.state.selection.main.head).number;
    let index = 0;
    slides.forEach((slide, i) => {
      if (slide.line > 1 && slide.line <= line) index = i;
    });
    return index;
  }

  function followCursor(force = false): void {
    if (slides.length === 0) return;
    const index = slideAtCursor();
    preview.go(index, force);
    thumbnails.mark(index);
    const slide = slides[index];
    layout.showFigures(slide?.notes ? unshownFigures(slide.notes, slide.shown) : [], ({ point }) => {
      const change = addPoint(view.state.doc.toString().split('\n'), slide!.line, point);
      if (change) applyChange(view, change);
      // The button goes with the figure it offered: the speaker types on in the text.
      view.focus();
    });
  }

  function moveCursorTo(index: number): void {
    const slide = slides[index];
    if (!slide) return;
    const line = view.state.doc.line(Math.min(Math.max(slide.line, 1), view.state.doc.lines));
    view.dispatch({ selection: { anchor: line.from }, scrollIntoView: true });
    view.focus();
  }
  preview.onSlideClicked = moveCursorTo;
  thumbnails.onClick = moveCursorTo;

  /** The quick fix of a finding on the cursor's line (Ctrl-.), as its button in the underline's box would. */
  function fixAtCursor(): boolean {
    const line = view.state.doc.lineAt(view.state.selection.main.head);
    let fix: (() => void) | undefined;
    forEachDiagnostic(view.state, (diagnostic, from) => {
      const action = diagnostic.actions?.[0];
      if (!fix && action && view.state.doc.lineAt(from).number === line.number)
        fix = () => action.apply(view, from, from);
    });
    fix?.();
    return fix !== undefined;
  }

  /** The words chosen in the notes, as a point of their slide. */
  function makePoint(): void {
    const { from, to, head } = view.state.selection.main;
    const text = view.state.sliceDoc(from, to);
    if (!text.trim()) return;
    const change = addPoint(view.state.doc.toString().split('\n'), view.state.doc.lineAt(head).number, text);
    if (change) applyChange(view, change);
    // Pressed as a button, the button took the focus: give it back to the text.
    view.focus();
  }

  writing.push(
    button(say('saveButton'), () => void saving.save('save'), 'sd-save-button'),
    button(say('toPoint'), makePoint, 'sd-to-point'),
    exportButton(say, saving, layout, perPage.value),
  );
  const [saveButton, pointButton, exportAll] = writing;
  layout.toolbar.append(
    outlineSwitcher(say, saving, layout),
    saveButton!,
    saving.autosaveToggle(),
    pointButton!,
    historyButton(say, view, layout),
    perPage.element,
    exportAll!,
  );
  layout.status.problems.addEventListener('click', () => openLintPanel(view));
  layout.status.save.replaceWith(saving.status);
  saving.connect();
  await Promise.all([render(), lint()]);
  view.focus();
}

/** Enter at the end of a point typed with a bullet that is not a marker (`－ 群众`): the next point starts with `- `. */
function continueBulletPoint(view: EditorView): boolean {
  const { state } = view;
  const range = state.selection.main;
  if (state.selection.ranges.length > 1 || !range.empty) return false;
  const line = state.doc.lineAt(range.head);
  if (range.head !== line.to) return false;
  const insert = bulletContinuation([...state.doc.iterLines(1, line.number + 1)], line.number);
  if (!insert) return false;
  view.dispatch({
    changes: { from: range.head, insert },
    selection: EditorSelection.cursor(range.head + insert.length),
    scrollIntoView: true,
    userEvent: 'input',
  });
  return true;
}

function clock(seconds: number): string {
  return say('minutesSeconds', Math.floor(seconds / 60), Math.round(seconds % 60));
}

void start();
