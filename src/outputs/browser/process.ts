// The browser as a process: started leading a process group of its own, watched for its end and its last words,
// killed with every process it started on each system, and its profile folder removed after it.
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { removeNow } from '../../files/remove-now.ts';
import { say } from '../../messages/index.ts';
import { browserArgs } from './flags.ts';

/** Starts the browser at `file` with `profile`, and, where given, `temp` as its temporary folder. Detached: the
 *  browser leads a process group of its own, so that it and its helpers end together. Fds 3 and 4 are the pipe it is
 *  driven through (see connect.ts). */
export function spawnBrowser(file: string, profile: string, temp?: string): ChildProcess {
  return spawn(file, browserArgs(profile), {
    ...(temp ? { env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp } } : {}),
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
}

/** How a started browser ended, if it did: watched from the moment it is spawned, so that an exit before anyone
 *  waits for it is not missed. */
export function watchEnd(child: ChildProcess): Promise<Error> {
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(new Error(say('browserExited', signal ?? '', code))));
    child.once('error', resolve);
  });
}

/** The last lines the browser wrote on stderr, for a message if it fails to start. Keeps reading (a full pipe
 *  would stall the browser) and keeps only the last few lines. */
export function lastLines(child: ChildProcess): () => string {
  let tail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-2_000);
  });
  return () =>
    tail
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(-3)
      .join(' | ');
}

/** The longest path a Unix socket can have (`sun_path` less its closing zero), where Chromium keeps its profile's lock
 *  socket in a folder of the temporary folder: `<temp>/org.chromium.Chromium.XXXXXX/SingletonSocket`. */
const SOCKET_PATH_LIMIT: Partial<Record<NodeJS.Platform, number>> = { linux: 107, darwin: 103 };
const LOCK_SOCKET = '/org.chromium.Chromium.XXXXXX/SingletonSocket';

/** Whether the browser may be given a temporary folder of its own at `folder` (a path as long as the one it will
 *  have): its lock socket's path must stay within the system's limit, or Chromium would not start. Windows keeps no
 *  such socket. Where it may not, the browser writes into the system's temporary folder as it always did. */
export function ownTempFits(folder: string, platform: NodeJS.Platform = process.platform): boolean {
  const limit = SOCKET_PATH_LIMIT[platform];
  return platform === 'win32' || (limit !== undefined && Buffer.byteLength(folder) + LOCK_SOCKET.length <= limit);
}

/** The system's own short temporary folder, for a browser whose user's temporary folder is too deep for its lock
 *  socket (a `TMPDIR` set under a long home folder or inside another tool's folder). */
const SHORT_TEMP = '/tmp';

/** Where the browser's own temporary folder (`name`, as long as it will be) goes: the user's temporary folder `temp`
 *  where the lock socket fits there, else the system's short one where it exists, else nowhere (Windows: always the
 *  user's). Without it a deep `TMPDIR` stops Chromium at its start (SIGABRT) with no word of why. */
export function browserTempBase(
  temp: string,
  name: string,
  platform: NodeJS.Platform = process.platform,
  isFolder: (folder: string) => boolean = (folder) =>
    fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false,
): string | undefined {
  if (ownTempFits(path.join(temp, name), platform)) return temp;
  if (platform !== 'win32' && ownTempFits(path.posix.join(SHORT_TEMP, name), platform) && isFolder(SHORT_TEMP))
    return SHORT_TEMP;
  return undefined;
}

/** How to end a browser and every process it started, on each system. Linux and macOS: the process group it leads.
 *  Windows: killing the browser's process leaves its helpers holding the profile, so its process tree is ended
 *  with `taskkill /pid N /T /F`, as Puppeteer does. */
export function teardown(
  pid: number,
  platform: NodeJS.Platform = process.platform,
): { command: string; args: string[] } | { group: number } {
  return platform === 'win32' ? { command: 'taskkill', args: ['/pid', String(pid), '/T', '/F'] } : { group: pid };
}

/** Kills the browser and every process it started, at once. */
export function killTree(child: ChildProcess): void {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const how = teardown(child.pid);
  try {
    if ('group' in how) process.kill(-how.group, 'SIGKILL');
    else execFileSync(how.command, how.args, { stdio: 'ignore', windowsHide: true, timeout: 10_000 });
    return;
  } catch {
    // not a group leader after all, or taskkill refused: kill the browser process itself
  }
  child.kill('SIGKILL');
}

/** Removes a browser's profile and the folder Chromium keeps its profile's lock socket in (a sibling in the
 *  system's temporary folder, which only a graceful shutdown would remove). A browser just killed may still be
 *  writing for a moment: retry, and never fail over a leftover. */
export function removeProfile(profile: string): void {
  try {
    const socket = fs.readlinkSync(path.join(profile, 'SingletonSocket'));
    const folder = path.dirname(socket);
    // org.chromium.Chromium.XXXXXX on Linux, .com.google.Chrome.XXXXXX on macOS: only such a folder, never more.
    if (/chrom|edge/i.test(path.basename(folder)) && folder !== profile)
      fs.rmSync(folder, { recursive: true, force: true });
  } catch {
    // no lock socket (not Chromium, or not yet created)
  }
  // A browser killed a moment ago may still finish a write into its profile; what is left, a later run removes.
  removeNow(profile);
}
