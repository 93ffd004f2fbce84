// Types of apt.mjs, for the TypeScript tests.
export function aptInstall(
  packages: string[],
  options: {
    say: (text: string) => void;
    env?: NodeJS.ProcessEnv;
    waitSeconds?: number;
    retryMs?: number;
    spawn?: typeof import('node:child_process').spawn;
    output?: NodeJS.WritableStream;
  },
): Promise<boolean>;
