// Lists in messages (slides, lines, files, characters): up to ten items in full, then how many more and how many in
// all, so a message about 1,000 slides stays a line a person can read. The whole list is for `check` (its table) and
// `check --json` (every item).
import { sayIn } from './index.ts';
import { language, type Language } from './language.mjs';

/** What a list counts: it decides the noun of "and N more (M in all)" / "等 N 页（共 M 页）". */
export type ListKind = 'slides' | 'lines' | 'files' | 'characters';

/** Items shown in full before the rest are counted. */
export const LIST_LIMIT = 10;

/** The first `limit` items, and how many are left out. */
export function firstOf<T>(items: readonly T[], limit = LIST_LIMIT): { shown: T[]; more: number; total: number } {
  const shown = items.length > limit ? items.slice(0, limit) : [...items];
  return { shown, more: items.length - shown.length, total: items.length };
}

/** `3, 6, 9` / `3、6、9`, and beyond ten items `…, 30 and 5 more slides (15 in all)` / `……、30 等 5 页（共 15 页）`.
 *  `separator` replaces the language's comma (a list of files, one to a line). */
export function listItems(
  kind: ListKind,
  items: readonly (string | number)[],
  options: { lang?: Language; separator?: string } = {},
): string {
  const lang = options.lang ?? language();
  const { shown, more, total } = firstOf(items);
  const separator = options.separator ?? (lang === 'zh' ? '、' : ', ');
  const list = shown.map(String).join(separator);
  if (!more) return list;
  const rest = sayIn(lang, 'listMore', kind, more, total);
  return options.separator?.includes('\n') ? `${list}${options.separator}${rest}` : `${list} ${rest}`;
}
