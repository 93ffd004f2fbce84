// Types of discovery.mjs, for the TypeScript that imports it.
export declare const BROWSER_ENV: 'PUPPETEER_EXECUTABLE_PATH';
export declare const APP_PATHS_KEYS: string[];
export interface FoundBrowser {
  path: string;
  /** Where it was found: the env var, a usual install path, or the Windows registry's App Paths. */
  source: 'PUPPETEER_EXECUTABLE_PATH' | 'installed' | 'registry';
  exists: boolean;
}
/** What the machine is and has; each defaults to this machine's. */
export interface BrowserSystem {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  exists?: (file: string) => boolean;
  /** `reg query <key> /s` output, or undefined where the key is missing. */
  registry?: (key: string) => string | undefined;
}
export declare function browserCandidates(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string[];
export declare function unquote(value: string): string;
export declare function parseAppPaths(output: string, env?: NodeJS.ProcessEnv): Record<string, string>;
export declare function decodeConsole(bytes: Uint8Array): string;
export declare function queryRegistry(key: string): string | undefined;
export declare function lookForBrowser(system?: BrowserSystem): { found: FoundBrowser | undefined; tried: string[] };
export declare function findBrowser(system?: BrowserSystem): FoundBrowser | undefined;
