// `speechdeck edit` run as a user runs it: the outline changed last by default, the page's address with its key,
// the next port when the one asked for is taken, and how each system's browser is opened (injected, never run).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/sample.ts';
import { openCommand, openInBrowser } from '../../src/server/open-browser.ts';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const OUTLINE = '---\ntitle: 测试\n---\n\n## 一\n\n- 点\n';

function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-edit-cli-'));
  cleanups.push(() => fs.rmSync(root, { recursive: true, force: true }));
  fs.mkdirSync(path.join(root, 'slides'));
  return root;
}

/** Starts `speechdeck --lang en edit <args> --no-open` and resolves to everything printed once an address is. */
function edit(cwd: string, args: string[]): Promise<string> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/speechdeck.js'), '--lang', 'en', 'edit', ...args, '--no-open'],
    { cwd },
  );
  cleanups.push(() => void child.kill('SIGTERM'));
  let output = '';
  return new Promise((resolve, reject) => {
    const look = () => {
      if (/http:\/\/127\.0\.0\.1:\d+\/edit\?k=\S+/.test(output)) resolve(output);
    };
    const heard = (chunk: Buffer) => {
      output += chunk.toString();
      look();
    };
    child.stdout.on('data', heard);
    child.stderr.on('data', heard);
    child.once('exit', () => reject(new Error(`edit exited: ${output}`)));
  });
}

const status = (url: string) =>
  new Promise<number>((resolve, reject) =>
    http
      .get(url, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', reject),
  );

describe('speechdeck edit', () => {
  it('edits the outline changed last, prints its address with a key, and answers only with that key', async () => {
    const root = project();
    fs.writeFileSync(path.join(root, 'slides', 'a-old.md'), OUTLINE);
    fs.writeFileSync(path.join(root, 'slides', 'b-new.md'), OUTLINE);
    fs.utimesSync(path.join(root, 'slides', 'a-old.md'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const printed = await edit(root, ['--port', '0']);
    expect(printed).toContain(path.join('slides', 'b-new.md'));
    const url = /(http:\/\/127\.0\.0\.1:\d+\/edit\?k=\S+)/.exec(printed)![1]!;
    expect(await status(url)).toBe(200);
    expect(await status(url.replace(/\?k=.*/, ''))).toBe(403);
    expect(await status(url.replace(/\?k=.*/, '?k=guess'))).toBe(403);
  }, 60_000);

  it('takes the next port when the one asked for is taken', async () => {
    const root = project();
    fs.writeFileSync(path.join(root, 'slides', 'talk.md'), OUTLINE);
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const port = (taken.address() as net.AddressInfo).port;
    const printed = await edit(root, ['slides/talk.md', '--port', String(port)]);
    const used = Number(/127\.0\.0\.1:(\d+)\/edit/.exec(printed)![1]);
    expect(used).not.toBe(port);
  }, 60_000);
});

describe("opening the page in the system's browser", () => {
  const url = 'http://127.0.0.1:5180/edit?k=abc';

  it('uses start through cmd on Windows, open on macOS, xdg-open on Linux', () => {
    expect(openCommand('win32', url)).toEqual({
      command: 'cmd.exe',
      args: ['/d', '/s', '/c', `start "" "${url}"`],
      verbatim: true,
    });
    expect(openCommand('darwin', url)).toEqual({ command: 'open', args: [url], verbatim: false });
    expect(openCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url], verbatim: false });
  });

  it("runs the system's command and says when it could not", async () => {
    const ran: Array<[string, string[], object]> = [];
    const run = async (command: string, args: string[], options: object) => {
      ran.push([command, args, options]);
      return true;
    };
    const works = await openInBrowser(url, { platform: 'win32', run });
    expect(works).toBe(true);
    expect(ran).toEqual([['cmd.exe', ['/d', '/s', '/c', `start "" "${url}"`], { windowsVerbatimArguments: true }]]);
    expect(await openInBrowser(url, { platform: 'linux', run: async () => false })).toBe(false);
  });
});
