// Types of browser.mjs, for the TypeScript that imports it.
import type { Message } from '../index.ts';

export declare const BROWSER_MESSAGES: {
  noBrowser: Message<[platform: string, tried: string]>;
  browserPathMissing: Message<[file: string]>;
  browserDidNotStart: Message<[file: string, reason: string]>;
  browserExited: Message<[signal: string, code: number | null]>;
  browserNoAnswer: Message<[file: string, seconds: number]>;
};
