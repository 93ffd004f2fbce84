// Programmatic build of one outline into dist/<name>/: index.html plus assets, working from file://.
import fs from 'node:fs/promises';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import type { InlineConfig } from 'vite';
import { loadDeck } from './load.ts';
import type { LoadedDeck } from './load.ts';
import { outputPaths, PACKAGE_ROOT } from './paths.ts';
import { speechdeckPlugin } from './plugin.ts';
import { replaceAtomically, settled, temporaryPath } from './atomic.ts';

export interface BuiltDeck {
  deck: LoadedDeck;
  name: string;
  deckDir: string;
  indexHtml: string;
}

/** Vite settings shared by build and dev: the deck's project folder as root, our plugin, our cache. */
export function viteConfig(
  deck: LoadedDeck,
  load: () => Promise<LoadedDeck>,
  extra: InlineConfig = {},
  onReload?: (result: LoadedDeck | Error) => void,
): InlineConfig {
  return {
    root: deck.projectDir,
    configFile: false,
    envDir: false,
    publicDir: false,
    base: './',
    logLevel: 'warn',
    clearScreen: false,
    cacheDir: path.join(PACKAGE_ROOT, 'node_modules/.vite-speechdeck'),
    plugins: [
      speechdeckPlugin({ root: deck.projectDir, outlinePath: deck.outlinePath, load, ...(onReload ? { onReload } : {}) }),
    ],
    ...extra,
  };
}

export async function buildDeck(outlinePath: string, distDir: string): Promise<BuiltDeck> {
  const deck = await loadDeck(outlinePath);
  const { name, deckDir } = outputPaths(outlinePath, distDir);
  const staging = temporaryPath(deckDir);
  await fs.mkdir(distDir, { recursive: true });
  try {
    await viteBuild(
      viteConfig(deck, async () => deck, {
        build: {
          outDir: staging,
          emptyOutDir: true,
          cssCodeSplit: false,
          reportCompressedSize: false,
          chunkSizeWarningLimit: 4096,
          rolldownOptions: {
            input: path.join(deck.projectDir, 'index.html'),
            // One classic script: module scripts and code-split chunks do not load from file://.
            output: { format: 'iife', codeSplitting: false },
          },
        },
      }),
    );
    await replaceAtomically(staging, deckDir);
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    settled(staging);
    throw error;
  }
  return { deck, name, deckDir, indexHtml: path.join(deckDir, 'index.html') };
}
