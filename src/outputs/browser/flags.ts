// What the browser is started with: Puppeteer's own defaults for headless Chrome, our flags for a closed network and
// a root user, a throwaway profile and the pipe it is driven through.
import { CLOSED_NETWORK_FLAGS } from './closed-network.mjs';

/** Flags that keep headless Chromium from hanging on a closed network or as root, and from doing what a printer
 *  does not need. */
const FLAGS = [
  ...CLOSED_NETWORK_FLAGS,
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-quic',
  '--no-default-browser-check',
  '--mute-audio',
];

/** Puppeteer's own default arguments for headless Chrome (`puppeteer.defaultArgs({ headless: true })` in
 *  puppeteer-core 24), so that the browser can start before Puppeteer is loaded. A test compares them with the
 *  installed Puppeteer's. */
export const PUPPETEER_DEFAULT_ARGS = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
  'about:blank',
];

/** Features disabled beyond Puppeteer's: each page we print in is a window of its own (launch.ts), and headless
 *  Chromium (156) gives every new window its address bar's pop-up, a web page of the browser's own loaded in a
 *  renderer of its own (some 350 files of chrome://resources): 0.3–0.4 s of CPU per window, more than half the
 *  browser's work in an export of the sample (5.4 s → 2.3–2.6 s of CPU per export without it). Names a browser does
 *  not know are ignored. */
export const DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
  'PreloadTopChromeWebUI',
];

/** Chromium reads only the last `--disable-features`: ours join Puppeteer's in the one it has. */
function withDisabledFeatures(args: readonly string[]): string[] {
  return args.map((arg) => (arg.startsWith('--disable-features=') ? `${arg},${DISABLED_FEATURES.join(',')}` : arg));
}

/** Everything the browser is started with. */
export function browserArgs(profile: string): string[] {
  return [
    ...withDisabledFeatures(PUPPETEER_DEFAULT_ARGS),
    ...FLAGS,
    `--user-data-dir=${profile}`,
    '--remote-debugging-pipe',
  ];
}
