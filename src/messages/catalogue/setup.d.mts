// Types of setup.mjs, for the TypeScript that imports it.
import type { Message } from '../index.ts';

export declare const SETUP_MESSAGES: {
  nodeTooOld: Message<[version: string]>;
  installingDependencies: Message<[]>;
  reinstallingDependencies: Message<[]>;
  npmCiFailed: Message<[]>;
  installingChromium: Message<[]>;
  aptWaiting: Message<[minutes: number]>;
};
