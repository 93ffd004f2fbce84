// The export's files as links: the page is given an address for each file written in the output folder, the server
// sends that file with the token (the PowerPoint as a download), and nothing else: not without the token, not a file
// outside the output folder (the outline, by `..` or by a link that leads out), not a folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, TOKEN_HEADER } from '../../src/editor/protocol.ts';
import type { Exported } from '../../src/editor/protocol.ts';
import { send, startEditorProject } from '../support/editor-server.ts';
import type { EditorProject } from '../support/editor-server.ts';

let project: EditorProject;
/** The handout's slides a page each export was asked for. */
const askedPerPage: number[] = [];
const withToken = () => ({ [TOKEN_HEADER]: project.token, 'x-speechdeck-session': 's1' });
const port = () => project.server.port;

beforeAll(async () => {
  project = await startEditorProject('---\ntitle: 讲话\n---\n\n## 第一页\n', {
    // The outputs as an export writes them, without a browser: a PDF, a PowerPoint, the deck folder's page.
    exportAll: async (outline, _phase, _browser, _kept, perPage) => {
      askedPerPage.push(perPage);
      const dist = path.join(path.dirname(path.dirname(outline)), 'dist');
      fs.mkdirSync(path.join(dist, 'talk 讲话'), { recursive: true });
      const files = {
        pdf: path.join(dist, 'talk 讲话.pdf'),
        pptx: path.join(dist, 'talk 讲话.pptx'),
        deck: path.join(dist, 'talk 讲话', 'index.html'),
      };
      fs.writeFileSync(files.pdf, '%PDF-1.7 test');
      fs.writeFileSync(files.pptx, 'PK pptx');
      fs.writeFileSync(files.deck, '<!doctype html><title>讲话</title>');
      return [...Object.values(files), outline];
    },
  });
});
afterAll(() => project?.remove());

describe('the files an export wrote', () => {
  it('are links the page can open, each sending its file, only with the token', async () => {
    const exported = JSON.parse(
      (await send(port(), API.export, { method: 'POST', headers: withToken(), body: '{}' })).body,
    ) as Exported;
    expect(exported.error).toBeUndefined();
    const [pdf, pptx, deck, outline] = exported.links!;
    expect(pdf).toBe(`${API.output}/${encodeURIComponent('talk 讲话.pdf')}`);
    expect(deck).toBe(`${API.output}/${encodeURIComponent('talk 讲话')}/index.html`);
    // the outline is not in the output folder: no link
    expect(outline).toBe('');

    const sent = await send(port(), pdf!, { headers: withToken() });
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('%PDF-1.7 test');
    expect((await send(port(), deck!, { headers: withToken() })).body).toContain('<title>讲话</title>');
    expect((await send(port(), pptx!, { headers: withToken() })).body).toBe('PK pptx');
    // without the token: refused
    expect((await send(port(), pdf!)).status).toBe(403);
  });

  it('sends nothing outside the output folder', async () => {
    const dist = path.join(project.root, 'dist');
    fs.mkdirSync(dist, { recursive: true });
    fs.symlinkSync(project.outline, path.join(dist, 'link.md'));
    for (const address of [
      `${API.output}/..%2Fslides%2Ftalk.md`,
      `${API.output}/../slides/talk.md`,
      `${API.output}/%2E%2E/slides/talk.md`,
      `${API.output}/link.md`,
      `${API.output}/${encodeURIComponent('talk 讲话')}`,
      `${API.output}/missing.pdf`,
      `${API.output}/%E0%A4%A`,
    ]) {
      const answer = await send(port(), address, { headers: withToken() });
      expect(answer.status, address).not.toBe(200);
      expect(answer.body, address).not.toContain('第一页');
    }
  });
});

describe('the slides a page the export is asked for', () => {
  const exportWith = (body: string) => send(port(), API.export, { method: 'POST', headers: withToken(), body });

  it('reach the outputs as asked, 3 where the page names none, and nothing is made for a number no handout has', async () => {
    askedPerPage.length = 0;
    expect((await exportWith(JSON.stringify({ perPage: 6 }))).status).toBe(200);
    expect((await exportWith('{}')).status).toBe(200);
    for (const refused of [JSON.stringify({ perPage: 5 }), JSON.stringify({ perPage: '6' }), '{']) {
      const answer = await exportWith(refused);
      expect(answer.status, refused).toBe(400);
      expect((JSON.parse(answer.body) as Exported).files).toEqual([]);
    }
    expect(askedPerPage).toEqual([6, 3]);
  });
});
