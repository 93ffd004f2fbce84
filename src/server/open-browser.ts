// Opens an address in the system's browser, the way each system does it: `start` (through cmd) on Windows, `open` on
// macOS, `xdg-open` elsewhere. The program is started and let go: the browser outlives it.
import { spawn } from 'node:child_process';

export interface Opener {
  platform: NodeJS.Platform;
  /** Starts a program and resolves to whether it could be started. */
  run: (command: string, args: string[], options: { windowsVerbatimArguments?: boolean }) => Promise<boolean>;
}

/** The command that opens `url` on `platform`. */
export function openCommand(
  platform: NodeJS.Platform,
  url: string,
): { command: string; args: string[]; verbatim: boolean } {
  if (platform === 'win32') {
    // `start`'s first quoted argument is the window's title; the address is quoted so cmd reads `&` in it as text.
    return { command: 'cmd.exe', args: ['/d', '/s', '/c', `start "" "${url.replace(/"/g, '')}"`], verbatim: true };
  }
  if (platform === 'darwin') return { command: 'open', args: [url], verbatim: false };
  return { command: 'xdg-open', args: [url], verbatim: false };
}

const SYSTEM: Opener = {
  platform: process.platform,
  run: (command, args, options) =>
    new Promise((resolve) => {
      try {
        const child = spawn(command, args, { stdio: 'ignore', detached: true, ...options });
        child.once('error', () => resolve(false));
        child.once('spawn', () => {
          child.unref();
          resolve(true);
        });
      } catch {
        resolve(false);
      }
    }),
};

/** Opens `url`; false when no browser could be started (the address is printed either way). */
export function openInBrowser(url: string, opener: Opener = SYSTEM): Promise<boolean> {
  const { command, args, verbatim } = openCommand(opener.platform, url);
  return opener.run(command, args, verbatim ? { windowsVerbatimArguments: true } : {});
}
