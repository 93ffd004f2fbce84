// The slide beside the text: the deck the dev server serves, in a frame of the same origin, given the slides of the
// page's text at each change (without a reload: the frame keeps its fonts and its place) and moved to the cursor's
// slide. It also measures the slides as laid out, for the layout findings.
import type { RevealApi } from 'reveal.js';
import type { SlideMeasure } from '../check/layout.ts';
import { type DeckWindow, loadDeckFrame } from './deck-frame.ts';

interface PreviewWindow extends DeckWindow {
  speechdeck?: RevealApi;
  speechdeckLayout?: (only?: readonly number[]) => Promise<SlideMeasure[]>;
}

export class Preview {
  readonly frame: HTMLIFrameElement;
  private ready: Promise<void>;
  private version = 0;
  private shownIndex = -1;
  /** What each slide measured, by index, and which slides changed since (all of them after a load of the frame). */
  private measured = new Map<number, SlideMeasure>();
  private stale: Set<number> | 'all' = 'all';
  private count = 0;
  /** Told which slide (0-based, in deck order) was clicked in the frame. */
  onSlideClicked: (index: number) => void = () => undefined;

  constructor(container: HTMLElement, title: string) {
    this.frame = document.createElement('iframe');
    this.frame.className = 'sd-preview-frame';
    this.frame.title = title;
    container.append(this.frame);
    this.ready = loadDeckFrame<PreviewWindow>(this.frame, '/?editor', (win) => {
      this.stale = 'all';
      win.document.addEventListener('click', () => this.clicked(), true);
      if (this.shownIndex >= 0) this.go(this.shownIndex, true);
    });
  }

  private window(): PreviewWindow | undefined {
    return (this.frame.contentWindow as PreviewWindow | null) ?? undefined;
  }

  /** Shows the slides (each one's `<section>`; the frame's page touches only those that changed); resolves once they
   *  are in the frame's page. */
  async show(slides: readonly string[], title: string): Promise<void> {
    await this.ready;
    const changed = this.window()?.speechdeckShowSlides?.({ slides, title, version: ++this.version }) ?? 'all';
    this.count = slides.length;
    if (changed === 'all') this.stale = 'all';
    else if (this.stale !== 'all') for (const index of changed) this.stale.add(index);
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
    // A slide's own indices have no `v` unless it is vertical; the deck's current ones have 0: moving to the slide
    // shown already would lay the deck out again for nothing.
    if (now.h !== h || (now.v ?? 0) !== (v ?? 0)) win.speechdeck.slide(h, v ?? 0);
  }

  /** Every slide as laid out in the frame: those that changed since they were last measured are measured again. */
  async measure(): Promise<SlideMeasure[]> {
    await this.ready;
    const stale = this.stale;
    this.stale = new Set();
    const layout = this.window()?.speechdeckLayout;
    if (!layout) return [];
    if (stale === 'all') this.measured.clear();
    for (const measure of await layout(stale === 'all' ? undefined : [...stale]))
      this.measured.set(measure.index, measure);
    return [...this.measured.values()]
      .filter((measure) => measure.index < this.count)
      .sort((a, b) => a.index - b.index);
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
