// css-tree's tokenizer and utilities as their own entry points (the package exports them), typed as the package's
// own declarations type them: loading only these spares every command the lexer and its CSS data.
declare module 'css-tree/tokenizer' {
  export { tokenize, tokenTypes } from 'css-tree';
}

declare module 'css-tree/utils' {
  export { string, url } from 'css-tree';
}
