// harfbuzz's subsetter (harfbuzzjs's WebAssembly build) called directly: a TrueType font in, the same font cut to some
// code points out. subset-font wraps the same calls but loads a woff/woff2 converter (fontverter: wawoff2, pako) on
// every start, which we never need for our TrueType input, and leaves V8 to compile harfbuzz's 680 KB twice.
import fs from 'node:fs/promises';
import v8 from 'node:v8';
import { packageFile } from '../files/paths.ts';

/** The exports of harfbuzz-subset.wasm this file calls (harfbuzz's C API, pointers as numbers). */
interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

let loaded: Promise<HarfBuzz> | undefined;

/** harfbuzz, compiled once per process. V8 compiles WebAssembly quickly (Liftoff) and then again, optimised, on
 *  background threads (TurboFan): for harfbuzz that second compile cost 450–600 ms of CPU, where the few cuts a
 *  command makes take 20–50 ms in Liftoff's code. So this one module is compiled by Liftoff only; the flag is set
 *  back at once, for any other WebAssembly the process loads. */
function harfbuzz(): Promise<HarfBuzz> {
  loaded ??= (async () => {
    const bytes = await fs.readFile(packageFile('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    v8.setFlagsFromString('--liftoff-only');
    let module: WebAssembly.Module;
    try {
      module = await WebAssembly.compile(bytes);
    } finally {
      v8.setFlagsFromString('--no-liftoff-only');
    }
    const instance = await WebAssembly.instantiate(module, {});
    const exports = instance.exports as unknown as HarfBuzz;
    exports._initialize();
    return exports;
  })();
  return loaded;
}

/** Starts compiling harfbuzz (on V8's background threads) while the caller does other work, such as inflating the
 *  font it will cut; a failure is reported by the cut that waits for it. */
export function prepareHarfbuzz(): void {
  harfbuzz().catch(() => undefined);
}

export interface CutOptions {
  /** Keep only the glyphs of these code points, not those the layout features reach from them (GSUB's alternates):
   *  for the second and later files of a face, whose features the first file already brings. */
  noLayoutClosure?: boolean;
}

/** A TrueType font cut to the code points it has among `codePoints`, every layout feature kept (as `hb-subset
 *  --layout-features='*'`). */
export async function cutTrueType(
  font: Uint8Array,
  codePoints: Iterable<number>,
  options: CutOptions = {},
): Promise<Uint8Array> {
  const hb = await harfbuzz();
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error('harfbuzz could not start a subset');
  const data = hb.malloc(font.byteLength);
  let face = 0;
  try {
    // the memory may grow on any call: a fresh view each time
    new Uint8Array(hb.memory.buffer).set(font, data);
    const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    if (options.noLayoutClosure)
      hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const code of codePoints) hb.hb_set_add(unicodes, code);
    const subset = hb.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('harfbuzz could not cut the font (a damaged font file?)');
    const result = hb.hb_face_reference_blob(subset);
    try {
      const at = hb.hb_blob_get_data(result, 0);
      const length = hb.hb_blob_get_length(result);
      if (!length) throw new Error('harfbuzz cut the font to nothing (a damaged font file?)');
      return new Uint8Array(hb.memory.buffer, at, length).slice();
    } finally {
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
    }
  } finally {
    hb.hb_subset_input_destroy(input);
    if (face) hb.hb_face_destroy(face);
    hb.free(data);
  }
}
