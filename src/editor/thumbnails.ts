// The strip of every slide under the preview: a second copy of the deck's page, its slides laid side by side at a
// tenth of their size by a stylesheet of ours (the theme, fonts and layout stay the deck's own; the full-field slides'
// background, which reveal.js draws on a layer of its own, is drawn on the slide). It follows the text
// a little after typing pauses; a click on a slide puts the cursor on its heading. The page's body scrolls, not
// reveal.js's own element, which reveal.js scrolls back to the start every second.
import { type DeckWindow, loadDeckFrame } from './deck-frame.ts';

const STRIP_STYLE = `
html { overflow: hidden !important; height: 100% !important; background: #e8e8e6 !important; }
body { overflow-x: auto !important; overflow-y: hidden !important; height: 100% !important; background: #e8e8e6 !important; }
.reveal { overflow: visible !important; width: max-content !important; height: 100% !important; }
.reveal .slides { display: flex !important; gap: 80px; padding: 40px !important; position: static !important;
  transform: none !important; zoom: 0.1 !important; width: max-content !important; height: auto !important;
  inset: auto !important; margin: 0 !important; pointer-events: auto !important; }
.reveal .slides > section { display: block !important; position: relative !important; flex: none !important;
  width: var(--sd-width) !important; height: var(--sd-height) !important; transform: none !important; top: auto !important;
  left: auto !important; opacity: 1 !important; visibility: visible !important; cursor: pointer; outline: 12px solid transparent;
  content-visibility: auto; }
.reveal .slides > section.sd-strip-current { outline-color: #b3261e; }
.reveal .fragment { opacity: 1 !important; visibility: visible !important; }
.reveal .controls, .reveal .progress, .reveal .backgrounds, #sd-error { display: none !important; }
.reveal .slides > section { box-shadow: 0 10px 30px rgba(0,0,0,.3); }
.reveal .slides > section.sd-title, .reveal .slides > section.sd-divider, .reveal .slides > section.sd-closing { background: var(--sd-field); }
`;

export class Thumbnails {
  readonly frame = document.createElement('iframe');
  private ready: Promise<void>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private version = 0;
  private current = -1;
  onClick: (index: number) => void = () => undefined;

  constructor(container: HTMLElement, title: string) {
    this.frame.className = 'sd-thumbs-frame';
    this.frame.title = title;
    container.append(this.frame);
    this.ready = loadDeckFrame(this.frame, '/?strip', (win) => {
      const size = JSON.parse(win.document.getElementById('speechdeck-settings')?.textContent ?? '{}') as {
        width?: number;
        height?: number;
      };
      const style = win.document.createElement('style');
      style.textContent = STRIP_STYLE.replace('var(--sd-width)', `${size.width ?? 1920}px`).replace(
        'var(--sd-height)',
        `${size.height ?? 1080}px`,
      );
      win.document.head.append(style);
      win.document.addEventListener(
        'click',
        (event) => {
          const section = (event.target as Element).closest?.('.slides > section');
          if (!section) return;
          event.stopPropagation();
          event.preventDefault();
          const index = this.sections().indexOf(section as HTMLElement);
          if (index >= 0) this.onClick(index);
        },
        true,
      );
      // The deck's own keys would move its slides; the strip only shows them.
      win.document.addEventListener('keydown', (event) => event.stopPropagation(), true);
      this.mark(this.current, true);
    });
  }

  private window(): DeckWindow | undefined {
    return (this.frame.contentWindow as DeckWindow | null) ?? undefined;
  }

  private sections(): HTMLElement[] {
    return [...(this.window()?.document.querySelectorAll<HTMLElement>('.reveal .slides > section') ?? [])];
  }

  /** Shows these slides once typing has paused for a moment (the strip's page touches only those that changed). */
  show(slides: readonly string[], title: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.ready.then(() => {
        this.window()?.speechdeckShowSlides?.({ slides, title, version: ++this.version });
        this.mark(this.current, true);
      });
    }, 600);
  }

  /** Marks the slide the cursor is on, and scrolls it into view. Called at every keystroke and cursor move: the
   *  same slide again touches nothing (a scroll into view lays out the whole strip, 120 slides, at each key), unless
   *  `again` (the strip's slides were just replaced or reloaded). */
  mark(index: number, again = false): void {
    if (index === this.current && !again) return;
    this.current = index;
    const sections = this.sections();
    sections.forEach((section, i) => section.classList.toggle('sd-strip-current', i === index));
    sections[index]?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }
}
