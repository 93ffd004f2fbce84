// Types of language.mjs, for the TypeScript that imports it.
export type Language = 'zh' | 'en';
export declare function languageOf(env?: NodeJS.ProcessEnv, systemLocale?: () => string): Language;
export declare function language(): Language;
export declare function setLanguage(next: Language): void;
