// The prompter's scrolling maths: where the text stands at a moment of the slide's time, and the slide's clock that
// pauses. Pure: the layout and the time come in.
import { describe, expect, it } from 'vitest';
import { SlideClock, scrollPosition } from '../../src/client/prompter-scroll.ts';

const layout = { top: 100, height: 2000, view: 800, maxScroll: 1500 };

describe('the scroll position', () => {
  it('starts at the top and moves the line read onto the reading line, a quarter down the view', () => {
    expect(scrollPosition(0, 60, layout)).toBe(0);
    // half the time: the middle of the notes (100 + 1000) at 200 px down the view
    expect(scrollPosition(30, 60, layout)).toBe(900);
  });

  it('moves in proportion to the time, never past the end nor before the start', () => {
    const positions = [0, 10, 20, 40, 50, 60, 90].map((t) => scrollPosition(t, 60, layout));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(scrollPosition(60, 60, layout)).toBe(1500);
    expect(scrollPosition(90, 60, layout)).toBe(1500);
    expect(scrollPosition(-5, 60, layout)).toBe(0);
  });

  it('runs twice as fast on a slide planned for half the time (a faster speaker)', () => {
    const slow = scrollPosition(10, 60, { ...layout, maxScroll: 1e6 });
    const fast = scrollPosition(10, 30, { ...layout, maxScroll: 1e6 });
    expect(fast - (layout.top - 200)).toBeCloseTo(2 * (slow - (layout.top - 200)));
  });

  it('shows the end of a slide without a planned time at once', () => {
    expect(scrollPosition(0, 0, layout)).toBe(1500);
  });
});

describe("the slide's clock", () => {
  it('counts while running, not while paused, and starts again from zero on a new slide', () => {
    let now = 0;
    const clock = new SlideClock(() => now);
    expect(clock.paused).toBe(true);
    clock.resume();
    now = 4000;
    expect(clock.seconds()).toBe(4);
    clock.pause();
    now = 10_000;
    expect(clock.seconds()).toBe(4);
    clock.resume();
    now = 11_000;
    expect(clock.seconds()).toBe(5);
    clock.restart();
    expect(clock.seconds()).toBe(0);
    now = 12_500;
    expect(clock.seconds()).toBe(1.5);
    clock.pause();
    clock.restart();
    now = 20_000;
    expect(clock.seconds()).toBe(0);
    expect(clock.paused).toBe(true);
  });
});
