// The errors of exporting that are not the outline's fault, kept apart from the browser code so that the command
// line can name them without loading Puppeteer.

/** An environment problem (no browser, a browser that will not start): exit code 2, not the user's outline. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

/** A page that did not become ready, or a PDF that was not made, in time. */
export class ExportTimeoutError extends Error {
  override name = 'ExportTimeoutError';
}
