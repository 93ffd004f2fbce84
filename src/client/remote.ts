// The deck's side of the phone remote (`present --remote`): the phone's taps arrive as events and turn the deck;
// each slide change goes back to the phone (number, title, notes, time); the pairing QR code shows until a phone
// pairs (`Q` shows it again), on the deck or, once the speaker view is open, there with the phone's address instead
// (not on the audience's screen); a second phone is allowed only when the presenter confirms it here. Without the
// remote, the speaker view's `Q` offers to turn it on (served by `present`) or says how to get it.
import type { RevealApi } from 'reveal.js';
import type { Language } from '../messages/language.mjs';
import { sayInPage } from '../messages/page.ts';
import { REMOTE } from './lectern-protocol.ts';
import { pacingTotal, whenSpeakerViewOpens } from './speaker-view.ts';

const QR_KEY = 'Q';

/** The box at the speaker view's top right (over the next slide, not the notes), emptied for new contents; made
 *  once a window, with its `Q` key (taken before reveal's view passes keys to the deck). */
function speakerPanel(speaker: Window): HTMLElement {
  const doc = speaker.document;
  const made = doc.querySelector<HTMLElement>('.sd-remote-panel');
  if (made) {
    made.replaceChildren();
    return made;
  }
  const panel = doc.createElement('div');
  panel.className = 'sd-remote-panel';
  panel.style.cssText =
    'position:fixed;right:16px;top:16px;z-index:60;background:#fff;color:#222;padding:10px;border-radius:8px;' +
    "width:220px;box-shadow:0 2px 12px rgba(0,0,0,.35);font:15px/1.5 'Noto Sans SC',sans-serif;";
  doc.body.append(panel);
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.key.toUpperCase() !== QR_KEY) return;
      event.stopImmediatePropagation();
      panel.hidden = !panel.hidden;
    },
    true,
  );
  return panel;
}

/** Without the remote: the speaker view's `Q` offers it. Served by `present`, a button turns it on (the server then
 *  listens on the local network too) and the code shows; elsewhere it says how to get it. */
export function offerRemote(deck: RevealApi, lang: Language): void {
  whenSpeakerViewOpens((speaker) => {
    const panel = speakerPanel(speaker);
    panel.hidden = true;
    const words = speaker.document.createElement('div');
    words.textContent = sayInPage(lang, 'remoteHowTo');
    panel.append(words);
    if (!/^https?:$/.test(window.location.protocol)) return;
    // Served: the button says what it does; the words return if the server has no remote to turn on.
    words.hidden = true;
    const button = speaker.document.createElement('button');
    button.className = 'sd-remote-start';
    button.textContent = sayInPage(lang, 'remoteStart');
    button.style.cssText = 'font:inherit;margin-top:8px;padding:4px 10px;width:100%;';
    button.addEventListener('click', () => {
      button.disabled = true;
      void fetch(`${REMOTE.presenter}/start`, { method: 'POST' })
        .then(async (response) => {
          if (response.ok) {
            const { host } = (await response.json()) as { host: string };
            connectRemote(deck, host, lang, speaker);
          } else {
            // No network (409): what to do about it. `rehearse` serves no remote: how to get one.
            if (response.status === 409) words.textContent = (await response.text()).trim();
            words.hidden = false;
          }
        })
        .catch(() => undefined)
        .finally(() => {
          button.disabled = false;
        });
    });
    panel.append(button);
  });
}

/** True when `present --remote` opened this page (its address names the phone's host: `remote=<host:port>`). */
export function remoteHost(): string | undefined {
  return new URLSearchParams(window.location.search).get('remote') ?? undefined;
}

/** The remote at `host` (the phone's address), from now on; `speaker`, a speaker view already open, shows the code
 *  at once. */
export function connectRemote(deck: RevealApi, host: string, lang: Language, speaker?: Window): void {
  const began = performance.now();
  const slot = pacingTotal();
  const post = (path: string, body: unknown) =>
    fetch(`${REMOTE.presenter}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).catch(() => undefined);
  const sendState = () => {
    const { h } = deck.getIndices();
    const section = deck.getSlides()[h] as HTMLElement | undefined;
    const notes = section?.querySelector('aside.notes');
    const text = [...(notes?.children ?? [])]
      .filter((child) => !child.classList.contains('sd-notes-for'))
      .map((child) => child.textContent ?? '')
      .join('\n');
    void post('/state', {
      slide: h + 1,
      total: deck.getTotalSlides(),
      title: section?.dataset.title ?? '',
      notes: text,
      elapsed: (performance.now() - began) / 1000,
      slot,
    });
  };

  const qr = document.createElement('div');
  qr.className = 'sd-remote-qr';
  qr.style.cssText =
    'position:fixed;right:16px;bottom:16px;z-index:60;background:#fff;padding:10px;border-radius:8px;width:240px;';
  const image = document.createElement('img');
  image.src = `${REMOTE.presenter}/qr.svg?host=${encodeURIComponent(host)}`;
  image.style.cssText = 'width:100%;display:block;';
  qr.append(image);
  document.body.append(qr);

  const source = new EventSource(`${REMOTE.presenter}/events`);
  // For tests and the bench: taps can arrive from now on.
  source.addEventListener('hello', () => {
    document.documentElement.dataset.speechdeckRemote = 'connected';
  });
  source.addEventListener('turn', (event) => {
    const { to } = JSON.parse((event as MessageEvent<string>).data) as { to: 'next' | 'prev' };
    if (to === 'next') deck.next();
    else deck.prev();
  });
  source.addEventListener('paired', () => {
    qr.hidden = true;
    sendState();
  });
  source.addEventListener('pair-request', (event) => {
    const { id } = JSON.parse((event as MessageEvent<string>).data) as { id: string };
    if (window.confirm(sayInPage(lang, 'remoteConfirm'))) void post('/confirm', { id }).then(sendState);
  });
  deck.on('slidechanged', sendState);
  deck.on('ready', sendState);
  deck.addKeyBinding({ keyCode: 81, key: QR_KEY, description: 'Remote: QR code' }, () => {
    qr.hidden = !qr.hidden;
  });
  // The speaker view open: the code and the phone's address there, where only the speaker looks.
  let paired = false;
  const speakerPanels: HTMLElement[] = [];
  const showCode = (speaker: Window) => {
    qr.hidden = true;
    const panel = speakerPanel(speaker);
    const picture = speaker.document.createElement('img');
    picture.src = new URL(image.getAttribute('src')!, window.location.href).href;
    picture.style.cssText = 'width:100%;display:block;';
    const words = speaker.document.createElement('div');
    words.textContent = sayInPage(lang, 'remoteScan');
    const address = speaker.document.createElement('div');
    address.className = 'sd-remote-address';
    address.style.cssText = 'font:12px/1.4 monospace;word-break:break-all;color:#555;';
    void fetch(`${REMOTE.presenter}/address?host=${encodeURIComponent(host)}`)
      .then((response) => response.json() as Promise<{ url: string }>)
      .then(({ url }) => {
        address.textContent = url;
      })
      .catch(() => undefined);
    panel.append(picture, words, address);
    panel.hidden = paired;
    speakerPanels.push(panel);
  };
  whenSpeakerViewOpens(showCode);
  if (speaker) showCode(speaker);
  source.addEventListener('paired', () => {
    paired = true;
    for (const panel of speakerPanels) panel.hidden = true;
  });
  // For tests and the bench: when the deck last changed slide.
  deck.on('slidechanged', () => {
    document.documentElement.dataset.speechdeckTurnedAt = String(Date.now());
  });
}
