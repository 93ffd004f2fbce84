// Which language the user reads: Chinese on a Chinese machine, English elsewhere, or what `--lang` says.
// Plain JavaScript without dependencies: set-up (scripts/ensure-setup.mjs) speaks by the same rule before
// node_modules exist.

/** @typedef {'zh' | 'en'} Language */

/** The language of the environment: the first of LC_ALL, LC_MESSAGES and LANG that is set decides (POSIX order);
 *  where none is (Windows, a Mac app), the system's locale as Node reports it.
 *  @param {NodeJS.ProcessEnv} [env]
 *  @param {() => string} [systemLocale]
 *  @returns {Language} */
export function languageOf(env = process.env, systemLocale = () => Intl.DateTimeFormat().resolvedOptions().locale) {
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const locale = set ?? systemLocale();
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** @type {Language | undefined} */
let current;

/** The language messages are in now. */
export function language() {
  return (current ??= languageOf());
}

/** `--lang zh` or `--lang en`: for the rest of the run.
 *  @param {Language} next */
export function setLanguage(next) {
  current = next;
}
