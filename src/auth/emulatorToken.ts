import { randomBytes } from 'node:crypto';
import type { AccessTokenSource } from './tokens';

/**
 * Tokens for the local Graph emulator, which accepts any non-empty bearer token (and can treat
 * every token seen so far as expired, to test refresh). A refresh makes a new random token.
 */
export function emulatorTokenSource(): AccessTokenSource {
  const fresh = (): string => `svarstid-emulator-${randomBytes(12).toString('hex')}`;
  let token = fresh();
  return {
    getToken: () => Promise.resolve(token),
    invalidate: () => {
      token = fresh();
    },
  };
}
