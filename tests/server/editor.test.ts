// The editor's server without a page: what it refuses (no token, another Host, another Origin) changes nothing, and a
// save keeps the file's form, never writes over another program's version, and keeps the versions in the history.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, TOKEN_HEADER } from '../../src/editor/protocol.ts';
import { send, startEditorProject } from '../support/editor-server.ts';
import type { EditorProject } from '../support/editor-server.ts';

const OUTLINE = '---\r\ntitle: 测试讲话\r\nduration: 5\r\n---\r\n\r\n## 第一页\r\n\r\n- 要点\r\n';
let project: EditorProject;
const port = () => project.server.port;
const withToken = (headers: Record<string, string> = {}) => ({
  [TOKEN_HEADER]: project.token,
  'x-speechdeck-session': 's1',
  ...headers,
});

beforeAll(async () => {
  project = await startEditorProject(Buffer.from(`\uFEFF${OUTLINE}`, 'utf8'));
}, 60_000);
afterAll(async () => project?.remove());

describe('the editor server refuses', () => {
  it('every request without the token, and changes nothing', async () => {
    for (const [method, address] of [
      ['GET', API.outline],
      ['GET', '/edit'],
      ['GET', '/'],
      ['POST', API.save],
      ['POST', API.picture],
      ['POST', API.export],
      ['GET', API.events],
    ] as const) {
      const body = method === 'POST' ? JSON.stringify({ text: 'gone', base: 'x', kind: 'save' }) : undefined;
      const answer = await send(port(), address, {
        method,
        ...(body ? { body } : {}),
        headers: { 'x-speechdeck-session': 's1' },
      });
      expect(answer.status, `${method} ${address}`).toBe(403);
    }
    const wrong = await send(port(), API.outline, { headers: { [TOKEN_HEADER]: 'guessed' } });
    expect(wrong.status).toBe(403);
    expect(fs.readFileSync(project.outline, 'utf8')).toBe(`\uFEFF${OUTLINE}`);
    expect(fs.readdirSync(path.dirname(project.outline))).toEqual(['talk.md']);
  });

  it('a request naming another host (DNS rebinding) or coming from another page, even with the token', async () => {
    expect((await send(port(), API.outline, { headers: withToken({ host: `evil.example:${port()}` }) })).status).toBe(
      403,
    );
    const foreign = await send(port(), API.save, {
      method: 'POST',
      headers: withToken({ origin: 'http://evil.example', 'content-type': 'application/json' }),
      body: JSON.stringify({ text: 'gone', base: 'x', kind: 'save' }),
    });
    expect(foreign.status).toBe(403);
    expect(fs.readFileSync(project.outline, 'utf8')).toBe(`\uFEFF${OUTLINE}`);
  });

  it('but answers its own page, with the token in the address, a header or the cookie the page sets', async () => {
    const page = await send(port(), `/edit?k=${project.token}`);
    expect(page.status).toBe(200);
    expect((await send(port(), API.outline, { headers: withToken({ origin: project.origin }) })).status).toBe(200);
    expect(
      (await send(port(), API.outline, { headers: { cookie: `speechdeck-edit-${port()}=${project.token}` } })).status,
    ).toBe(200);
  });
});

describe('saving from the editor', () => {
  const open = async () =>
    JSON.parse((await send(port(), API.outline, { headers: withToken() })).body) as { text: string; base: string };
  const save = async (body: object) => {
    // The page that saves is the one connected first: the live connection makes it the writer.
    return JSON.parse(
      (
        await send(port(), API.save, {
          method: 'POST',
          headers: withToken({ 'content-type': 'application/json' }),
          body: JSON.stringify(body),
        })
      ).body,
    ) as Record<string, unknown>;
  };

  it('keeps the BOM and CRLF line ends, and keeps the version in the history', async () => {
    const opened = await open();
    expect(opened.text).toBe(OUTLINE.replace(/\r\n/g, '\n'));
    const saved = await save({ text: `${opened.text}- 新要点\n`, base: opened.base, kind: 'save' });
    expect(saved.saved).toBe(true);
    expect(fs.readFileSync(project.outline, 'utf8')).toBe(`\uFEFF${OUTLINE}- 新要点\r\n`);
    const history = path.join(project.root, '.speechdeck', 'history', 'talk');
    expect(fs.readdirSync(history)).toHaveLength(1);
  });

  it('never writes over a version changed on disk meanwhile; "keep mine" first keeps theirs in the history', async () => {
    const opened = await open();
    fs.writeFileSync(project.outline, `${OUTLINE}- 别处改的\r\n`);
    const refused = await save({ text: `${opened.text}- 我的\n`, base: opened.base, kind: 'auto' });
    expect(refused.saved).toBe(false);
    const theirs = refused.theirs as { text: string; base: string };
    expect(theirs.text).toContain('- 别处改的');
    expect(fs.readFileSync(project.outline, 'utf8')).toBe(`${OUTLINE}- 别处改的\r\n`);
    const kept = await save({
      text: `${opened.text}- 我的\n`,
      base: opened.base,
      kind: 'save',
      replacing: theirs.base,
    });
    expect(kept.saved).toBe(true);
    expect(fs.readFileSync(project.outline, 'utf8')).toContain('- 我的\r\n');
    const versions = JSON.parse((await send(port(), API.history, { headers: withToken() })).body) as Array<{
      id: string;
      kind: string;
    }>;
    expect(versions.map((version) => version.kind)).toEqual(['save', 'theirs', 'save']);
    const their = JSON.parse(
      (await send(port(), `${API.history}?id=${versions[1]!.id}`, { headers: withToken() })).body,
    ) as { text: string };
    expect(their.text).toContain('- 别处改的');
  });

  it('copies a picture into images/ under a name that never replaces one, and refuses what is not a picture', async () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e1f70000000049454e44ae426082',
      'hex',
    );
    const up = (name: string, body: Buffer) =>
      send(port(), `${API.picture}?name=${encodeURIComponent(name)}`, { method: 'POST', headers: withToken(), body });
    const first = JSON.parse((await up('../../党徽 图.PNG', png)).body) as { address: string };
    const second = JSON.parse((await up('党徽 图.png', png)).body) as { address: string };
    expect(first.address).toBe('images/党徽-图.png');
    expect(second.address).toBe('images/党徽-图-2.png');
    expect(fs.readFileSync(path.join(project.root, 'slides', first.address)).equals(png)).toBe(true);
    const script = await up('x.png', Buffer.from('<script>alert(1)</script>'));
    expect(script.status).toBe(415);
    expect(fs.readdirSync(path.join(project.root, 'slides', 'images'))).toHaveLength(2);
  });
});
