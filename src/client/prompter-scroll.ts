// The prompter's scrolling within a slide, at the speaker's pace: the slide's notes pass the reading line (a quarter
// down the view) over the slide's time in the plan (`data-timing`: its measured time when the speaker rehearsed it,
// else its notes at the measured pace, else at `pace:`). `A` turns it on or off, `Z` pauses it; each slide starts
// from its top.

/** Where the reading line is, as a share of the view's height from its top. */
const READING_LINE = 0.25;

export interface ScrollLayout {
  /** The current notes' top and height within the scrolled text, and the view's height; px. */
  top: number;
  height: number;
  view: number;
  /** How far the text can scroll. */
  maxScroll: number;
}

/** The scroll position once `elapsed` of the slide's `seconds` have passed: the line read then sits on the reading
 *  line, never before the start nor past the end. */
export function scrollPosition(elapsed: number, seconds: number, layout: ScrollLayout): number {
  const share = seconds > 0 ? Math.min(1, Math.max(0, elapsed / seconds)) : 1;
  const wanted = layout.top + share * layout.height - READING_LINE * layout.view;
  return Math.min(layout.maxScroll, Math.max(0, wanted));
}

/** A slide's clock that can stop: seconds shown, pauses left out. Pure: the time comes in. */
export class SlideClock {
  private banked = 0;
  private since: number | undefined;

  constructor(private readonly now: () => number) {}

  /** From zero: a new slide. Keeps running or paused as it was. */
  restart(): void {
    this.banked = 0;
    if (this.since !== undefined) this.since = this.now();
  }

  get paused(): boolean {
    return this.since === undefined;
  }

  pause(): void {
    if (this.since === undefined) return;
    this.banked += (this.now() - this.since) / 1000;
    this.since = undefined;
  }

  resume(): void {
    if (this.since === undefined) this.since = this.now();
  }

  seconds(): number {
    return this.banked + (this.since === undefined ? 0 : (this.now() - this.since) / 1000);
  }
}

export interface PrompterScroll {
  /** The deck shows another slide: its notes from their top. */
  slideChanged(): void;
  /** `A`: on or off. */
  toggle(): void;
  /** `Z`: pause or go on (while on). */
  pause(): void;
  readonly on: boolean;
  readonly paused: boolean;
  /** How far through the slide's time, 0 to 1. */
  progress(): number;
}

/** Scrolls `text` (the prompter's scrolled box) so that `current` (the current slide's notes) passes at the pace of
 *  `seconds()` (the current slide's time in the plan). `changed` is told when it turns on, off or pauses. */
export function prompterScroll(
  text: HTMLElement,
  current: HTMLElement,
  seconds: () => number,
  changed: (on: boolean, paused: boolean) => void,
  startOn: boolean,
): PrompterScroll {
  const clock = new SlideClock(() => performance.now());
  let on = false;
  let frame: number | undefined;
  const progress = () => {
    const total = seconds();
    return total > 0 ? Math.min(1, clock.seconds() / total) : 1;
  };
  const draw = () => {
    frame = undefined;
    if (!on) return;
    text.scrollTop = scrollPosition(clock.seconds(), seconds(), {
      top: current.offsetTop - text.offsetTop,
      height: current.offsetHeight,
      view: text.clientHeight,
      maxScroll: text.scrollHeight - text.clientHeight,
    });
    if (!clock.paused && progress() < 1) frame = requestAnimationFrame(draw);
  };
  const run = () => {
    if (frame === undefined) frame = requestAnimationFrame(draw);
  };
  const scroll: PrompterScroll = {
    slideChanged() {
      clock.restart();
      text.scrollTop = 0;
      run();
    },
    toggle() {
      on = !on;
      if (on) {
        clock.restart();
        clock.resume();
        run();
      } else clock.pause();
      changed(on, clock.paused);
    },
    pause() {
      if (!on) return;
      if (clock.paused) clock.resume();
      else clock.pause();
      run();
      changed(on, clock.paused);
    },
    get on() {
      return on;
    },
    get paused() {
      return clock.paused;
    },
    progress,
  };
  if (startOn) scroll.toggle();
  return scroll;
}
