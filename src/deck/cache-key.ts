// The text a cached page or slide is known by (plan.ts, render.ts): everything it is made from, written out as
// JSON, where each object already written out once is not walked again. A keystroke leaves all but one slide's blocks,
// notes and titles the very same objects (outline/chunks.ts), so keying the 120 slides of a talk costs little more
// than keying the one that changed.

/** Each object's text, made once: the objects keyed are never changed after they are made (a parse or plan makes
 *  new ones). */
const written = new WeakMap<object, string>();

/** `value` as JSON (the same text for values equal as JSON, different texts for values that differ), each object's
 *  part written once and then looked up. */
export function cacheKey(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const known = written.get(value);
  if (known !== undefined) return known;
  let text: string;
  if (Array.isArray(value)) text = `[${value.map((item) => (item === undefined ? 'null' : cacheKey(item))).join(',')}]`;
  else {
    const fields: string[] = [];
    for (const [key, inner] of Object.entries(value))
      if (inner !== undefined && typeof inner !== 'function') fields.push(`${JSON.stringify(key)}:${cacheKey(inner)}`);
    text = `{${fields.join(',')}}`;
  }
  written.set(value, text);
  return text;
}
