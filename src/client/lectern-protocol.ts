// The addresses the deck's page and the lectern's server (server/lectern/) share.

/** Where the page posts a rehearsal's seconds. */
export const REHEARSAL_PATH = '/__speechdeck/rehearsal';
