/**
 * Where the Graph door gets its bearer tokens. Production uses MSAL client credentials
 * (`msalNode.ts`); the emulator accepts a fixed test token (`staticTokenSource`).
 * Tokens are never logged, printed or written to state.
 */
export interface AccessTokenSource {
  /** A valid access token for Microsoft Graph (cached until it nears expiry). */
  getToken(): Promise<string>;
  /** Forget the cached token: the next `getToken` fetches a new one (after a 401). */
  invalidate(): void;
}

/** A fixed token, for the local Graph emulator. */
export function staticTokenSource(token: string): AccessTokenSource {
  if (token.length === 0) throw new Error('a bearer token must not be empty');
  return { getToken: () => Promise.resolve(token), invalidate: () => undefined };
}
