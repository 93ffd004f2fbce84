// The dev server: Vite on 127.0.0.1 (unless told otherwise), the outline watched, the page kept on its slide.
import path from 'node:path';
import { createServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { loadDeck } from './load.ts';
import type { LoadedDeck } from './load.ts';
import { PACKAGE_ROOT, THEMES_DIR } from '../files/paths.ts';
import { VITE_DEFAULTS, speechdeckPlugin } from './plugin.ts';
import type { Finding } from '../check/findings.ts';

export interface DevOptions {
  host: string;
  port: number;
  onReload?: (result: LoadedDeck | Error) => void;
  onLayout?: (findings: Finding[]) => void;
}

/** Starts the server on the outline as it is now (which must parse); returns the server and that first deck. */
export async function startDevServer(outlinePath: string, options: DevOptions): Promise<{ server: ViteDevServer; deck: LoadedDeck }> {
  const deck = await loadDeck(outlinePath, 'project');
  const server = await createServer({
    root: deck.projectDir,
    ...VITE_DEFAULTS,
    cacheDir: path.join(PACKAGE_ROOT, 'node_modules/.vite-speechdeck'),
    appType: 'custom',
    plugins: [
      speechdeckPlugin({
        root: deck.projectDir,
        outlinePath: deck.outlinePath,
        load: () => loadDeck(outlinePath, 'project'),
        ...(options.onReload ? { onReload: options.onReload } : {}),
        ...(options.onLayout ? { onLayout: options.onLayout } : {}),
      }),
    ],
    server: {
      host: options.host,
      port: options.port,
      strictPort: false,
      fs: { allow: [deck.projectDir, PACKAGE_ROOT, THEMES_DIR] },
    },
  });
  await server.listen();
  return { server, deck };
}
