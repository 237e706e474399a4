import https from 'node:https';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, citizenMessage, MAILBOX } from './support/http';
import { startReceiver, type Receiver } from './support/webhook';

const TLS = join(__dirname, '..', 'fixtures', 'tls');
const cert = readFileSync(join(TLS, 'localhost-cert.pem'), 'utf8');
const key = readFileSync(join(TLS, 'localhost-key.pem'), 'utf8');

const inFuture = (minutes: number): string => new Date(Date.now() + minutes * 60_000).toISOString();
const resource = `users/${MAILBOX}/mailFolders('inbox')/messages`;

/** A webhook served over HTTPS, as Graph requires: answers the handshake and records notifications. */
async function httpsReceiver(): Promise<{ url: string; posts: unknown[]; close(): Promise<void> }> {
  const posts: unknown[] = [];
  const server = https.createServer({ cert, key }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://x');
    const token = url.searchParams.get('validationToken');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (token !== null) {
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end(token);
        return;
      }
      posts.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/notifications`,
    posts,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

describe('notification URLs as Graph takes them', () => {
  let strict: RunningEmulator;
  let rx: Receiver;
  beforeAll(async () => {
    strict = await startEmulator({ throttle: 'off', webhookCa: cert, seed: { messages: [citizenMessage(1)] } });
    rx = await startReceiver();
  });
  afterAll(async () => {
    await strict.stop();
    await rx.close();
  });

  it('refuses plain http, loopback included, unless the emulator runs with the switch', async () => {
    const r = await call<{ error: { code: string; message: string } }>(strict.origin, 'POST', '/subscriptions', {
      body: { changeType: 'created', notificationUrl: rx.url, resource, expirationDateTime: inFuture(60) },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/must use https.*--allow-http-loopback/);
    expect(rx.validations).toHaveLength(0);
  });

  it('accepts an HTTPS webhook: handshake and notifications over TLS', async () => {
    const hook = await httpsReceiver();
    try {
      const r = await call<{ id: string }>(strict.origin, 'POST', '/subscriptions', {
        body: { changeType: 'created', notificationUrl: hook.url, resource, expirationDateTime: inFuture(60), clientState: 'hemlig' },
      });
      expect(r.status).toBe(201);
      strict.deliver(MAILBOX, citizenMessage(2));
      const until = Date.now() + 5000;
      while (hook.posts.length === 0 && Date.now() < until) await new Promise((res) => setTimeout(res, 20));
      expect(hook.posts[0]).toMatchObject({ value: [{ subscriptionId: r.body.id, changeType: 'created', clientState: 'hemlig' }] });
      await call(strict.origin, 'DELETE', `/subscriptions/${r.body.id}`);
    } finally {
      await hook.close();
    }
  });

  it('an HTTPS webhook that cannot be reached is a failed validation, not an accepted subscription', async () => {
    const r = await call<{ error: { code: string } }>(strict.origin, 'POST', '/subscriptions', {
      body: { changeType: 'created', notificationUrl: 'https://127.0.0.1:9/notifications', resource, expirationDateTime: inFuture(60) },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('ValidationError');
  });
});
