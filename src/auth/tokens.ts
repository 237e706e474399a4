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

/**
 * Getting a token failed. `code` is Microsoft's (`AADSTS7000215`, `invalid_client`) or a network
 * code (`ENOTFOUND`); `transient` is true when trying again later may help (network trouble).
 * The message never contains a secret.
 */
export class TokenAcquisitionError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'TokenAcquisitionError';
  }
}
