/**
 * Typed errors of the Graph door. Every error says which operation failed, with what HTTP
 * status and Graph error code, and carries Graph's request id for support cases. Messages
 * never contain mail content or tokens.
 */

/** Why a request failed, as the worker decides what to do next. */
export type GraphFailureKind =
  /** 429 (or 503 with Retry-After) after the retry budget was spent. */
  | 'throttled'
  /** 5xx or a network failure after the retry budget was spent. */
  | 'unavailable'
  /** The connection broke and the request may or may not have been applied (non-idempotent calls). */
  | 'uncertain'
  /** 401/403: the token or the permissions are wrong. */
  | 'auth'
  /** 404: the message or folder is gone. */
  | 'notFound'
  /** 410 or syncStateNotFound: the delta token expired; a full resync is needed. */
  | 'syncReset'
  /** Any other 4xx: the request itself is wrong. */
  | 'badRequest';

/** A Graph request that failed for good. */
export class GraphRequestError extends Error {
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** Graph's error code (`ErrorItemNotFound`, `TooManyRequests`, …) or a network error code. */
  readonly code: string | null;
  /** Graph's `request-id` header, when a response arrived. */
  readonly requestId: string | null;
  /** What we tried to do, e.g. `patch message`, `delta inbox`. */
  readonly operation: string;
  readonly kind: GraphFailureKind;
  /** How many attempts were made. */
  readonly attempts: number;

  constructor(init: {
    operation: string;
    status: number;
    code: string | null;
    requestId: string | null;
    kind: GraphFailureKind;
    attempts: number;
    detail?: string;
  }) {
    const what = init.status === 0 ? 'no response' : `HTTP ${init.status}`;
    super(
      `Graph ${init.operation} failed: ${what}${init.code ? ` ${init.code}` : ''}` +
        `${init.detail ? ` (${init.detail})` : ''} after ${init.attempts} attempt${init.attempts === 1 ? '' : 's'}` +
        `${init.requestId ? `, request-id ${init.requestId}` : ''}`,
    );
    this.name = 'GraphRequestError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.operation = init.operation;
    this.kind = init.kind;
    this.attempts = init.attempts;
  }
}

/** The failure kind for a final HTTP status and Graph error code. */
export function failureKind(status: number, code: string | null): GraphFailureKind {
  if (status === 410 || code === 'syncStateNotFound' || code === 'SyncStateNotFound' || code === 'syncStateInvalid') return 'syncReset';
  if (status === 429) return 'throttled';
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'notFound';
  if (status >= 500 || status === 0) return 'unavailable';
  return 'badRequest';
}

/** True for errors that mean "the delta token is no longer valid, start over". */
export function isSyncReset(error: unknown): error is GraphRequestError {
  return error instanceof GraphRequestError && error.kind === 'syncReset';
}
