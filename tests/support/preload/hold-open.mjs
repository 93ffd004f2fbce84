// Preloaded into a speechdeck run (`node --import`) to play a Windows PC where a PDF is open in a viewer (WPS,
// Acrobat, Foxit): renaming onto the files named in SPEECHDECK_TEST_HELD_OPEN (base names, comma-separated) fails
// the way Windows refuses it, with SPEECHDECK_TEST_HELD_CODE (EPERM, the default, or EBUSY), every time.
import fs from 'node:fs/promises';
import path from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const held = new Set((process.env.SPEECHDECK_TEST_HELD_OPEN ?? '').split(',').filter(Boolean));
const code = process.env.SPEECHDECK_TEST_HELD_CODE ?? 'EPERM';
const rename = fs.rename;
fs.rename = async (from, to) => {
  if (!held.has(path.basename(String(to)))) return rename(from, to);
  throw Object.assign(new Error(`${code}: operation not permitted, rename '${from}' -> '${to}'`), {
    code,
    syscall: 'rename',
    path: String(from),
    dest: String(to),
  });
};
syncBuiltinESMExports();
