// The one message catalogue: every sentence a user reads, in Chinese and English, each written once. A message is a
// key and its arguments; `say` gives it in the user's language (see language.mjs).
import { BROWSER_MESSAGES } from './catalogue/browser.mjs';
import { CHECK_MESSAGES } from './catalogue/check.ts';
import { CLI_MESSAGES } from './catalogue/cli.ts';
import { DEV_MESSAGES } from './catalogue/dev.ts';
import { EDITOR_MESSAGES } from './catalogue/editor.ts';
import { FILE_MESSAGES } from './catalogue/files.ts';
import { HELP_MESSAGES } from './catalogue/help.ts';
import { IMPORT_MESSAGES } from './catalogue/import.ts';
import { MEETING_MESSAGES } from './catalogue/meeting.ts';
import { LECTERN_MESSAGES } from './catalogue/lectern.ts';
import { LECTERN_PAGE_MESSAGES } from './catalogue/lectern-page.ts';
import { NEW_MESSAGES } from './catalogue/new.ts';
import { OUTLINE_MESSAGES } from './catalogue/outline.ts';
import { OUTPUT_MESSAGES } from './catalogue/outputs.ts';
import { PPTX_MESSAGES } from './catalogue/pptx.ts';
import { READING_MESSAGES } from './catalogue/reading.ts';
import { REPORT_MESSAGES } from './catalogue/report.ts';
import { RESOURCE_MESSAGES } from './catalogue/resources.ts';
import { SETTINGS_MESSAGES } from './catalogue/settings.ts';
import { SETUP_MESSAGES } from './catalogue/setup.mjs';
import { STOP_MESSAGES } from './catalogue/stop.ts';
import { STRUCTURE_MESSAGES } from './catalogue/structure.ts';
import { language } from './language.mjs';
import type { Language } from './language.mjs';

export { language, languageOf, setLanguage, type Language } from './language.mjs';

/** The topics, each a file of its own under catalogue/; a key is in one topic only (the catalogue test makes sure). */
export const TOPICS = {
  cli: CLI_MESSAGES,
  help: HELP_MESSAGES,
  outline: OUTLINE_MESSAGES,
  settings: SETTINGS_MESSAGES,
  structure: STRUCTURE_MESSAGES,
  reading: READING_MESSAGES,
  check: CHECK_MESSAGES,
  report: REPORT_MESSAGES,
  dev: DEV_MESSAGES,
  editor: EDITOR_MESSAGES,
  new: NEW_MESSAGES,
  files: FILE_MESSAGES,
  import: IMPORT_MESSAGES,
  resources: RESOURCE_MESSAGES,
  stop: STOP_MESSAGES,
  browser: BROWSER_MESSAGES,
  setup: SETUP_MESSAGES,
  outputs: OUTPUT_MESSAGES,
  pptx: PPTX_MESSAGES,
  lectern: LECTERN_MESSAGES,
  meeting: MEETING_MESSAGES,
  lecternPage: LECTERN_PAGE_MESSAGES,
} as const;

/** Every message, by key. */
export const MESSAGES = {
  ...CLI_MESSAGES,
  ...HELP_MESSAGES,
  ...OUTLINE_MESSAGES,
  ...SETTINGS_MESSAGES,
  ...STRUCTURE_MESSAGES,
  ...READING_MESSAGES,
  ...CHECK_MESSAGES,
  ...REPORT_MESSAGES,
  ...DEV_MESSAGES,
  ...EDITOR_MESSAGES,
  ...NEW_MESSAGES,
  ...FILE_MESSAGES,
  ...IMPORT_MESSAGES,
  ...RESOURCE_MESSAGES,
  ...STOP_MESSAGES,
  ...BROWSER_MESSAGES,
  ...SETUP_MESSAGES,
  ...OUTPUT_MESSAGES,
  ...PPTX_MESSAGES,
  ...LECTERN_MESSAGES,
  ...MEETING_MESSAGES,
  ...LECTERN_PAGE_MESSAGES,
} as const;

export type MessageKey = keyof typeof MESSAGES;
type Arguments<K extends MessageKey> = Parameters<(typeof MESSAGES)[K]['en']>;

/** The message in the user's language (or the one given). */
export function say<K extends MessageKey>(key: K, ...args: Arguments<K>): string {
  return sayIn(language(), key, ...args);
}

export function sayIn<K extends MessageKey>(lang: Language, key: K, ...args: Arguments<K>): string {
  const message = MESSAGES[key] as unknown as Record<Language, (...a: Arguments<K>) => string>;
  return message[lang](...args);
}
