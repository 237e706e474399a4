/** Plain HTTP helpers for emulator tests (no Graph client): JSON in, status + headers + JSON out. */
export interface Reply<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export const MAILBOX = 'kommun@exempelby.se';

export async function call<T = Record<string, unknown>>(
  base: string,
  method: string,
  path: string,
  opts: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token !== null) headers['Authorization'] = `Bearer ${opts.token ?? 'test-token'}`;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const url = path.startsWith('http') ? path.replace(/^https:\/\/graph\.microsoft\.com/, base) : `${base}${path.startsWith('/_emulator') ? '' : '/v1.0'}${path}`;
  const res = await fetch(url, { method, headers, body: opts.body === undefined ? null : JSON.stringify(opts.body) });
  const text = await res.text();
  let body: unknown = {};
  if (text && (res.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: body as T, text };
}

export const inbox = (mb = MAILBOX): string => `/users/${encodeURIComponent(mb)}/mailFolders/inbox/messages`;
export const userPath = (mb = MAILBOX): string => `/users/${encodeURIComponent(mb)}`;

/** A citizen's message for seeding or delivery. */
export function citizenMessage(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: `Fråga ${i}`,
    body: { contentType: 'text', content: `Hej, detta är fråga nummer ${i}.` },
    from: { emailAddress: { name: `Person ${i}`, address: `person${i}@mejl.example` } },
    toRecipients: [{ emailAddress: { name: 'Exempelby kommun', address: MAILBOX } }],
    receivedDateTime: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    ...extra,
  };
}
