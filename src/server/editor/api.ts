// The editor's requests: the outline's text, the deck made from the page's text, saving, the saved versions,
// pictures and the outputs. The guard (guard.ts) has already checked the token, the Host and the Origin.
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { LoadedDeck } from '../../load/index.ts';
import { OutlineError } from '../../outline/error.ts';
import { FRONT_MATTER_KEYS } from '../../outline/meta.ts';
import { displayPath } from '../../files/project.ts';
import { language, say } from '../../messages/index.ts';
import { API } from '../../editor/protocol.ts';
import type { HandoutAsked, Exported, OpenedOutline, Saved, Switched } from '../../editor/protocol.ts';
import { PER_PAGE } from '../../deck/per-page.ts';
import type { PerPage } from '../../deck/per-page.ts';
import type { OutlineStore } from './outline-store.ts';
import type { Tabs } from './tabs.ts';
import { MAX_IMAGE_BYTES, savePicture } from './images.ts';
import { outputFile, outputLink, serveOutput } from './output-files.ts';
import { chosenOutline, newOutline, outlineChoices } from './outlines.ts';
import type { SlideRenderer } from './render.ts';
import type { ExportResult } from './last-export.ts';

export interface EditorState {
  /** The folder holding slides/: its outlines are the ones the page may switch to. */
  projectDir: string;
  outlinePath: string;
  store: OutlineStore;
  tabs: Tabs;
  /** The text the page last showed, which the preview's deck is made from. */
  text: string;
  /** Makes the page's text into slides and findings. */
  renderer: SlideRenderer;
  /** Writes every output of the saved outline (none where nothing changed since the last time); `phase` reports
   *  progress. */
  exportAll: (phase: (text: string) => void, perPage: PerPage) => Promise<ExportResult>;
  /** Starts the export's browser in the background (a page has opened). */
  warmBrowser: () => void;
  /** Edits `file` from now on (every page is told to load it). */
  switchTo: (file: string) => Promise<void>;
  /** The deck last made from the page's text, shown while the text does not parse. */
  lastShown?: LoadedDeck | undefined;
}

/** Answers a request under /api/; false when it is not one. */
export async function answerApi(state: EditorState, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://x');
  const session = req.headers['x-speechdeck-session'];
  const writer = typeof session === 'string' && state.tabs.isWriter(session);
  const route = `${req.method} ${url.pathname}`;
  if (!url.pathname.startsWith('/api/')) return false;
  if (req.method === 'GET' && url.pathname.startsWith(`${API.output}/`)) {
    const file = outputFile(state.outlinePath, url.pathname);
    if (!file) return json(res, 404, {});
    serveOutput(res, file);
    return true;
  }
  switch (route) {
    case `GET ${API.outline}`: {
      const read = await state.store.read();
      state.text = read.text;
      const opened: OpenedOutline = {
        file: displayPath(state.outlinePath),
        ...read,
        lang: language(),
        keys: FRONT_MATTER_KEYS,
      };
      return json(res, 200, opened);
    }
    case `POST ${API.render}`: {
      const { text, have } = JSON.parse(await body(req, 50 * 1024 * 1024)) as { text: string; have?: number };
      state.text = String(text);
      const sessionName = typeof session === 'string' ? session : '';
      return json(res, 200, await state.renderer.render(state.outlinePath, state.text, sessionName, Number(have) || 0));
    }
    case `POST ${API.findings}`: {
      const asked = JSON.parse(await body(req, 50 * 1024 * 1024)) as HandoutAsked & { text: string };
      return json(res, 200, await state.renderer.findings(state.outlinePath, String(asked.text), perPageOf(asked)));
    }
    case `POST ${API.save}`: {
      if (!writer) return json(res, 409, { saved: false, readOnly: true } satisfies Saved);
      const request = JSON.parse(await body(req, 50 * 1024 * 1024)) as {
        text: string;
        base: string;
        kind: 'save' | 'auto';
        replacing?: string;
      };
      const result = await state.store.save({
        text: String(request.text),
        base: String(request.base),
        kind: request.kind === 'auto' ? 'auto' : 'save',
        ...(request.replacing ? { replacing: String(request.replacing) } : {}),
      });
      if (result.saved) state.tabs.broadcast({ type: 'disk', base: result.base });
      return json(res, 200, result satisfies Saved);
    }
    case `GET ${API.events}`: {
      state.tabs.connect(url.searchParams.get('session') ?? '', res);
      return true;
    }
    case `POST ${API.takeOver}`: {
      if (typeof session !== 'string') return json(res, 400, {});
      state.tabs.takeOver(session);
      return json(res, 200, {});
    }
    case `GET ${API.history}`: {
      const id = url.searchParams.get('id');
      if (id === null) return json(res, 200, await state.store.history.list());
      const bytes = await state.store.history.read(id);
      if (!bytes) return json(res, 404, {});
      const { editedText } = await import('./outline-file.ts');
      return json(res, 200, { text: editedText(bytes) });
    }
    case `POST ${API.picture}`: {
      if (!writer) return json(res, 409, { refused: 'read-only' });
      const name = url.searchParams.get('name') ?? 'picture';
      if (Number(req.headers['content-length'] ?? 0) > MAX_IMAGE_BYTES)
        return json(res, 413, { refused: 'too-large', message: say('editorPictureTooLarge') });
      let bytes: Buffer;
      try {
        bytes = await bodyBytes(req, MAX_IMAGE_BYTES);
      } catch {
        return json(res, 413, { refused: 'too-large', message: say('editorPictureTooLarge') });
      }
      const saved = await savePicture(path.dirname(state.outlinePath), name, bytes);
      if ('refused' in saved)
        return json(res, 415, {
          ...saved,
          message: say(saved.refused === 'too-large' ? 'editorPictureTooLarge' : 'editorNotAPicture'),
        });
      return json(res, 200, saved);
    }
    case `POST ${API.export}`: {
      if (!writer) return json(res, 409, { files: [], error: 'read-only' } satisfies Exported);
      const perPage = askedPerPage(await body(req, 64 * 1024));
      if (perPage === undefined) return json(res, 400, { files: [], error: 'per-page' } satisfies Exported);
      try {
        const made = await state.exportAll((phase) => state.tabs.broadcast({ type: 'export', phase }), perPage);
        const links = made.files.map((file) => outputLink(state.outlinePath, file));
        return json(res, 200, { files: made.files, links, unchanged: made.unchanged } satisfies Exported);
      } catch (error) {
        const message = error instanceof OutlineError ? error.report() : (error as Error).message;
        return json(res, 200, { files: [], error: message } satisfies Exported);
      }
    }
    case `GET ${API.outlines}`:
      return json(res, 200, await outlineChoices(state.projectDir, state.outlinePath));
    case `POST ${API.switch}`:
    case `POST ${API.newOutline}`: {
      if (!writer) return json(res, 409, { switched: false, message: say('editorReadOnly') } satisfies Switched);
      const { file } = JSON.parse(await body(req, 64 * 1024)) as { file: string };
      return json(res, 200, await (route.endsWith(API.switch) ? switchOutline : makeOutline)(state, String(file)));
    }
    default:
      return json(res, 404, {});
  }
}

async function switchOutline(state: EditorState, name: string): Promise<Switched> {
  const file = await chosenOutline(state.projectDir, state.outlinePath, name);
  if (!file) return { switched: false, message: say('editorNoSuchOutline', name) };
  return opened(state, file);
}

async function makeOutline(state: EditorState, name: string): Promise<Switched> {
  const made = await newOutline(state.projectDir, name);
  if ('refused' in made)
    return {
      switched: false,
      message: made.refused === 'exists' ? say('editorOutlineExists', made.name) : say('editorBadOutlineName', name),
    };
  return opened(state, made.made);
}

/** Switches to `file`; an outline that cannot be read (not text) stays where it was, with the reason. */
async function opened(state: EditorState, file: string): Promise<Switched> {
  try {
    await state.switchTo(file);
  } catch (error) {
    return { switched: false, message: error instanceof OutlineError ? error.report() : String(error) };
  }
  return { switched: true, file: displayPath(file) };
}

function json(res: ServerResponse, status: number, value: unknown): true {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(value));
  return true;
}

async function body(req: IncomingMessage, limit: number): Promise<string> {
  return (await bodyBytes(req, limit)).toString('utf8');
}

function bodyBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The handout's slides a page the export asks for (3 where it says none); undefined for anything else. */
function askedPerPage(sent: string): PerPage | undefined {
  try {
    return perPageOf(sent.trim() ? (JSON.parse(sent) as HandoutAsked) : {});
  } catch {
    return undefined;
  }
}

/** The handout's slides a page a request names (3 where it names none); undefined for a number no handout has. */
function perPageOf(asked: HandoutAsked): PerPage | undefined {
  const perPage = asked.perPage ?? 3;
  return (PER_PAGE as readonly unknown[]).includes(perPage) ? (perPage as PerPage) : undefined;
}
