// What `speechdeck dev` hands out over HTTP, run as a user runs it from a copy of the project: the deck and the files it
// shows, never a file a link in the project leads to, never the outline's source, never to another site's page; and a
// port the system refuses (as Windows does for the ranges it reserves) is not the end of it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { png } from '../support/pictures.ts';
import { DevExited, type DevServer, type DevStart, startDev } from '../support/dev-server.ts';
import { projectCopy } from '../support/project-copy.ts';
import { ROOT } from '../support/sample.ts';
import { devTest } from '../support/servers.ts';

const PRELOAD = path.join(ROOT, 'tests/support/preload/refuse-port.mjs');
/** An editor Vite would start, were it asked to, that does nothing. */
const NO_EDITOR = { LAUNCH_EDITOR: 'true', EDITOR: 'true', VISUAL: 'true' };
/** A folder outside the project that links in it lead to. */
let outside = '';

const it = devTest({
  project: () => {
    const copy = projectCopy();
    try {
      outside = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-outside-'));
      fs.writeFileSync(path.join(outside, 'secret.txt'), 'not for the deck');
      fs.mkdirSync(path.join(copy.root, 'slides/images'), { recursive: true });
      fs.writeFileSync(path.join(copy.root, 'slides/images/a.png'), png(2, 2));
      fs.symlinkSync(outside, path.join(copy.root, 'slides/outside-link'));
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(copy.root, 'slides/images/secret.png'));
      fs.writeFileSync(
        path.join(copy.root, 'slides/talk.md'),
        '---\ntitle: 测试\n---\n\n## 页\n\n![图](images/a.png)\n',
      );
    } catch (error) {
      copy.remove();
      if (outside) fs.rmSync(outside, { recursive: true, force: true });
      throw error;
    }
    return {
      root: copy.root,
      remove: () => {
        copy.remove();
        fs.rmSync(outside, { recursive: true, force: true });
      },
    };
  },
  args: ['--lang', 'en'],
  ownCopy: true,
  env: NO_EDITOR,
});
let dev: DevServer;
let root: string;

it.beforeAll(async ({ dev: started, project }) => {
  dev = started;
  root = project.root;
}, 120_000);

/** Another `speechdeck dev` in the project, stopped once `use` is done with it (or has failed). */
async function withDev(options: DevStart, use: (server: DevServer) => Promise<void> | void): Promise<void> {
  const server = await startDev(root, 'slides/talk.md', ['--lang', 'en'], {
    root,
    ...options,
    env: { SPEECHDECK_FROM_SOURCE: '1', ...NO_EDITOR, ...options.env },
  });
  try {
    await use(server);
  } finally {
    await server.stop();
  }
}

const status = async (address: string, init?: RequestInit) => (await fetch(new URL(address, dev.url), init)).status;

describe('speechdeck dev serves', () => {
  it('the deck and the picture it shows', async () => {
    expect(await status('/')).toBe(200);
    expect(await status('/slides/images/a.png')).toBe(200);
  });

  it('the fonts of its packages where they are links (npm workspaces, pnpm; the copy has them so), by their real path', async () => {
    const font = fs.realpathSync(
      path.join(root, 'node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-119-700-normal.woff2'),
    );
    expect(font.startsWith(root)).toBe(false);
    expect(await status(`/@fs${font}`)).toBe(200);
  });

  it('no file a link in the project leads to, by its path or by /@fs/', async () => {
    expect(await status('/slides/outside-link/secret.txt')).toBe(403);
    expect(await status(`/@fs${root}/slides/outside-link/secret.txt`)).toBe(403);
    expect(await status('/slides/images/secret.png')).toBe(403);
    expect(await status(`/@fs${outside}/secret.txt`)).toBe(403);
  });

  it('not the outline itself, nor the project’s other files', async () => {
    expect(await status('/slides/talk.md')).toBe(403);
    expect(await status('/package.json')).toBe(403);
  });

  it('none of Vite’s internal addresses the page does not need, above all not the one that starts an editor', async () => {
    const editor = `/__open-in-editor?file=${encodeURIComponent(path.join(outside, 'secret.txt'))}`;
    expect(await status(editor)).toBe(403);
    expect(await status(editor.replace('__open', '%5F%5Fopen'))).toBe(403);
    expect(await status(editor, { headers: { Origin: 'https://example.org' } })).toBe(403);
    expect(await status('/__vite_ping')).toBe(403);
    expect(await status('/@react-refresh')).toBe(403);
    // what the page itself loads
    expect(await status('/@vite/client')).toBe(200);
    expect(await status('/', { headers: { Accept: 'text/x-vite-ping' } })).toBe(204);
  });

  it('nothing to a request another site’s page made, with an Origin or only the browser’s Sec-Fetch-Site', async () => {
    for (const origin of ['http://localhost:9999', 'https://example.org', 'null']) {
      expect(await status('/slides/images/a.png', { headers: { Origin: origin } }), origin).toBe(403);
    }
    expect(await status('/slides/images/a.png', { headers: { 'Sec-Fetch-Site': 'cross-site' } })).toBe(403);
    expect(await status('/slides/images/a.png', { headers: { 'Sec-Fetch-Site': 'same-site' } })).toBe(403);
    expect(
      await status('/slides/images/a.png', {
        headers: { Origin: new URL(dev.url).origin, 'Sec-Fetch-Site': 'same-origin' },
      }),
    ).toBe(200);
  });

  it('no other site’s page: there is no CORS header for another origin, local or not', async () => {
    for (const origin of ['http://localhost:9999', 'http://127.0.0.1:8080', 'https://example.org']) {
      const response = await fetch(dev.url, { headers: { Origin: origin } });
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
      const preflight = await fetch(dev.url, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });
      expect(preflight.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });
});

describe('--host', () => {
  it('other than this computer says the deck is reachable from other machines, and at which addresses', async () => {
    await withDev({ host: '0.0.0.0' }, async (open) => {
      const port = new URL(open.url).port;
      await open.stop();
      const stderr = open.errors();
      expect(stderr).toContain('--host 0.0.0.0: the deck can be reached from other machines on the network, at');
      const addresses = stderr.match(new RegExp(`http://[^\\s]+:${port}/`, 'g')) ?? [];
      expect(addresses.length).toBeGreaterThan(0);
      // every IPv4 address of this machine's network cards is among them
      const network = Object.values(os.networkInterfaces())
        .flat()
        .filter((card) => card && !card.internal && card.family === 'IPv4')
        .map((card) => card!.address);
      for (const address of network) expect(addresses).toContain(`http://${address}:${port}/`);
    });
  }, 120_000);

  it('of this computer only says nothing of the kind', async () => {
    await withDev({ host: 'localhost' }, async (local) => {
      expect(local.url).toMatch(/^http:\/\/(127\.0\.0\.1|localhost):\d+\/$/);
      await local.stop();
      expect(local.errors()).not.toContain('other machines');
    });
  }, 120_000);
});

describe('a port the system refuses (listen EACCES)', () => {
  const refusing = (ports: string): DevStart => ({
    port: 5321,
    env: { SPEECHDECK_TEST_REFUSED_PORT: ports },
    nodeOptions: ['--import', PRELOAD],
  });

  it('is left for a free port, and the terminal says which', async () => {
    await withDev(refusing('5321'), (moved) => {
      expect(moved.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(moved.url).not.toContain(':5321/');
      expect(moved.errors()).toContain('port 5321 is reserved by the system; using');
    });
  }, 120_000);

  it('where every port is refused, says to choose one with --port, exit code 2', async () => {
    const refused = await withDev(refusing('all'), () => undefined).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DevExited);
    const { code, errors } = refused as DevExited;
    expect(code).toBe(2);
    expect(errors).toContain('cannot listen on 127.0.0.1:5321 (EACCES)');
    expect(errors).toContain('--port');
    expect(errors).not.toMatch(/unexpected error|at .*\.ts:\d+/);
  }, 120_000);
});
