// The messages the deck's page says itself: the dev server's badge and error overlay, and the layout findings it
// measures. The client bundle imports these two topics instead of the whole catalogue, which would add every
// command's help, report and import message to each deck (and their characters to its fonts).
import { CHECK_MESSAGES } from './catalogue/check.ts';
import { DEV_MESSAGES } from './catalogue/dev.ts';
import { LECTERN_PAGE_MESSAGES } from './catalogue/lectern-page.ts';
import type { Language } from './language.mjs';

const PAGE_MESSAGES = { ...CHECK_MESSAGES, ...DEV_MESSAGES, ...LECTERN_PAGE_MESSAGES } as const;

export type PageMessageKey = keyof typeof PAGE_MESSAGES;
type Arguments<K extends PageMessageKey> = Parameters<(typeof PAGE_MESSAGES)[K]['en']>;

/** A message of the page's topics in `lang`; the same words `sayIn` gives on the command line. */
export function sayInPage<K extends PageMessageKey>(lang: Language, key: K, ...args: Arguments<K>): string {
  const message = PAGE_MESSAGES[key] as unknown as Record<Language, (...a: Arguments<K>) => string>;
  return message[lang](...args);
}
