// The DevTools protocol over the browser's pipe: messages ended by a NUL byte, however the pipe cuts its chunks.
import { PassThrough } from 'node:stream';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { PipeTransport } from '../../../src/outputs/browser/connect.ts';

/** A transport over two in-memory pipes: what it writes, and a way to feed it what the browser says. */
function pipes() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const transport = new PipeTransport(toBrowser, fromBrowser);
  const received: string[] = [];
  transport.onmessage = (message) => received.push(message);
  return { toBrowser, fromBrowser, transport, received };
}

/** Waits until the messages handed on (one a turn of the event loop) number `count`. */
async function until(received: string[], count: number): Promise<void> {
  while (received.length < count) await new Promise((resolve) => setImmediate(resolve));
}

describe('PipeTransport', () => {
  it('writes each message followed by a NUL byte', () => {
    const { toBrowser, transport } = pipes();
    transport.send('{"id":1,"method":"Browser.getVersion"}');
    transport.send('{"id":2}');
    expect(toBrowser.read().toString()).toBe('{"id":1,"method":"Browser.getVersion"}\0{"id":2}\0');
  });

  it('hands on whole messages, in order, however they are cut: several in a chunk, one across chunks, a Chinese character split between two', async () => {
    const { fromBrowser, received } = pipes();
    const text = Buffer.from('{"title":"学习贯彻"}\0', 'utf8');
    // Cut inside 学's three bytes.
    const cut = text.indexOf(Buffer.from('学')) + 1;
    fromBrowser.write(Buffer.from('{"id":1}\0{"id":2}\0{"id"'));
    fromBrowser.write(Buffer.from(':3}\0'));
    fromBrowser.write(text.subarray(0, cut));
    fromBrowser.write(text.subarray(cut));
    await until(received, 4);
    expect(received).toEqual(['{"id":1}', '{"id":2}', '{"id":3}', '{"title":"学习贯彻"}']);
  });

  it('says when the browser closes its end, and hands on nothing once closed', async () => {
    const { fromBrowser, transport, received } = pipes();
    let closed = false;
    transport.onclose = () => {
      closed = true;
    };
    fromBrowser.write('{"id":1}\0');
    transport.close();
    fromBrowser.end();
    fromBrowser.resume();
    await once(fromBrowser, 'close').catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    expect(received).toEqual([]);
    expect(() => transport.send('{"id":2}')).toThrow(/closed/);
    expect(closed).toBe(false);
  });

  it('answers a call the browser leaves unanswered past its limit with an error for that call, counting only the share of the machine the load leaves', async () => {
    const toBrowser = new PassThrough();
    const fromBrowser = new PassThrough();
    toBrowser.resume();
    // the first counts find the machine fully taken (nothing counts), then wholly free
    let counts = 0;
    const share = () => (++counts <= 4 ? 0 : 1);
    const transport = new PipeTransport(toBrowser, fromBrowser, { limitMs: 20, share });
    const received: string[] = [];
    transport.onmessage = (message) => received.push(message);
    transport.send(JSON.stringify({ method: 'Page.printToPDF', params: {}, id: 7, sessionId: 'AB12' }));
    transport.send(JSON.stringify({ method: 'Browser.getVersion', params: {}, id: 8 }));
    fromBrowser.write('{"id":8,"result":{}}\0');
    await until(received, 2);
    expect(received[0]).toBe('{"id":8,"result":{}}');
    const error = JSON.parse(received[1]!) as { id: number; sessionId?: string; error: { message: string } };
    expect(error).toMatchObject({ id: 7, sessionId: 'AB12', error: { code: -32000 } });
    // (not before the load left the machine any share)
    expect(counts).toBeGreaterThan(4);
    transport.close();
  });

  it('reports the browser closing its end of the pipe', async () => {
    const { fromBrowser, transport } = pipes();
    const closed = new Promise<void>((resolve) => {
      transport.onclose = resolve;
    });
    fromBrowser.destroy();
    await closed;
  });
});
