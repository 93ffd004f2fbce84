// What a piece of CSS written in an outline (a style attribute, a `<style>` element, a background attribute) would
// load, read with css-tree's tokenizer, which follows the CSS Syntax spec as browsers do: `URL( x )`, `url("x")`,
// `@import "x"`, `image-set("x" 1x)` are all found, however they are spaced or cased.
// Only the tokenizer and its helpers: the package's whole entry (its lexer and the CSS data behind it) costs every
// command a sixth of a second to load.
import { tokenTypes, tokenize } from 'css-tree/tokenizer';
import { string as cssString, url as cssUrl } from 'css-tree/utils';

export interface CssLoads {
  /** Every address the CSS would load, decoded. */
  addresses: string[];
  /** A backslash escape anywhere: `u\72l(…)` is `url(…)` to a browser, so escapes make the CSS unreadable to us. */
  escapes: boolean;
}

/** Functions whose string arguments are addresses. */
const LOADING_FUNCTIONS = new Set([
  'url',
  'src',
  'image',
  'image-set',
  '-webkit-image-set',
  'cross-fade',
  '-webkit-cross-fade',
]);

export function cssLoads(css: string): CssLoads {
  const addresses: string[] = [];
  const escapes = css.includes('\\');
  // The functions open around the current token, innermost last; `@import` takes the next string or url.
  const open: string[] = [];
  let importing = false;
  tokenize(css, (type, start, end) => {
    const text = css.slice(start, end);
    switch (type) {
      case tokenTypes.Url:
      case tokenTypes.BadUrl:
        addresses.push(type === tokenTypes.Url ? cssUrl.decode(text) : text);
        importing = false;
        break;
      case tokenTypes.Function:
        open.push(text.slice(0, -1).toLowerCase());
        break;
      case tokenTypes.LeftParenthesis:
        open.push('');
        break;
      case tokenTypes.RightParenthesis:
        open.pop();
        break;
      case tokenTypes.AtKeyword:
        importing = text.toLowerCase() === '@import';
        break;
      case tokenTypes.String:
      case tokenTypes.BadString:
        if (importing || open.some((name) => LOADING_FUNCTIONS.has(name)))
          addresses.push(type === tokenTypes.String ? cssString.decode(text) : text);
        importing = false;
        break;
      case tokenTypes.Semicolon:
      case tokenTypes.LeftCurlyBracket:
        importing = false;
        break;
    }
  });
  return { addresses, escapes };
}
