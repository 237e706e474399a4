/** The request and response shapes the emulator's handlers share (top-level and $batch). */

export interface Caller {
  /** Throttling key of the calling application. */
  appId: string;
  /** Delegated user's UPN (lower case) for emulator-issued delegated tokens; null for app tokens. */
  user: string | null;
  token: string;
}

export interface EmuRequest {
  method: string;
  /** Path segments after /v1.0, URL-decoded. */
  segments: string[];
  /** The raw path after /v1.0 (still encoded), used to build links. */
  rawPath: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
  caller: Caller;
  requestId: string;
  clientRequestId: string;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON body; a string is sent as text/plain. */
  body?: unknown;
}

export const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function header(req: EmuRequest, name: string): string | undefined {
  return req.headers[name.toLowerCase()];
}

/** `Prefer: IdType="ImmutableId"` (Graph accepts several preferences in one header or several headers). */
export function prefersImmutable(req: EmuRequest): boolean {
  const p = header(req, 'prefer');
  return p !== undefined && /IdType\s*=\s*"?ImmutableId"?/i.test(p);
}

export function preferredMaxPageSize(req: EmuRequest): number | null {
  const p = header(req, 'prefer');
  if (!p) return null;
  const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(p);
  return m ? Number(m[1]) : null;
}

/** `Prefer: outlook.body-content-type="text"` */
export function prefersTextBody(req: EmuRequest): boolean {
  const p = header(req, 'prefer');
  return p !== undefined && /outlook\.body-content-type\s*=\s*"?text"?/i.test(p);
}
