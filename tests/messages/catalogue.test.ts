// The message catalogue: every message in both languages, and the language chosen as a user's machine says.
import { describe, expect, it } from 'vitest';
import { MESSAGES, TOPICS, languageOf, sayIn } from '../../src/messages/index.ts';
import type { MessageKey } from '../../src/messages/index.ts';

/** Sample arguments: every message takes strings, numbers or a yes/no, each told apart from the others. */
const ARGS = ['slides/talk.md', 31, '«x»', 47, '«y»', 59];

describe('the message catalogue', () => {
  it('has every message in Chinese and in English, each non-empty and different', () => {
    for (const key of Object.keys(MESSAGES) as MessageKey[]) {
      const message = MESSAGES[key] as unknown as Record<'zh' | 'en', (...args: unknown[]) => string>;
      const zh = message.zh(...ARGS);
      const en = message.en(...ARGS);
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(zh, key).not.toBe(en);
      // Chinese: a Han character, or at least Chinese punctuation between the arguments (`talk.md：讲义`).
      expect(zh, key).toMatch(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/);
    }
  });

  it('has each message once: no key is in two topics', () => {
    const keys = Object.values(TOPICS).flatMap((topic) => Object.keys(topic));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(MESSAGES).sort()).toEqual([...keys].sort());
  });

  it('says in Chinese whatever it says in English: every argument the English shows, the Chinese shows too', () => {
    for (const key of Object.keys(MESSAGES) as MessageKey[]) {
      const message = MESSAGES[key] as unknown as Record<'zh' | 'en', (...args: unknown[]) => string>;
      const [zh, en] = [message.zh(...ARGS), message.en(...ARGS)];
      for (const argument of ARGS.map(String)) {
        if (en.includes(argument)) expect(zh, `${key} shows ${argument}`).toContain(argument);
        if (zh.includes(argument)) expect(en, `${key} shows ${argument}`).toContain(argument);
      }
    }
  });

  it('writes a fix as one sentence with its stop, in English lower case (it follows a place or a message)', () => {
    const fixes = (Object.keys(MESSAGES) as MessageKey[]).filter((key) =>
      /Fix|Fits|Never|^new(Next|ExistsFix|BadNameFix)$/.test(key),
    );
    expect(fixes.length).toBeGreaterThan(10);
    for (const key of fixes) {
      const message = MESSAGES[key] as unknown as Record<'zh' | 'en', (...args: unknown[]) => string>;
      const [zh, en] = [message.zh(...ARGS), message.en(...ARGS)];
      expect(en, key).toMatch(/^[a-z`(].*[.)]$/s);
      expect(en.replace(/`[^`]*`|“[^”]*”|\(e\.g\.[^)]*\)|e\.g\./g, ''), key).not.toMatch(/\. [A-Za-z]/);
      expect(zh, key).toMatch(/[。）]$/);
    }
  });

  it('says a message in the language asked for', () => {
    expect(sayIn('zh', 'unexpected', 'boom')).toBe('意外错误：boom');
    expect(sayIn('en', 'unexpected', 'boom')).toBe('unexpected error: boom');
  });
});

describe("the user's language", () => {
  const english = () => 'en-US';
  const chinese = () => 'zh-CN';

  it('is Chinese when LC_ALL, LC_MESSAGES or LANG (the first set, in that order) starts with zh', () => {
    expect(languageOf({ LANG: 'zh_CN.UTF-8' }, english)).toBe('zh');
    expect(languageOf({ LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }, english)).toBe('zh');
    expect(languageOf({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }, chinese)).toBe('en');
    expect(languageOf({ LANG: 'en_US.UTF-8' }, chinese)).toBe('en');
  });

  it('follows the system locale where no variable is set (Windows, a Mac app)', () => {
    expect(languageOf({}, chinese)).toBe('zh');
    expect(languageOf({ LANG: '' }, english)).toBe('en');
  });
});
