// The key a cached page or slide is known by: the same for values equal as JSON, different for values that differ,
// also for objects named before, and after the names start over.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/deck/cache-key.ts';

/** JSON-like values, with `undefined` fields and list items and the same objects shared between values. */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constant(null)),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(fc.oneof(tie('node'), fc.constant(undefined)), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'title', 'notes'), fc.oneof(tie('node'), fc.constant(undefined)), {
      maxKeys: 3,
    }),
  ),
})).node;

describe('cacheKey', () => {
  it('names values alike exactly when their JSON is alike', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        // Named once already (as a part of something else), then again: the name does not change.
        cacheKey([a]);
        expect(cacheKey(a) === cacheKey(b)).toBe(JSON.stringify(a ?? null) === JSON.stringify(b ?? null));
        expect(cacheKey({ x: a, y: [b] }) === cacheKey({ x: b, y: [a] })).toBe(
          JSON.stringify(a ?? null) === JSON.stringify(b ?? null),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('tells apart what JSON tells apart: a number and its text, a field and a list, a missing field and null', () => {
    expect(cacheKey(1)).not.toBe(cacheKey('1'));
    expect(cacheKey({ a: 1 })).not.toBe(cacheKey(['a', 1]));
    expect(cacheKey({ a: null })).not.toBe(cacheKey({}));
    expect(cacheKey({ a: undefined, f: () => 1 })).toBe(cacheKey({}));
    expect(cacheKey([undefined])).toBe(cacheKey([null]));
    expect(cacheKey({ a: 1, b: 2 })).not.toBe(cacheKey({ b: 2, a: 1 }));
  });

  it('gives no name given before the names started over to anything else after', () => {
    const page = { title: '一', blocks: [{ kind: 'points', text: '要点' }] };
    const before = cacheKey(page);
    // Texts held past the limit (a long session): the names start over.
    cacheKey('字'.repeat(8_000_001));
    const other = { title: '二', blocks: [] };
    expect(cacheKey(other)).not.toBe(before);
    expect(cacheKey(page)).toBe(cacheKey({ title: '一', blocks: [{ kind: 'points', text: '要点' }] }));
    expect(cacheKey(page)).not.toBe(cacheKey(other));
  });
});
