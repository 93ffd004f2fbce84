// Checks each front matter setting against the format and fills in the defaults, giving the talk's Meta.
import type { FrontMatter, Setting } from './front-matter.ts';
import type { Meta, Problem } from './types.ts';
import { didYouMean } from './did-you-mean.ts';
import { oneLine } from './plain-text.ts';
import { say } from '../messages/index.ts';

export const DEFAULT_PACE = 220;
export const DEFAULT_CLOSING = '谢谢！敬请批评指正。';
export const DEFAULT_THEME = 'red';

type Reading<T> = { value: T } | { problem: Problem };
type Rule<T> = (setting: Setting) => Reading<T>;

const text: Rule<string> = (setting) => {
  const { key, value } = setting;
  if (value === null || (typeof value === 'string' && value.trim() === '')) {
    return { problem: { ...setting.valueAt, message: say('settingEmpty', key), hint: say('settingEmptyFix', key) } };
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return wrong(setting, say('expectText'), say('quoteTextFix', key, String(value)));
  }
  if (typeof value !== 'string') return wrong(setting, say('expectText'), say('sameLineFix', key));
  return { value: value.trim() };
};

const yesNo: Rule<boolean> = (setting) =>
  typeof setting.value === 'boolean'
    ? { value: setting.value }
    : wrong(setting, say('expectYesNo'), say('yesNoFix', setting.key));

function positive(unitOf: () => string, example: number): Rule<number> {
  return (setting) => {
    const { key, value } = setting;
    const unit = unitOf();
    if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) {
      return wrong(setting, say('expectNumber', unit), say('unquoteNumberFix', key, value.trim()));
    }
    if (typeof value !== 'number')
      return wrong(setting, say('expectNumber', unit), say('numberExampleFix', key, example));
    if (!(value > 0) || !Number.isFinite(value)) {
      return {
        problem: {
          ...setting.valueAt,
          message: say('notPositive', key, unit, value),
          hint: say('numberExampleFix', key, example),
        },
      };
    }
    return { value };
  };
}

function oneOf<T extends string>(choices: readonly T[], hint: () => string): Rule<T> {
  return (setting) => {
    const found = choices.find((choice) => choice === setting.value);
    if (found !== undefined) return { value: found };
    return wrong(setting, say('expectChoice', choices.join('|')), hint(), true);
  };
}

const date: Rule<string> = (setting) => {
  if (typeof setting.value !== 'string') return wrong(setting, say('expectDate'), say('dateFix'));
  const value = setting.value.trim();
  return isCalendarDate(value) ? { value } : wrong(setting, say('expectDate'), say('dateFix'), true);
};

const theme: Rule<string> = (setting) =>
  typeof setting.value === 'string' && /^[a-z0-9-]+$/.test(setting.value)
    ? { value: setting.value }
    : wrong(setting, say('expectTheme'), say('themeFix'), typeof setting.value === 'string');

const closing: Rule<string | false> = (setting) => {
  if (setting.value === false) return { value: false };
  if (setting.value === true) return { value: DEFAULT_CLOSING };
  if (typeof setting.value !== 'string') return wrong(setting, say('expectClosing'), say('closingFix'));
  const value = setting.value.trim();
  if (value === '')
    return { problem: { ...setting.valueAt, message: say('settingEmpty', 'closing'), hint: say('closingFix') } };
  return { value };
};

/** `keep:` a list of set phrases (or one, or several apart by 、，; or spaces), each 2–40 letters, `|` at an inner
 *  boundary where a phrase wider than the line may break. */
const phrases: Rule<string[]> = (setting) => {
  const { value } = setting;
  const items = typeof value === 'string' ? value.split(/[、，,;；\s]+/) : Array.isArray(value) ? value : undefined;
  if (!items || items.some((item) => typeof item !== 'string'))
    return wrong(setting, say('expectPhrases'), say('phrasesFix'));
  const list = (items as string[]).map((item) => item.trim()).filter(Boolean);
  const bad = list.find(
    (item) => /\s/.test(item) || [...item.replace(/\|/g, '')].length < 2 || [...item.replace(/\|/g, '')].length > 40,
  );
  if (bad !== undefined)
    return { problem: { ...setting.valueAt, message: say('badPhrase', bad), hint: say('phrasesFix') } };
  return { value: list };
};

/** One rule per key the format knows, in the order the format lists them. */
const RULES = {
  title: text,
  subtitle: text,
  speaker: text,
  organization: text,
  event: text,
  date,
  duration: positive(() => say('minutes'), 10),
  fileName: text,
  pace: positive(() => say('charactersAMinute'), DEFAULT_PACE),
  theme,
  aspect: oneOf(['16:9', '4:3'] as const, () => say('aspectFix')),
  agenda: yesNo,
  numbering: oneOf(['chinese', 'arabic', 'none'] as const, () => say('numberingFix')),
  fragments: yesNo,
  closing,
  html: yesNo,
  online: yesNo,
  logo: text,
  logoOnEverySlide: yesNo,
  template: text,
  speakerLabel: text,
  controls: yesNo,
  keep: phrases,
} satisfies { [K in Exclude<keyof Meta, 'titleLines' | 'colours' | 'logoFromTemplate'>]-?: Rule<Meta[K]> };

export type FrontMatterKey = keyof typeof RULES;
type Key = FrontMatterKey;
/** Every key the front matter may set, in the order the format lists them (`speechdeck new` shows them all). */
export const FRONT_MATTER_KEYS = Object.keys(RULES) as Key[];
const KEYS = FRONT_MATTER_KEYS;

/** The Meta the front matter describes, or only problems when it cannot be trusted. */
export function readMeta(front: FrontMatter): { meta?: Meta; problems: Problem[] } {
  if (!front.readable) return { problems: [] };
  const problems: Problem[] = [];
  const given: Partial<Record<Key, unknown>> = {};
  for (const setting of front.settings) {
    if (!isKey(setting.key)) {
      problems.push(unknownKey(setting));
      continue;
    }
    // `subtitle:` left blank in a template means "not set"; only the title may not be left out.
    if (setting.value === null && setting.key !== 'title') continue;
    const reading = (RULES[setting.key] as Rule<unknown>)(setting);
    if ('problem' in reading) problems.push(reading.problem);
    else given[setting.key] = reading.value;
  }

  const hasTitle = front.settings.some((setting) => setting.key === 'title');
  if (!hasTitle) {
    problems.push({
      ...front.at,
      message: say('noTitle'),
      hint: say('noTitleFix'),
    });
  }
  if (problems.length > 0 || typeof given.title !== 'string') return { problems };

  // `title: |` on two lines: the title slide keeps the writer's break, everything else shows one line.
  const titleLines = given.title
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const meta: Meta = {
    pace: DEFAULT_PACE,
    theme: DEFAULT_THEME,
    aspect: '16:9',
    agenda: true,
    numbering: 'chinese',
    fragments: false,
    closing: DEFAULT_CLOSING,
    html: false,
    online: false,
    controls: false,
    ...(given as Partial<Meta>),
    title: oneLine(given.title),
    ...(titleLines.length > 1 ? { titleLines } : {}),
  };
  return { meta, problems };
}

function isKey(key: string): key is Key {
  return Object.hasOwn(RULES, key);
}

function unknownKey(setting: Setting): Problem {
  const suggestion = didYouMean(setting.key, KEYS);
  return {
    ...setting.keyAt,
    message: say('unknownKey', shorten(setting.key)),
    hint: suggestion ? say('didYouMean', suggestion) : say('knownKeysFix', KEYS.join(', ')),
  };
}

/** A "must be …, got …" problem; `showValue` quotes the value when its type was right but the value was not. */
function wrong(setting: Setting, expected: string, hint: string, showValue = false): { problem: Problem } {
  const got = showValue ? JSON.stringify(shorten(String(setting.value))) : say('valueKind', kindOf(setting.value));
  return { problem: { ...setting.valueAt, message: say('settingWrong', setting.key, expected, got), hint } };
}

/** What YAML made of a value: `nothing`, `list`, `mapping`, or its JavaScript type. */
function kindOf(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value;
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
