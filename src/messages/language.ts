// Which language the user reads: Chinese on a Chinese machine, English elsewhere, or what `--lang` says.

export type Language = 'zh' | 'en';

/** The language of the environment: the first of LC_ALL, LC_MESSAGES and LANG that is set decides (POSIX order);
 *  where none is (Windows, a Mac app), the system's locale as Node reports it. */
export function languageOf(env: NodeJS.ProcessEnv = process.env, systemLocale: () => string = () => Intl.DateTimeFormat().resolvedOptions().locale): Language {
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const locale = set ?? systemLocale();
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

let current: Language | undefined;

/** The language messages are in now. */
export function language(): Language {
  return (current ??= languageOf());
}

/** `--lang zh` or `--lang en`: for the rest of the run. */
export function setLanguage(next: Language): void {
  current = next;
}
