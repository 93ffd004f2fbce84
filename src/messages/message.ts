// The shape of one message of the catalogue, apart from index.ts so the catalogue's topics can name it without
// importing the module that imports them.
import type { Language } from './language.mjs';

/** A message in both languages, taking the same arguments. */
export type Message<A extends unknown[] = never[]> = Record<Language, (...args: A) => string>;
