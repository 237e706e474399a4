/**
 * Where the Graph door gets its bearer tokens. Production uses MSAL client credentials
 * (`msalNode.ts`); the emulator accepts any token (`emulatorToken.ts`).
 * Tokens are never logged, printed or written to state.
 */
export interface AccessTokenSource {
  /** A valid access token for Microsoft Graph (cached until it nears expiry). */
  getToken(): Promise<string>;
  /** Forget the cached token: the next `getToken` fetches a new one (after a 401). */
  invalidate(): void;
}
