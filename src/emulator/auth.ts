/**
 * Bearer tokens. Any non-empty bearer token is an application token: one default application
 * (or the `appid`/`azp` claim when the token is JWT-shaped), so a client that refreshes its token
 * stays the same app for throttling. Tokens issued by the
 * emulator itself (`POST /_emulator/token`) are signed and may carry a delegated user; they expire.
 * `expireAll()` makes every token seen so far invalid (401 InvalidAuthenticationToken).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphHttpError } from './errors';
import type { Caller } from './context';

export interface TokenRequest {
  appId?: string;
  /** UPN of the signed-in user: the token becomes a delegated token. */
  user?: string;
  scopes?: string[];
  expiresInSeconds?: number;
}

interface Claims {
  aud: string;
  iss: string;
  appid: string;
  upn?: string;
  scp?: string;
  roles?: string[];
  iat: number;
  exp: number;
  /** issued-at in milliseconds (finer than iat, for expireAll) */
  ims: number;
}

const unauthorized = (message: string): GraphHttpError => new GraphHttpError(401, 'InvalidAuthenticationToken', message);

export class Auth {
  private readonly secret = randomBytes(32);
  private expiredBefore = 0;
  private readonly firstSeen = new Map<string, number>();
  private readonly callers = new Map<string, { caller: Caller; expiresAt?: number }>();

  issue(req: TokenRequest): { token_type: 'Bearer'; access_token: string; expires_in: number } {
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = Math.max(1, Math.floor(req.expiresInSeconds ?? 3600));
    const claims: Claims = {
      aud: 'https://graph.microsoft.com',
      iss: 'https://sts.emulator.local/',
      appid: req.appId ?? 'svarstid-emulator-client',
      iat: now,
      exp: now + expiresIn,
      ims: Date.now(),
    };
    if (req.user) {
      claims.upn = req.user.toLowerCase();
      claims.scp = (req.scopes ?? ['Mail.ReadWrite.Shared', 'Mail.Send.Shared', 'User.Read']).join(' ');
    } else {
      claims.roles = req.scopes ?? ['Mail.ReadWrite', 'MailboxSettings.ReadWrite'];
    }
    const head = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const sig = createHmac('sha256', this.secret).update(`${head}.${body}`).digest('base64url');
    return { token_type: 'Bearer', access_token: `${head}.${body}.${sig}`, expires_in: expiresIn };
  }

  expireAll(): void {
    this.expiredBefore = Date.now();
    this.callers.clear();
  }

  /** Validates an Authorization header value; throws 401 in Graph's shape. */
  authenticate(authorization: string | undefined): Caller {
    if (!authorization) throw unauthorized('Access token is empty.');
    const m = /^Bearer\s+(\S.*)$/i.exec(authorization.trim());
    if (!m) throw unauthorized('Access token is empty.');
    const token = (m[1] as string).trim();
    const cached = this.callers.get(token);
    if (cached) {
      if (cached.expiresAt !== undefined && cached.expiresAt <= Date.now()) throw unauthorized('Lifetime validation failed, the token is expired.');
      return cached.caller;
    }
    const claims = this.verifyOwn(token);
    let caller: Caller;
    let expiresAt: number | undefined;
    if (claims) {
      if (claims.ims <= this.expiredBefore || claims.exp * 1000 <= Date.now()) throw unauthorized('Lifetime validation failed, the token is expired.');
      caller = { appId: claims.appid, user: claims.upn ?? null, token };
      expiresAt = claims.exp * 1000;
    } else {
      const seen = this.firstSeen.get(token);
      if (seen === undefined) this.firstSeen.set(token, Date.now());
      else if (seen <= this.expiredBefore) throw unauthorized('Lifetime validation failed, the token is expired.');
      caller = { appId: foreignAppId(token), user: null, token };
    }
    if (this.callers.size > 10_000) this.callers.clear();
    this.callers.set(token, expiresAt === undefined ? { caller } : { caller, expiresAt });
    return caller;
  }

  private verifyOwn(token: string): Claims | null {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [head, body, sig] = parts as [string, string, string];
    const want = createHmac('sha256', this.secret).update(`${head}.${body}`).digest();
    const got = Buffer.from(sig, 'base64url');
    if (got.length !== want.length || !timingSafeEqual(got, want)) return null;
    try {
      return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims;
    } catch {
      return null;
    }
  }
}

/** The default application every foreign token belongs to. */
export const DEFAULT_APP_ID = 'a0c1d2e3-0000-4000-8000-5ea7571d0001';

function foreignAppId(token: string): string {
  const parts = token.split('.');
  if (parts.length === 3 && parts[1]) {
    try {
      const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { appid?: unknown; azp?: unknown };
      if (typeof claims.appid === 'string' && claims.appid) return claims.appid;
      if (typeof claims.azp === 'string' && claims.azp) return claims.azp;
    } catch {
      // not a JWT
    }
  }
  return DEFAULT_APP_ID;
}
