// The dev server: Vite on 127.0.0.1 (unless told otherwise), the outline watched, the page kept on its slide.
import { createServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { viteConfig } from './build.ts';
import { loadDeck } from './load.ts';
import type { LoadedDeck } from './load.ts';
import { PACKAGE_ROOT, THEMES_DIR } from './paths.ts';

export interface DevOptions {
  host: string;
  port: number;
  onReload?: (result: LoadedDeck | Error) => void;
}

export async function startDevServer(outlinePath: string, options: DevOptions): Promise<ViteDevServer> {
  const deck = await loadDeck(outlinePath);
  const config = viteConfig(
    deck,
    () => loadDeck(outlinePath),
    {
      appType: 'custom',
      server: {
        host: options.host,
        port: options.port,
        strictPort: false,
        fs: { allow: [deck.projectDir, PACKAGE_ROOT, THEMES_DIR] },
      },
    },
    options.onReload,
  );
  const server = await createServer(config);
  await server.listen();
  return server;
}
