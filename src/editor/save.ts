// Saving from the page: Ctrl-S, and on its own a second after typing stops (can be turned off). The server refuses
// to write over a version of the file this page has not seen; the page then offers theirs, mine, or both side by
// side. A second tab on the same outline is read-only until it takes over.
import type { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import type { EditorSay } from '../messages/editor-page.ts';
import { API } from './protocol.ts';
import type { OpenedOutline, Saved } from './protocol.ts';
import { events, request } from './server.ts';
import { button, element } from './dom.ts';
import type { Layout } from './layout.ts';
import { showBoth } from './both.ts';

const AUTOSAVE_MS = 1000;
const AUTOSAVE_SETTING = 'speechdeck-autosave';

export class Saving {
  readonly status = element('span', 'sd-save');
  private base: string;
  private savedText: string;
  private autosave = localStorage.getItem(AUTOSAVE_SETTING) !== 'off';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<unknown> | undefined;
  private waiting: 'save' | 'auto' | undefined;
  private readOnly = false;
  /** The file on disk is not the version the page started from, and the speaker has not chosen yet. */
  private conflicted = false;
  /** The newest version on disk while a conflict is shown. */
  private theirs: { text: string; base: string } | undefined;
  /** Another outline is being loaded: what is unsaved was saved, or given up on purpose. */
  private leaving = false;

  constructor(
    private readonly view: EditorView,
    opened: OpenedOutline,
    private readonly say: EditorSay,
    private readonly layout: Layout,
    private readonly setReadOnly: (readOnly: boolean) => void,
    /** CodeMirror's words in the page's language, for the side-by-side view. */
    private readonly phrases: Extension = [],
  ) {
    this.base = opened.base;
    this.savedText = opened.text;
    this.show();
    window.addEventListener('beforeunload', (event) => {
      if (!this.dirty() || this.leaving) return;
      event.preventDefault();
      event.returnValue = say('leaveUnsaved');
    });
  }

  dirty(): boolean {
    return this.view.state.doc.toString() !== this.savedText;
  }

  /** The document changed: the state shown, and an autosave a second after the last change (none while the speaker
   *  has not chosen between the file on disk and the page: saving again would only ask again). */
  changed(): void {
    this.show();
    clearTimeout(this.timer);
    if (this.autosave && !this.conflicted) this.timer = setTimeout(() => void this.save('auto'), AUTOSAVE_MS);
  }

  compositionEnded(): void {
    if (this.waiting) void this.save(this.waiting);
  }

  autosaveToggle(): HTMLElement {
    const box = element('input', '', [], { type: 'checkbox' });
    box.checked = this.autosave;
    box.addEventListener('change', () => {
      this.autosave = box.checked;
      localStorage.setItem(AUTOSAVE_SETTING, box.checked ? 'on' : 'off');
      // Off means no save a moment later either, from typing just before.
      if (!box.checked) clearTimeout(this.timer);
      if (box.checked && this.dirty()) this.changed();
    });
    return element('label', 'sd-autosave', [box, document.createTextNode(this.say('autosave'))]);
  }

  async save(kind: 'save' | 'auto', replacing?: string): Promise<void> {
    if (this.readOnly) return;
    // Never in the middle of a composition: what the input method shows is not text yet.
    if (this.view.composing) {
      this.waiting = kind;
      // Shown on the page's state, for the tests that hold a save due in the middle of a composition.
      this.status.dataset.waiting = kind;
      return;
    }
    this.waiting = undefined;
    delete this.status.dataset.waiting;
    if (kind === 'auto' && (!this.dirty() || this.conflicted)) return;
    if (this.inFlight) await this.inFlight;
    const text = this.view.state.doc.toString();
    this.status.textContent = this.say('saving');
    const sent = request<Saved>(API.save, {
      json: { text, base: this.base, kind, ...(replacing ? { replacing } : {}) },
    });
    this.inFlight = sent;
    try {
      const { value } = await sent;
      if (value.saved) {
        this.base = value.base;
        this.savedText = text;
        this.conflicted = false;
        this.layout.banner.replaceChildren();
      } else if ('theirs' in value) this.conflict(value.theirs);
    } catch (error) {
      this.status.textContent = this.say('saveFailed', String((error as Error).message ?? error));
      return;
    } finally {
      this.inFlight = undefined;
    }
    this.show();
  }

  leave(): void {
    this.leaving = true;
    clearTimeout(this.timer);
  }

  /** Saves now if there is anything to save (before the outputs are made from the file). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.dirty()) await this.save('save');
  }

  private show(): void {
    this.status.textContent = this.say(this.dirty() ? 'unsaved' : 'saved');
    this.status.dataset.state = this.dirty() ? 'unsaved' : 'saved';
  }

  /** The file on disk is not the version this page started from. The banner's buttons act on the newest version on
   *  disk: a second change told while it shows (one write can be told twice) updates that version and keeps the
   *  banner, so that a click on one of its buttons is never lost to a banner built anew under it. */
  private conflict(latest: { text: string; base: string }): void {
    clearTimeout(this.timer);
    this.conflicted = true;
    this.theirs = latest;
    this.status.textContent = this.say('unsaved');
    if (this.layout.banner.querySelector('.sd-conflict')) return;
    const theirs = () => this.theirs ?? latest;
    const loadTheirs = () => {
      this.conflicted = false;
      this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: theirs().text } });
      this.base = theirs().base;
      this.savedText = theirs().text;
      this.layout.banner.replaceChildren();
      this.show();
    };
    const keepMine = () => void this.save('save', theirs().base);
    const seeBoth = () => {
      const both = element('div', 'sd-both');
      const close = this.layout.dialog([
        element('div', 'sd-both-heads', [
          element('h3', '', this.say('theirVersion')),
          element('h3', '', this.say('myVersion')),
        ]),
        both,
        element('div', 'sd-actions', [
          button(this.say('loadTheirs'), () => {
            close();
            loadTheirs();
          }),
          button(this.say('keepMine'), () => {
            close();
            keepMine();
          }),
          button(this.say('close'), () => close()),
        ]),
      ]);
      showBoth(both, theirs().text, this.view.state.doc.toString(), this.phrases);
    };
    this.layout.banner.replaceChildren(
      element('div', 'sd-conflict', [
        element('span', '', this.say('conflictText')),
        button(this.say('loadTheirs'), loadTheirs, 'sd-load-theirs'),
        button(this.say('keepMine'), keepMine, 'sd-keep-mine'),
        button(this.say('seeBoth'), seeBoth, 'sd-see-both'),
      ]),
    );
  }

  /** The live connection: which tab writes, and the file changed on disk. */
  connect(): void {
    events(
      API.events,
      (event) => {
        const told = event as { type: string; writer?: boolean; base?: string };
        if (told.type === 'role') this.role(told.writer === true);
        if (told.type === 'export')
          window.dispatchEvent(new CustomEvent('speechdeck-export', { detail: (event as { phase: string }).phase }));
        if (told.type === 'switched') {
          // Another tab opened another outline: this one follows (a read-only tab has nothing to lose).
          this.leave();
          location.reload();
        }
        if (told.type === 'disk' && told.base && told.base !== this.base && !this.inFlight) void this.changedOnDisk();
      },
      () => this.layout.notice(this.say('connectionLost')),
    );
  }

  private async changedOnDisk(): Promise<void> {
    const theirs = (await request<OpenedOutline>(API.outline)).value;
    if (theirs.base === this.base) return;
    if (!this.dirty()) {
      // Nothing here to lose: show what the other program wrote.
      this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: theirs.text } });
      this.base = theirs.base;
      this.savedText = theirs.text;
      this.show();
    } else this.conflict(theirs);
  }

  private role(writer: boolean): void {
    this.readOnly = !writer;
    this.setReadOnly(!writer);
    if (writer) {
      if (this.layout.banner.querySelector('.sd-read-only')) this.layout.banner.replaceChildren();
      return;
    }
    this.layout.banner.replaceChildren(
      element('div', 'sd-read-only', [
        element('span', '', this.say('readOnly')),
        button(this.say('takeOver'), () => void request(API.takeOver, { json: {} }), 'sd-take-over'),
      ]),
    );
  }
}
