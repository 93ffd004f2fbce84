// The page's requests to its server: each carries the token (from the page's address) and the page's session, so
// the server knows which tab may write.
import { TOKEN_HEADER } from './protocol.ts';

const token = new URLSearchParams(location.search).get('k') ?? '';
const session = Math.random().toString(36).slice(2) + Date.now().toString(36);

export async function request<T>(
  address: string,
  init: { method?: string; json?: unknown; body?: Blob | ArrayBuffer } = {},
): Promise<{ status: number; value: T }> {
  const headers: Record<string, string> = { [TOKEN_HEADER]: token, 'x-speechdeck-session': session };
  let body: BodyInit | undefined;
  if (init.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.body !== undefined) body = init.body;
  const response = await fetch(address, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    ...(body === undefined ? {} : { body }),
  });
  return { status: response.status, value: (await response.json()) as T };
}

/** The live connection: the server's events for this page. */
export function events(address: string, onEvent: (event: unknown) => void, onLost: () => void): EventSource {
  const source = new EventSource(`${address}?session=${encodeURIComponent(session)}&k=${encodeURIComponent(token)}`);
  source.onmessage = (message) => onEvent(JSON.parse(message.data as string));
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) onLost();
  };
  return source;
}
