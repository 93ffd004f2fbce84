// Running the `speechdeck` command as a user would: a process of its own, its output and exit code.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './sample.ts';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A machine whose locale is Chinese, or English: LANG set and the variables that would decide over it (LC_ALL,
 *  LC_MESSAGES) emptied, so the test means the same under any locale the suite itself runs in. */
export const CHINESE_MACHINE = { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
export const ENGLISH_MACHINE = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

/** `speechdeck <args>` in `cwd`, with `env` added to this process's environment; `installation` is the copy of
 *  speechdeck to run (this one by default, or a project copy). */
export function runSpeechdeck(cwd: string, env: Record<string, string>, args: string[], installation = ROOT): CliRun {
  const run = spawnSync(process.execPath, [path.join(installation, 'bin/speechdeck.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A path as speechdeck shows it on this system: `slides/talk.md` on Linux and macOS, `slides\talk.md` on Windows. */
export function shown(file: string): string {
  return file.split('/').join(path.sep);
}

/** A RegExp source that matches the text literally (a Windows path's backslashes included). */
export function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
