// The deck's side of the phone remote (`present --remote`): the phone's taps arrive as events and turn the deck;
// each slide change goes back to the phone (number, title, notes, time); the pairing QR code shows until a phone
// pairs (`Q` shows it again); a second phone is allowed only when the presenter confirms it here.
import type { RevealApi } from 'reveal.js';
import { REMOTE } from './lectern-protocol.ts';
import { pacingTotal } from './speaker-view.ts';

/** True when `present --remote` opened this page (its address names the phone's host: `remote=<host:port>`). */
export function remoteHost(): string | undefined {
  return new URLSearchParams(window.location.search).get('remote') ?? undefined;
}

export function connectRemote(deck: RevealApi, host: string, confirmText: string): void {
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
    if (window.confirm(confirmText)) void post('/confirm', { id }).then(sendState);
  });
  deck.on('slidechanged', sendState);
  deck.on('ready', sendState);
  deck.addKeyBinding({ keyCode: 81, key: 'Q', description: 'Remote: QR code' }, () => {
    qr.hidden = !qr.hidden;
  });
  // For tests and the bench: when the deck last changed slide.
  deck.on('slidechanged', () => {
    document.documentElement.dataset.speechdeckTurnedAt = String(Date.now());
  });
}
