// The slide beside the text: the deck the dev server serves, in a frame of the same origin, given the slides of the
// page's text at each change (without a reload: the frame keeps its fonts and its place) and moved to the cursor's
// slide. It also measures the slides as laid out, for the layout findings.
import type { RevealApi } from 'reveal.js';
import type { SlideMeasure } from '../check/layout.ts';
import type { SlidesUpdate } from '../check/events.ts';
import { type DeckWindow, loadDeckFrame } from './deck-frame.ts';

interface PreviewWindow extends DeckWindow {
  speechdeck?: RevealApi;
  speechdeckLayout?: () => Promise<SlideMeasure[]>;
}

export class Preview {
  readonly frame: HTMLIFrameElement;
  private ready: Promise<void>;
  private version = 0;
  private shownIndex = -1;
  /** Told which slide (0-based, in deck order) was clicked in the frame. */
  onSlideClicked: (index: number) => void = () => undefined;

  constructor(container: HTMLElement) {
    this.frame = document.createElement('iframe');
    this.frame.className = 'sd-preview-frame';
    this.frame.title = 'preview';
    container.append(this.frame);
    this.ready = loadDeckFrame<PreviewWindow>(this.frame, '/', (win) => {
      this.hideDevBadges(win);
      win.document.addEventListener('click', () => this.clicked(), true);
      if (this.shownIndex >= 0) this.go(this.shownIndex, true);
    });
  }

  private window(): PreviewWindow | undefined {
    return (this.frame.contentWindow as PreviewWindow | null) ?? undefined;
  }

  /** The findings badge and error overlay are the dev server's: the editor lists the findings itself. */
  private hideDevBadges(win: PreviewWindow): void {
    const style = win.document.createElement('style');
    style.textContent = '#sd-check, #sd-error { display: none !important; }';
    win.document.head.append(style);
  }

  /** Shows the slides; resolves once they are in the frame's page. */
  async show(html: string, title: string): Promise<void> {
    await this.ready;
    this.window()?.speechdeckShowSlides?.({ html, title, version: ++this.version });
    if (this.shownIndex >= 0) this.go(this.shownIndex, true);
  }

  /** Moves to slide `index` (0-based in deck order). */
  go(index: number, force = false): void {
    if (index === this.shownIndex && !force) return;
    this.shownIndex = index;
    const win = this.window();
    const section = win?.document.querySelectorAll('.reveal .slides section.sd-slide')[index] as
      | HTMLElement
      | undefined;
    if (!win?.speechdeck || !section) return;
    const { h, v } = win.speechdeck.getIndices(section);
    const now = win.speechdeck.getIndices();
    if (now.h !== h || now.v !== v) win.speechdeck.slide(h, v ?? 0);
  }

  /** Measures every slide as laid out in the frame. */
  async measure(): Promise<SlideMeasure[]> {
    await this.ready;
    return (await this.window()?.speechdeckLayout?.()) ?? [];
  }

  private clicked(): void {
    const win = this.window();
    const current = win?.speechdeck?.getCurrentSlide();
    if (!win || !current) return;
    const sections = [...win.document.querySelectorAll('.reveal .slides section.sd-slide')];
    const index = sections.indexOf(current);
    if (index >= 0) this.onSlideClicked(index);
  }
}
