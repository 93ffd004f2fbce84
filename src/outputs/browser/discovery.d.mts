// Types of discovery.mjs, for the TypeScript that imports it.
export declare const BROWSER_ENV: 'PUPPETEER_EXECUTABLE_PATH';
export interface FoundBrowser {
  path: string;
  source: 'PUPPETEER_EXECUTABLE_PATH' | 'installed';
  exists: boolean;
}
export declare function browserCandidates(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string[];
export declare function findBrowser(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform, exists?: (file: string) => boolean): FoundBrowser | undefined;
export declare function noBrowserMessage(platform?: NodeJS.Platform): string;
