/** A local webhook receiver for subscription tests: answers the validation handshake and records notifications. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Notification {
  subscriptionId: string;
  changeType?: string;
  resource?: string;
  resourceData?: { id: string; '@odata.etag'?: string };
  clientState: string | null;
  lifecycleEvent?: string;
  subscriptionExpirationDateTime: string;
  tenantId: string;
}

export interface Receiver {
  url: string;
  validations: string[];
  posts: Notification[][];
  /** Reply to the next N notification posts with this status. */
  failNext(n: number, status?: number): void;
  /** Validation handshake replies with this instead of echoing the token. */
  badHandshake: boolean;
  waitFor(pred: (all: Notification[]) => boolean, timeoutMs?: number): Promise<Notification[]>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const validations: string[] = [];
  const posts: Notification[][] = [];
  let failures = 0;
  let failStatus = 500;
  const state = { badHandshake: false };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const token = url.searchParams.get('validationToken');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (token !== null) {
        validations.push(token);
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end(state.badHandshake ? 'nope' : token);
        return;
      }
      if (failures > 0) {
        failures--;
        res.writeHead(failStatus);
        res.end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { value: Notification[] };
      posts.push(body.value);
      res.writeHead(202);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  const all = (): Notification[] => posts.flat();
  return {
    url: `http://127.0.0.1:${port}/notify`,
    validations,
    posts,
    failNext(n, status = 500) {
      failures = n;
      failStatus = status;
    },
    get badHandshake() {
      return state.badHandshake;
    },
    set badHandshake(v: boolean) {
      state.badHandshake = v;
    },
    async waitFor(pred, timeoutMs = 5000) {
      const t0 = Date.now();
      while (!pred(all())) {
        if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for notifications; got ${JSON.stringify(all()).slice(0, 500)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return all();
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
