// The messages set-up says, in the user's language, without TypeScript or dependencies: it runs before
// node_modules exist. They are topics of the one catalogue (src/messages/index.ts lists them with the rest).
import { BROWSER_MESSAGES } from './catalogue/browser.mjs';
import { SETUP_MESSAGES } from './catalogue/setup.mjs';
import { language } from './language.mjs';

const PLAIN = { ...SETUP_MESSAGES, ...BROWSER_MESSAGES };

/** The message in the user's language.
 *  @param {keyof typeof PLAIN} key
 *  @param {...(string | number)} args */
export function sayPlain(key, ...args) {
  return /** @type {(...a: unknown[]) => string} */ (PLAIN[key][language()])(...args);
}
