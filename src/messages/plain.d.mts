// Types of plain.mjs, for the TypeScript that imports it.
import type { BROWSER_MESSAGES } from './catalogue/browser.mjs';
import type { SETUP_MESSAGES } from './catalogue/setup.mjs';

type Plain = typeof SETUP_MESSAGES & typeof BROWSER_MESSAGES;
export declare function sayPlain<K extends keyof Plain>(key: K, ...args: Parameters<Plain[K]['en']>): string;
