// The dev server's messages to the page and back, named once for both sides (src/build, src/client).

/** Server → page: the findings of the latest save. */
export const CHECK_EVENT = 'speechdeck:check';
/** Page → server: a page that opens asks for the latest findings. */
export const CHECK_REQUEST = 'speechdeck:check-request';
/** Server → page: the slides of the latest save, to swap in without a reload. */
export const SLIDES_EVENT = 'speechdeck:slides';
