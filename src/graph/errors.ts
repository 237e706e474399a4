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
  /** 410, syncStateNotFound or resyncRequired: the delta token expired; a full resync is needed. */
  | 'syncReset'
  /** 412: the item changed since it was read (`If-Match` failed). */
  | 'conflict'
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
const SYNC_RESET_CODES = new Set(['syncstatenotfound', 'syncstateinvalid', 'resyncrequired']);

export function failureKind(status: number, code: string | null): GraphFailureKind {
  if (status === 410 || (code !== null && SYNC_RESET_CODES.has(code.toLowerCase()))) return 'syncReset';
  if (status === 412) return 'conflict';
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

/** True for a 412: the item changed since its ETag was read. */
export function isConflict(error: unknown): error is GraphRequestError {
  return error instanceof GraphRequestError && error.kind === 'conflict';
}

/** Network error codes and what they mean, for messages that name the cause. */
const NETWORK_CAUSES: Record<string, { sv: string; en: string }> = {
  ENOTFOUND: { sv: 'namnet gick inte att slå upp (DNS)', en: 'the host name could not be resolved (DNS)' },
  EAI_AGAIN: { sv: 'namnuppslagningen (DNS) svarade inte', en: 'the name lookup (DNS) did not answer' },
  ECONNREFUSED: { sv: 'anslutningen nekades (ingen lyssnar på porten)', en: 'the connection was refused (nothing listens on that port)' },
  ECONNRESET: { sv: 'anslutningen bröts', en: 'the connection was reset' },
  ETIMEDOUT: { sv: 'anslutningen tog för lång tid (brandvägg eller proxy?)', en: 'the connection timed out (firewall or proxy?)' },
  UND_ERR_CONNECT_TIMEOUT: { sv: 'anslutningen tog för lång tid (brandvägg eller proxy?)', en: 'the connection timed out (firewall or proxy?)' },
  EHOSTUNREACH: { sv: 'värden går inte att nå (nätverk eller brandvägg)', en: 'the host is unreachable (network or firewall)' },
  ENETUNREACH: { sv: 'nätverket går inte att nå', en: 'the network is unreachable' },
  SELF_SIGNED_CERT_IN_CHAIN: {
    sv: 'TLS-certifikatet är inte betrott (en proxy som bryter upp TLS? sätt miljövariabeln NODE_EXTRA_CA_CERTS till en PEM-fil med proxyns rotcertifikat)',
    en: 'the TLS certificate is not trusted (a TLS-inspecting proxy? set the environment variable NODE_EXTRA_CA_CERTS to a PEM file with the proxy\'s root certificate)',
  },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
    sv: 'TLS-certifikatet är inte betrott (en proxy som bryter upp TLS? sätt miljövariabeln NODE_EXTRA_CA_CERTS till en PEM-fil med proxyns rotcertifikat)',
    en: 'the TLS certificate is not trusted (a TLS-inspecting proxy? set the environment variable NODE_EXTRA_CA_CERTS to a PEM file with the proxy\'s root certificate)',
  },
  CERT_HAS_EXPIRED: { sv: 'serverns TLS-certifikat har gått ut', en: "the server's TLS certificate has expired" },
};

/**
 * What went wrong, in words an operator can act on (Swedish and English): the network cause,
 * a permission problem, throttling, or Graph's own code. Never contains mail content or tokens.
 */
export function describeGraphFailure(error: unknown): { sv: string; en: string } {
  if (!(error instanceof GraphRequestError)) {
    const text = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'okänt fel';
    return { sv: text, en: text };
  }
  const code = error.code ?? '';
  if (error.status === 0) {
    const cause = NETWORK_CAUSES[code];
    if (error.kind === 'auth') {
      return {
        sv: `inloggningen mot Microsoft Entra ID misslyckades (${code}): ${error.message}`,
        en: `signing in with Microsoft Entra ID failed (${code}): ${error.message}`,
      };
    }
    return cause
      ? { sv: `Graph går inte att nå: ${cause.sv} (${code})`, en: `Graph cannot be reached: ${cause.en} (${code})` }
      : { sv: `Graph går inte att nå (${code || 'nätverksfel'})`, en: `Graph cannot be reached (${code || 'network error'})` };
  }
  if (error.status === 401) {
    return {
      sv: `Graph godtog inte åtkomsttoken (401 ${code}): kontrollera klient-id, certifikat och att appen har behörighet`,
      en: `Graph refused the token (401 ${code}): check the client id, certificate and the app's permissions`,
    };
  }
  if (error.status === 403) {
    return {
      sv: `åtkomst nekad (403 ${code}): appen saknar behörighet till brevlådan (RBAC för program: svarstid run --help visar rollerna och kommandona)`,
      en: `access denied (403 ${code}): the app has no permission for this mailbox (RBAC for Applications: svarstid run --help shows the roles and commands)`,
    };
  }
  if (error.status === 404 && (code === 'ErrorInvalidUser' || code === 'MailboxNotEnabledForRESTAPI' || code === 'ResourceNotFound')) {
    return { sv: `brevlådan finns inte eller saknar Exchange Online (404 ${code})`, en: `the mailbox does not exist or has no Exchange Online (404 ${code})` };
  }
  if (error.kind === 'throttled') {
    return {
      sv: `Graph begränsar takten (429) även efter ${error.attempts} försök: försök igen om en stund, och kör inte fler Svarstid-tjänster eller andra program med samma app mot brevlådan samtidigt (--rate sätter tjänstens egen gräns)`,
      en: `Graph is throttling (429) even after ${error.attempts} attempts: try again in a while, and do not run more Svarstid services or other programs with the same app against the mailbox at the same time (--rate sets the service's own limit)`,
    };
  }
  return { sv: error.message, en: error.message };
}
