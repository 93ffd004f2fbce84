// A script's text put inside the deck's own page, as both deck forms carry their client (content-policy.ts).

/** A script's text made safe inside <script>…</script>: nothing in it may end the element or open an HTML comment
 *  (reveal.js's speaker view carries a whole page in a string). `<\/` and `<\!` mean the same in strings and regexes. */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
