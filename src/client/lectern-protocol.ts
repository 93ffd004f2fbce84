// The addresses the deck's page and the lectern's server (server/lectern/) share.

/** Where the page posts a rehearsal's seconds. */
export const REHEARSAL_PATH = '/__speechdeck/rehearsal';

/** The phone's remote: its page and requests (`phone`), the presenter page's (`presenter`). */
export const REMOTE = {
  phone: '/remote',
  presenter: '/__speechdeck/remote',
} as const;
