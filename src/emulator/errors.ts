/**
 * Graph's error shape: `{"error": {"code", "message", "innerError": {"date", "request-id", "client-request-id"}}}`.
 * Every failure inside the emulator is a GraphHttpError; the server turns it into that JSON.
 */

export class GraphHttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'GraphHttpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; 'request-id': string; 'client-request-id': string };
  };
}

/** Graph writes the innerError date without zone or fractions: 2026-11-21T11:19:22. */
export function innerErrorDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 19);
}

export function errorBody(code: string, message: string, requestId: string, clientRequestId: string): GraphErrorBody {
  return {
    error: {
      code,
      message,
      innerError: { date: innerErrorDate(), 'request-id': requestId, 'client-request-id': clientRequestId },
    },
  };
}

export const badRequest = (message: string, code = 'BadRequest'): GraphHttpError => new GraphHttpError(400, code, message);

export const itemNotFound = (): GraphHttpError =>
  new GraphHttpError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

export const accessDenied = (): GraphHttpError =>
  new GraphHttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');

export const segmentNotFound = (segment: string): GraphHttpError =>
  new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);

export const methodNotAllowed = (): GraphHttpError =>
  new GraphHttpError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');

export const invalidBody = (message: string): GraphHttpError => new GraphHttpError(400, 'RequestBodyRead', message);
