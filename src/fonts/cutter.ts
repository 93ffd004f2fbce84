// Fonts are cut in a process of their own (cut-worker.ts), started at the first cut and ended a while after the last
// (one process for all the faces of a run; one dying is replaced once): harfbuzz's WebAssembly memory grows to the
// largest font file it opened and never shrinks, and the faces' inflated tables come and go beside it: 60–70 MB
// that stayed with the command's process for the rest of its run (and with the editor's server for the rest of its
// session) when the cutting ran in it. A worker thread let go of the WebAssembly memory but not of the tables: glibc
// keeps a thread's freed allocations in that thread's own arena, and the process stayed nearly as large after the
// worker had ended (after cutting the 480-slide deck's faces from 78–86 MB: 143–147 MB in the main thread, 124–134 MB
// in a worker, 82–89 MB in a process). A process's memory goes with it.
//
// The command line runs as one esbuild bundle (scripts/cli-bundle.mjs), where the cutting process's entry is an entry
// of its own beside the chunk this file is in (`cut-worker.mjs`); run from the TypeScript source (tsx, the tests), it
// is `cut-worker.ts` with tsx's loader.
import { fork } from 'node:child_process';
import type { ChildProcess, ForkOptions } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FallbackFace, FontFace } from './index.ts';
import { EnvironmentError } from '../outputs/errors.ts';
import { sentences } from '../outline/error.ts';
import { say } from '../messages/index.ts';

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

/** How long the cutting process waits for more cuts once nobody is using it: the cuts of one run that come one after
 *  another (a meeting's stand-in pages and page numbers after its decks' faces) and the editor's next new characters
 *  find it started and its harfbuzz compiled, instead of paying a process's start (about 80 ms of CPU) each. It does
 *  not keep the command from ending. */
const LINGER_MS = 10_000;

/** One cutting process and the runs using it. */
interface Cutter {
  cut: Cut;
  /** `work`s running with it. */
  users: number;
  /** Ends the process (when started); later cuts start another cutter. */
  end(): Promise<void>;
  /** When it ends if nobody uses it meanwhile. */
  timer?: NodeJS.Timeout | undefined;
}

/** The cutter the runs now share, if any. */
let shared: Cutter | undefined;

/** How many cutting processes this process has started (for tests: a run's faces share one). */
let processesStarted = 0;
export const cuttingProcessesStarted = (): number => processesStarted;

/** Runs `work` with a way to cut fonts. Runs at once, or one soon after another, share one cutting process: it is
 *  started at the first cut (none when every font was in the cache) and ends `LINGER_MS` after the last run using
 *  it has finished, whatever its outcome, or when it fails. */
export async function withCutter<T>(work: (cut: Cut) => Promise<T>): Promise<T> {
  shared ??= newCutter();
  const cutter = shared;
  clearTimeout(cutter.timer);
  cutter.users++;
  try {
    return await work(cutter.cut);
  } finally {
    cutter.users--;
    if (!cutter.users && shared === cutter) cutter.timer = setTimeout(() => void cutter.end(), LINGER_MS).unref();
  }
}

/** Ends the shared cutting process now, if there is one (a test's end, a server closing). */
export async function endCutter(): Promise<void> {
  await shared?.end();
}

function newCutter(): Cutter {
  let child: ChildProcess | undefined;
  let exited: Promise<void> | undefined;
  let failed: Error | undefined;
  let ending = false;
  let next = 0;
  /** How many of its processes stopped of themselves. */
  let deaths = 0;
  const waiting = new Map<
    number,
    { request: CutRequest; resolve: (reply: CutReply) => void; reject: (error: Error) => void }
  >();
  // The channel keeps the command's process alive only while a cut is awaited: an idle cutter does not hold it open.
  const hold = () => (waiting.size ? child?.channel?.ref() : child?.channel?.unref());
  const send = (request: CutRequest) => {
    const to = (child ??= start());
    // (a channel closed under it: the process is ending, and its end sends the request again or fails it)
    to.send(request, (error) => {
      if (error) stopped(to, error.message);
    });
  };
  const cutter: Cutter = {
    users: 0,
    cut: async (face, characters, as) => {
      if (failed) throw failed;
      const request = { id: next++, face, characters, as } satisfies CutRequest;
      const reply = await new Promise<CutReply>((resolve, reject) => {
        waiting.set(request.id, { request, resolve, reject });
        send(request);
        hold();
      });
      if ('error' in reply) throw new Error(reply.error);
      return reply;
    },
    async end() {
      clearTimeout(cutter.timer);
      if (shared === cutter) shared = undefined;
      ending = true;
      if (!child) return;
      // it leaves when its channel closes; its exit is awaited (held open until then)
      child.ref();
      if (child.connected) child.disconnect();
      await exited;
    },
  };
  const fail = (error: Error) => {
    failed = error;
    // the runs to come start another
    if (shared === cutter) shared = undefined;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  /** A process that stopped, not asked to (killed, out of memory, crashed): the first time another is started and
   *  given the cuts it had not answered, and the cuts that follow; the second time the run's cuts fail with our
   *  message, as the machine's fault. */
  const stopped = (gone: ChildProcess, why: string) => {
    if (gone !== child) return;
    child = undefined;
    gone.kill();
    if (failed) return;
    if (ending) {
      fail(new Error(`the font cutting process stopped (${why})`));
      return;
    }
    deaths++;
    if (deaths > 1) {
      const faces = [...new Set([...waiting.values()].map(({ request }) => request.face))];
      fail(new EnvironmentError(sentences(say('fontCutterStopped', why, faces.join(', ')), say('fontCutterHint'))));
      return;
    }
    for (const { request } of waiting.values()) send(request);
    hold();
  };
  const start = (): ChildProcess => {
    const started = cuttingProcess();
    processesStarted++;
    started.unref();
    started.on('message', (reply: CutReply) => {
      const asked = waiting.get(reply.id);
      waiting.delete(reply.id);
      hold();
      asked?.resolve(reply);
    });
    started.on('error', (error) => stopped(started, error.message));
    exited = new Promise((resolve) =>
      started.on('exit', (code, signal) => {
        stopped(started, signal ?? `exit ${code}`);
        resolve();
      }),
    );
    return started;
  };
  return cutter;
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
