// The key a cached page or slide is known by (plan.ts, render.ts): a short text naming everything it is made from,
// the same for values equal as JSON and different for values that differ. Each object is named once (hash-consing):
// its name is looked up from its fields' names, so an object new at this keystroke whose parts are not (a plan's key
// list, a slide numbered again) costs a few fields, never the text of all it holds. A keystroke leaves all but one
// slide's blocks, notes and titles the very same objects (outline/chunks.ts).

/** Names of objects, of shapes (an object's field names with its fields' names) and of primitive values; dropped
 *  together, all at once, when the texts they hold grow large (a long session types many texts), and the names start
 *  over under a new generation, so that no name given before means anything after: the caches miss once and fill
 *  again. */
let objects = new WeakMap<object, string>();
const shapes = new Map<string, string>();
const values = new Map<unknown, string>();
let generation = 0;
/** The characters the shapes and strings named hold. */
let held = 0;
/** About 16 MB of text held (two bytes a character at most): a 480-slide talk's names hold about a tenth of it. */
const MAX_HELD = 8_000_000;

/** The name of `value`: equal for values equal as JSON (`undefined` in a list as `null`; fields `undefined` or
 *  functions left out), different for values that differ. The objects named are never changed after they are made
 *  (a parse or plan makes new ones). */
export function cacheKey(value: unknown): string {
  if (held > MAX_HELD) {
    objects = new WeakMap();
    shapes.clear();
    values.clear();
    held = 0;
    generation++;
  }
  return nameOf(value);
}

function nameOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return valueName(value);
  const known = objects.get(value);
  if (known !== undefined) return known;
  let shape: string;
  if (Array.isArray(value)) shape = `[${value.map((item) => nameOf(item === undefined ? null : item)).join(',')}]`;
  else {
    shape = '{';
    for (const [key, inner] of Object.entries(value))
      if (inner !== undefined && typeof inner !== 'function') shape += `${JSON.stringify(key)}:${nameOf(inner)},`;
    shape += '}';
  }
  let name = shapes.get(shape);
  if (name === undefined) {
    name = `${generation}o${shapes.size}`;
    shapes.set(shape, name);
    held += shape.length;
  }
  objects.set(value, name);
  return name;
}

/** A string, number, boolean or null by its JSON (`undefined` and a number JSON cannot write, as `null`). */
function valueName(value: unknown): string {
  const json = value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? null : value;
  let name = values.get(json);
  if (name === undefined) {
    name = `${generation}v${values.size}`;
    values.set(json, name);
    if (typeof json === 'string') held += json.length;
  }
  return name;
}
