// The flags any headless Chromium needs on a closed network and as root: speechdeck's launcher and the bench's
// floor (scripts/floor.mjs, run by plain Node without speechdeck's TypeScript) both start with these.

/** Without them Chromium hangs on a closed network (update checks, sync, first-run pages) or refuses to run as root. */
export const CLOSED_NETWORK_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];
