// Fonts are cut in a process of their own (cut-worker.ts), started for one set of cuts and ended with it: harfbuzz's
// WebAssembly memory grows to the largest font file it opened and never shrinks, and the faces' inflated tables come
// and go beside it: 60–70 MB that stayed with the command's process for the rest of its run (and with the editor's
// server for the rest of its session) when the cutting ran in it. A worker thread let go of the WebAssembly memory
// but not of the tables: glibc keeps a thread's freed allocations in that thread's own arena, and the process stayed
// nearly as large after the worker had ended (after cutting the 480-slide deck's faces from 78–86 MB: 143–147 MB in
// the main thread, 124–134 MB in a worker, 82–89 MB in a process). A process's memory goes with it.
//
// The command line runs as one esbuild bundle (scripts/cli-bundle.mjs), where the cutting process's entry is an entry
// of its own beside the chunk this file is in (`cut-worker.mjs`); run from the TypeScript source (tsx, the tests), it
// is `cut-worker.ts` with tsx's loader.
import { fork } from 'node:child_process';
import type { ChildProcess, ForkOptions } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FallbackFace, FontFace } from './index.ts';

/** What the cutting process is asked: a face cut to some characters, as the deck's woff2 or as TrueType (what a PDF
 *  embeds). */
export interface CutRequest {
  id: number;
  face: FontFace | FallbackFace;
  characters: string;
  as: 'woff2' | 'ttf';
}

/** What it answers: the font and the characters asked for that it lacks, or why it could not cut it. */
export type CutReply = { id: number; font: Uint8Array; missing: string } | { id: number; error: string };

export type Cut = (
  face: FontFace | FallbackFace,
  characters: string,
  as: 'woff2' | 'ttf',
) => Promise<{ font: Uint8Array; missing: string }>;

/** Runs `work` with a way to cut fonts; the cutting process is started at the first cut (none when every font was in
 *  the cache) and ended when `work` has finished, whatever its outcome. */
export async function withCutter<T>(work: (cut: Cut) => Promise<T>): Promise<T> {
  let child: ChildProcess | undefined;
  let exited: Promise<void> | undefined;
  let failed: Error | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (reply: CutReply) => void; reject: (error: Error) => void }>();
  const fail = (error: Error) => {
    failed = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  const start = (): ChildProcess => {
    const started = cuttingProcess();
    started.on('message', (reply: CutReply) => {
      const asked = waiting.get(reply.id);
      waiting.delete(reply.id);
      asked?.resolve(reply);
    });
    started.on('error', fail);
    exited = new Promise((resolve) =>
      started.on('exit', (code, signal) => {
        if (waiting.size) fail(new Error(`the font cutting process stopped (${signal ?? `exit ${code}`})`));
        resolve();
      }),
    );
    return started;
  };
  const cut: Cut = async (face, characters, as) => {
    if (failed) throw failed;
    child ??= start();
    const id = next++;
    const reply = await new Promise<CutReply>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      child!.send({ id, face, characters, as } satisfies CutRequest, (error) => {
        if (error) fail(error);
      });
    });
    if ('error' in reply) throw new Error(reply.error);
    return reply;
  };
  try {
    return await work(cut);
  } finally {
    if (child) {
      // it leaves when its channel closes
      if (child.connected) child.disconnect();
      await exited;
    }
  }
}

/** The cutting process, from the bundle's `cut-worker.mjs` or, run from source, from `cut-worker.ts` through tsx. */
function cuttingProcess(): ChildProcess {
  const here = import.meta.url;
  const options: ForkOptions = { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] };
  if (!here.endsWith('.ts'))
    return fork(fileURLToPath(new URL('./cut-worker.mjs', here)), [], { ...options, execArgv: [] });
  const tsx = pathToFileURL(createRequire(fileURLToPath(here)).resolve('tsx')).href;
  return fork(fileURLToPath(new URL('./cut-worker.ts', here)), [], { ...options, execArgv: ['--import', tsx] });
}
