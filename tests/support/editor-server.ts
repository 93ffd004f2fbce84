// The editor's server on an outline of the test's own, in a project folder of its own, and raw requests to it (with
// any Host, Origin and token a page or an attacker would send).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startEditorServer } from '../../src/server/editor/index.ts';
import type { EditorOptions, EditorServer } from '../../src/server/editor/index.ts';
import { WarmBrowser } from '../../src/server/editor/warm-browser.ts';

export interface EditorProject {
  root: string;
  outline: string;
  server: EditorServer;
  token: string;
  /** `http://127.0.0.1:port` */
  origin: string;
  /** Stops the server and removes the project. */
  remove(): Promise<void>;
}

export async function startEditorProject(
  text: string | Buffer,
  options: {
    exportAll?: EditorOptions['exportAll'];
    /** Keep a real browser warm for the export button (only the tests that export need one). */
    warmBrowser?: boolean;
  } = {},
): Promise<EditorProject> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-edit-'));
  const outline = path.join(root, 'slides', 'talk.md');
  fs.mkdirSync(path.dirname(outline));
  fs.writeFileSync(outline, text);
  const token = 'test-token-0123456789';
  let server: EditorServer;
  try {
    server = await startEditorServer(outline, {
      host: '127.0.0.1',
      port: 0,
      token,
      ...(options.exportAll ? { exportAll: options.exportAll } : {}),
      ...(options.warmBrowser ? {} : { browser: new WarmBrowser(() => Promise.reject(new Error('no browser here'))) }),
    });
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    root,
    outline,
    server,
    token,
    origin: `http://127.0.0.1:${server.port}`,
    async remove() {
      await server.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  status: number;
  body: string;
}

/** A request as sent, headers and all (fetch would not let a test set Host). */
export function send(
  port: number,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}
