// A copy of the speechdeck project in a temporary folder, for tests that change its files (a theme) or run it as a
// second installation: its own src/, themes/ and scripts, and a node_modules of links to this one's packages, so
// that its caches (the prebuilt command, the deck's client, Vite's) are its own too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './sample.ts';

const COPIED = ['package.json', 'package-lock.json', 'tsconfig.json', 'bin', 'scripts', 'src', 'themes', 'slides'];

export interface ProjectCopy {
  root: string;
  remove(): void;
}

export function projectCopy(): ProjectCopy {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-copy-'));
  for (const entry of COPIED) fs.cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  const modules = path.join(root, 'node_modules');
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry.startsWith('.')) continue; // caches and npm's own files stay with each copy
    fs.symlinkSync(
      path.join(ROOT, 'node_modules', entry),
      path.join(modules, entry),
      process.platform === 'win32' ? 'junction' : 'dir',
    );
  }
  return { root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}
