// What `speechdeck dev` hands out over HTTP, run as a user runs it from a copy of the project: the deck and the files it
// shows, never a file a link in the project leads to, never the outline's source, never to another site's page; and a
// port the system refuses (as Windows does for the ranges it reserves) is not the end of it.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { png } from '../support/pictures.ts';
import { devAddress } from '../support/dev-server.ts';
import { projectCopy } from '../support/project-copy.ts';
import { ROOT } from '../support/sample.ts';

const copy = projectCopy();
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-outside-'));
const PRELOAD = path.join(ROOT, 'tests/support/preload/refuse-port.mjs');
const running: ChildProcessWithoutNullStreams[] = [];

interface Dev {
  url: string;
  stdout: string;
  stderr: string;
}

/** Starts `speechdeck dev` in the copy; resolves with its address once it prints it, or with its output when it exits. */
function startDev(
  args: string[],
  env: Record<string, string> = {},
  nodeOptions: string[] = [],
): Promise<Dev & { code?: number | null; stop: () => Promise<Dev> }> {
  const dev = spawn(
    process.execPath,
    [...nodeOptions, path.join(copy.root, 'bin/speechdeck.js'), '--lang', 'en', 'dev', 'slides/talk.md', ...args],
    {
      cwd: copy.root,
      // An editor Vite would start, were it asked to, that does nothing.
      env: {
        ...process.env,
        SPEECHDECK_FROM_SOURCE: '1',
        LAUNCH_EDITOR: 'true',
        EDITOR: 'true',
        VISUAL: 'true',
        ...env,
      },
    },
  );
  running.push(dev);
  let stdout = '';
  let stderr = '';
  dev.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Stops it and gives everything it printed.
  const stop = async (): Promise<Dev> => {
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    if (dev.exitCode === null && dev.signalCode === null) dev.kill('SIGTERM');
    await exited;
    return { url: '', stdout, stderr };
  };
  return new Promise((resolve) => {
    dev.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = devAddress(stdout) ?? /(http:\/\/localhost:\d+\/)/.exec(stdout)?.[1];
      if (url) resolve({ url, stdout, stderr, stop });
    });
    dev.once('exit', (code) => resolve({ url: '', stdout, stderr, code, stop }));
  });
}

let dev: Dev;

beforeAll(async () => {
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'not for the deck');
  fs.mkdirSync(path.join(copy.root, 'slides/images'), { recursive: true });
  fs.writeFileSync(path.join(copy.root, 'slides/images/a.png'), png(2, 2));
  fs.symlinkSync(outside, path.join(copy.root, 'slides/outside-link'));
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(copy.root, 'slides/images/secret.png'));
  fs.writeFileSync(path.join(copy.root, 'slides/talk.md'), '---\ntitle: 测试\n---\n\n## 页\n\n![图](images/a.png)\n');
  dev = await startDev(['--port', '0']);
  expect(dev.url, dev.stderr).not.toBe('');
}, 120_000);

afterAll(async () => {
  await Promise.all(
    running
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        return exited;
      }),
  );
  copy.remove();
  fs.rmSync(outside, { recursive: true, force: true });
});

const status = async (address: string, init?: RequestInit) => (await fetch(new URL(address, dev.url), init)).status;

describe('speechdeck dev serves', () => {
  it('the deck and the picture it shows', async () => {
    expect(await status('/')).toBe(200);
    expect(await status('/slides/images/a.png')).toBe(200);
  });

  it('the fonts of its packages where they are links (npm workspaces, pnpm; the copy has them so), by their real path', async () => {
    const font = fs.realpathSync(
      path.join(copy.root, 'node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-119-700-normal.woff2'),
    );
    expect(font.startsWith(copy.root)).toBe(false);
    expect(await status(`/@fs${font}`)).toBe(200);
  });

  it('no file a link in the project leads to, by its path or by /@fs/', async () => {
    expect(await status('/slides/outside-link/secret.txt')).toBe(403);
    expect(await status(`/@fs${copy.root}/slides/outside-link/secret.txt`)).toBe(403);
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
    const open = await startDev(['--port', '0', '--host', '0.0.0.0']);
    expect(open.url, open.stderr).not.toBe('');
    const { stderr } = await open.stop();
    expect(stderr).toContain('--host 0.0.0.0: the deck can be reached from other machines on the network, at');
    const port = new URL(open.url).port;
    const addresses = stderr.match(new RegExp(`http://[^\\s]+:${port}/`, 'g')) ?? [];
    expect(addresses.length).toBeGreaterThan(0);
    // every IPv4 address of this machine's network cards is among them
    const network = Object.values(os.networkInterfaces())
      .flat()
      .filter((card) => card && !card.internal && card.family === 'IPv4')
      .map((card) => card!.address);
    for (const address of network) expect(addresses).toContain(`http://${address}:${port}/`);
  }, 120_000);

  it('of this computer only says nothing of the kind', async () => {
    const local = await startDev(['--port', '0', '--host', 'localhost']);
    expect(local.url, local.stderr).not.toBe('');
    const { stderr } = await local.stop();
    expect(stderr).not.toContain('other machines');
  }, 120_000);
});

describe('a port the system refuses (listen EACCES)', () => {
  it('is left for a free port, and the terminal says which', async () => {
    const moved = await startDev(['--port', '5321'], { SPEECHDECK_TEST_REFUSED_PORT: '5321' }, ['--import', PRELOAD]);
    expect(moved.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(moved.url).not.toContain(':5321/');
    expect(moved.stderr).toContain('port 5321 is reserved by the system; using');
  }, 120_000);

  it('where every port is refused, says to choose one with --port, exit code 2', async () => {
    const refused = await startDev(['--port', '5321'], { SPEECHDECK_TEST_REFUSED_PORT: 'all' }, ['--import', PRELOAD]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('cannot listen on 127.0.0.1:5321 (EACCES)');
    expect(refused.stderr).toContain('--port');
    expect(refused.stderr).not.toMatch(/unexpected error|at .*\.ts:\d+/);
  }, 120_000);
});
