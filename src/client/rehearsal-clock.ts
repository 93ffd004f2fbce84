// The rehearsal's clock: the seconds each slide is shown while it runs. A pause stops it (an interruption is not the
// talk); going back to a slide adds to that slide's time. It never moves a slide. Pure: the time comes in.

export class RehearsalClock {
  private readonly seconds: number[];
  private slide = 0;
  /** When the shown slide's current stretch began (ms); undefined while paused or stopped. */
  private since: number | undefined;
  private started = false;

  constructor(
    slides: number,
    private readonly now: () => number,
  ) {
    this.seconds = new Array<number>(slides).fill(0);
  }

  get running(): boolean {
    return this.started;
  }

  get paused(): boolean {
    return this.started && this.since === undefined;
  }

  start(slide: number): void {
    this.seconds.fill(0);
    this.started = true;
    this.slide = slide;
    this.since = this.now();
  }

  /** The deck now shows `slide`. */
  show(slide: number): void {
    this.bank();
    this.slide = slide;
  }

  /** Stops the clock until resume(). */
  pause(): void {
    this.bank();
    this.since = undefined;
  }

  resume(): void {
    if (this.started && this.since === undefined) this.since = this.now();
  }

  /** Ends the rehearsal: each slide's seconds. */
  stop(): number[] {
    this.pause();
    this.started = false;
    return [...this.seconds];
  }

  /** Seconds on the shown slide, and in all, so far. */
  elapsed(): { slide: number; total: number } {
    const running = this.since === undefined ? 0 : (this.now() - this.since) / 1000;
    return {
      slide: (this.seconds[this.slide] ?? 0) + running,
      total: this.seconds.reduce((a, b) => a + b, 0) + running,
    };
  }

  private bank(): void {
    if (this.since === undefined) return;
    const now = this.now();
    if (this.slide >= 0 && this.slide < this.seconds.length) this.seconds[this.slide]! += (now - this.since) / 1000;
    this.since = now;
  }
}
