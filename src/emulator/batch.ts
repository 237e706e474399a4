/**
 * JSON batching: at most 20 requests; `dependsOn` sequences requests, a failed dependency gives
 * 424; independent requests run up to 4 at a time (as Graph does for Outlook). Each sub-request
 * goes through the same pipeline as a top-level request (auth context, throttling, faults).
 */
import { badRequest } from './errors';
import type { EmuRequest, EmuResponse } from './context';
import { JSON_CONTENT_TYPE } from './context';

export const MAX_BATCH = 20;
const BATCH_PARALLELISM = 4;

export interface BatchSubRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

export interface BatchSubResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Runs one sub-request: (method, path after /v1.0 with query, headers, body) → response. */
export type SubExecutor = (sub: { method: string; pathAndQuery: string; headers: Record<string, string>; body: unknown }) => Promise<EmuResponse>;

function parseRequests(body: unknown): BatchSubRequest[] {
  if (!body || typeof body !== 'object' || !Array.isArray((body as { requests?: unknown }).requests)) {
    throw badRequest('Invalid batch payload format.', 'BadRequest');
  }
  const raw = (body as { requests: unknown[] }).requests;
  if (raw.length === 0) throw badRequest('Invalid batch payload format: no requests.', 'BadRequest');
  if (raw.length > MAX_BATCH) throw badRequest(`Number of requests in a batch exceeds the limit of ${MAX_BATCH}.`, 'BadRequest');
  const ids = new Set<string>();
  const out: BatchSubRequest[] = raw.map((r) => {
    if (!r || typeof r !== 'object') throw badRequest('Invalid batch payload format.', 'BadRequest');
    const o = r as Record<string, unknown>;
    const id = typeof o['id'] === 'string' ? o['id'] : typeof o['id'] === 'number' ? String(o['id']) : null;
    if (!id) throw badRequest('Each batch request needs an id.', 'BadRequest');
    if (ids.has(id)) throw badRequest(`Batch request ids must be unique; '${id}' appears twice.`, 'BadRequest');
    ids.add(id);
    if (typeof o['method'] !== 'string' || typeof o['url'] !== 'string') throw badRequest(`Batch request '${id}' needs a method and a url.`, 'BadRequest');
    const headers: Record<string, string> = {};
    if (o['headers'] && typeof o['headers'] === 'object') {
      for (const [k, v] of Object.entries(o['headers'] as Record<string, unknown>)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
    }
    let sub: unknown = o['body'];
    if (typeof sub === 'string') {
      try {
        sub = JSON.parse(Buffer.from(sub, 'base64').toString('utf8'));
      } catch {
        throw badRequest(`Batch request '${id}' has a body that is neither JSON nor base64 JSON.`, 'BadRequest');
      }
    }
    const method = o['method'].toUpperCase();
    if (sub !== undefined && (method === 'POST' || method === 'PATCH' || method === 'PUT') && headers['content-type'] === undefined) {
      throw badRequest(`Content-Type header is required for request '${id}' with a body.`, 'BadRequest');
    }
    const dependsOn = Array.isArray(o['dependsOn']) ? (o['dependsOn'] as unknown[]).map(String) : [];
    return { id, method, url: o['url'], headers, body: sub, dependsOn };
  });
  for (const r of out) for (const d of r.dependsOn) if (!ids.has(d)) throw badRequest(`Request '${r.id}' depends on unknown request '${d}'.`, 'BadRequest');
  return out;
}

function subPath(url: string): string {
  let u = url.trim();
  if (/^https?:\/\//i.test(u)) u = '/' + (u.split(/^https?:\/\/[^/]+\//i)[1] ?? '');
  if (!u.startsWith('/')) u = '/' + u;
  return u.replace(/^\/v1\.0(?=\/)/i, '');
}

export async function runBatch(req: EmuRequest, exec: SubExecutor): Promise<EmuResponse> {
  const requests = parseRequests(req.body);
  const results = new Map<string, Promise<BatchSubResponse>>();
  const responses: BatchSubResponse[] = [];
  let running = 0;
  const waiters: (() => void)[] = [];
  const slot = async (): Promise<void> => {
    if (running < BATCH_PARALLELISM) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => waiters.push(resolve));
    running++;
  };
  const free = (): void => {
    running--;
    waiters.shift()?.();
  };
  const start = (r: BatchSubRequest): Promise<BatchSubResponse> => {
    const existing = results.get(r.id);
    if (existing) return existing;
    const p = (async (): Promise<BatchSubResponse> => {
      const deps = await Promise.all(r.dependsOn.map((d) => start(requests.find((x) => x.id === d) as BatchSubRequest)));
      if (deps.some((d) => d.status >= 400)) {
        return {
          id: r.id,
          status: 424,
          headers: { 'Content-Type': JSON_CONTENT_TYPE },
          body: { error: { code: 'FailedDependency', message: 'Dependency failed.', innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': req.requestId, 'client-request-id': req.clientRequestId } } },
        };
      }
      await slot();
      try {
        const res = await exec({ method: r.method, pathAndQuery: subPath(r.url), headers: r.headers, body: r.body });
        const headers: Record<string, string> = { ...(res.headers ?? {}) };
        if (res.body !== undefined) headers['Content-Type'] = typeof res.body === 'string' ? 'text/plain' : JSON_CONTENT_TYPE;
        const out: BatchSubResponse = { id: r.id, status: res.status, headers };
        if (res.body !== undefined) out.body = res.body;
        return out;
      } finally {
        free();
      }
    })();
    results.set(r.id, p);
    return p;
  };
  await Promise.all(
    requests.map(async (r) => {
      const res = await start(r);
      responses.push(res);
    }),
  );
  return { status: 200, body: { responses } };
}
