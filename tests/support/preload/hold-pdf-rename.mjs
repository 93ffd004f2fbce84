// Preloaded into a speechdeck run (`node --import`) by tests that stop a run half-way: the rename of a finished PDF
// into place never completes, and the run says so on stderr. A signal sent after that line arrives while the
// browser is open and a half-written output exists, every time, however fast or slow the machine.
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const rename = fs.rename;
fs.rename = (from, to) => {
  if (!String(to).endsWith('.pdf')) return rename(from, to);
  process.stderr.write(`[test: holding the rename into ${to}]\n`);
  return new Promise(() => undefined);
};
syncBuiltinESMExports();
