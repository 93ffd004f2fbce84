// The messages the editor's page says itself: its own words, and those of the deck's page (the layout findings it
// measures in the preview). The page bundles these topics only, not the whole catalogue.
import { EDITOR_MESSAGES } from './catalogue/editor.ts';
import type { Language } from './language.mjs';

export type EditorMessageKey = keyof typeof EDITOR_MESSAGES;
export type EditorArguments<K extends EditorMessageKey> = Parameters<(typeof EDITOR_MESSAGES)[K]['en']>;

/** A message of the editor's page in `lang`. */
export function sayInEditor<K extends EditorMessageKey>(lang: Language, key: K, ...args: EditorArguments<K>): string {
  const message = EDITOR_MESSAGES[key] as unknown as Record<Language, (...a: EditorArguments<K>) => string>;
  return message[lang](...args);
}

/** `sayInEditor` with the page's language given once. */
export function editorSayer(lang: Language) {
  return <K extends EditorMessageKey>(key: K, ...args: EditorArguments<K>): string => sayInEditor(lang, key, ...args);
}

export type EditorSay = ReturnType<typeof editorSayer>;
