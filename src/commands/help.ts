// The command line's own words in the user's language: commander's help headings and the defaults it adds to an
// option, and its errors (an unknown option, a missing argument), which commander writes in English.
import { Help } from 'commander';
import type { Command, Option } from 'commander';
import { language, say } from '../messages/index.ts';
import { displayWidth } from '../messages/width.ts';

/** What a help line may break before: a word, or a single Chinese character with the punctuation that must stay
 *  with it (an opening bracket before it, a comma or closing bracket after it). Commander breaks only at spaces,
 *  which leaves a Chinese description on one line too wide for the terminal. */
const CHUNK =
  /\s*(?:[（“《「]*[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+[，。、；：！？）”》」]*|[（“《「]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef][，。、；：！？）”》」]*)/gu;

/** Sets `cli`'s help and errors to speak the user's language; its commands added afterwards inherit it. */
export function speakUsersLanguage(cli: Command): Command {
  return cli
    .configureHelp({
      styleTitle: (title) => say('helpHeading', title),
      displayWidth,
      boxWrap(text: string, width: number) {
        return width < (this.minWidthToWrap ?? 40)
          ? text
          : text
              .split(/\r\n|\n/)
              .flatMap((line) => wrap(line, width))
              .join('\n');
      },
      optionDescription(option: Option) {
        return extrasInLanguage(Help.prototype.optionDescription.call(this, option));
      },
    })
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(`${commanderError(text.replace(/\n$/, ''))}\n`),
    })
    .showHelpAfterError(say('helpAfterError'))
    .helpOption('-h, --help', say('helpOption'))
    .helpCommand('help [command]', say('helpOption'));
}

/** One line of help cut into lines of at most `width` columns, at spaces or between Chinese characters. */
function wrap(line: string, width: number): string[] {
  const chunks = line.match(CHUNK);
  if (!chunks) return [''];
  const lines: string[] = [];
  let current = chunks.shift()!;
  for (const chunk of chunks) {
    if (displayWidth(current) + displayWidth(chunk) <= width) current += chunk;
    else {
      lines.push(current);
      current = chunk.trimStart();
    }
  }
  return [...lines, current];
}

/** `(default: 3)` and `(choices: "zh", "en")` after an option's description; `(default: false)` of a flag says
 *  nothing a reader needs. In Chinese, within the description's own closing bracket when it ends with one. */
function extrasInLanguage(description: string): string {
  const extras = / \((default|choices): (.*)\)$/.exec(description);
  if (!extras || extras[2] === 'false') return extras ? description.slice(0, extras.index) : description;
  if (language() === 'en') return description;
  const own = description.slice(0, extras.index);
  const extra = say(extras[1] === 'default' ? 'optionDefault' : 'optionChoices', extras[2]!);
  return own.endsWith('）') ? `${own.slice(0, -1)}；${extra}）` : `${own}（${extra}）`;
}

/** Commander's message, said again in the user's language; a message it does not know is left as it is. */
function commanderError(text: string): string {
  const [first = '', ...rest] = text.split('\n');
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(rest.join('\n'));
  const said = errorOf(first.replace(/^error: /, ''));
  if (said === undefined) return text;
  return [say('commandError', said), ...(suggestion ? [say('didYouMeanCommand', suggestion[1]!)] : rest)].join('\n');
}

function errorOf(message: string): string | undefined {
  let match: RegExpExecArray | null;
  if ((match = /^unknown option '(.+)'$/.exec(message))) return say('unknownOption', match[1]!);
  if ((match = /^unknown command '(.+)'$/.exec(message))) return say('unknownCommand', match[1]!);
  if ((match = /^missing required argument '(.+)'$/.exec(message))) return say('missingArgument', match[1]!);
  if ((match = /^option '(.+)' argument missing$/.exec(message))) return say('optionMissingValue', match[1]!);
  if ((match = /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(message))) {
    return say('tooManyArguments', match[1] ?? '', Number(match[2]), Number(match[3]));
  }
  if ((match = /^option '(.+)' argument '(.*)' is invalid\. (.*)$/s.exec(message))) {
    const choices = /^Allowed choices are (.+)\.$/.exec(match[3]!);
    return say('invalidOptionValue', match[1]!, match[2]!, choices ? say('allowedChoices', choices[1]!) : match[3]!);
  }
  return undefined;
}
