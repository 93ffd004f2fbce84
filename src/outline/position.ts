// File order: the one way problems and findings are sorted.
import type { Position } from './types.ts';

/** Sorts anything with a position into file order; what has none (the file as a whole) comes first. */
export function byPosition(a: Partial<Position>, b: Partial<Position>): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
