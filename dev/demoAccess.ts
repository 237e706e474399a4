import { parseConfig, type SvarstidConfig } from '../src/core/config';
import type { AccessTokenSource } from '../src/auth/tokens';
import type { Access } from '../addin/access';
import type { MailboxUser } from '../addin/host/mailboxHost';

/**
 * The demo's access (never in a production bundle): delegated tokens from the Graph emulator's
 * token path for the signed-in demo user, Graph through the page server's same-origin proxy
 * (`/graph`, so connect-src stays 'self'), and the demo's configuration (`/demo/config.json`).
 */
export function demoAccess(user: MailboxUser): Access {
  return {
    tokens: demoTokenSource(user.address),
    graphUrl: `${location.origin}/graph`,
    async loadConfig(): Promise<SvarstidConfig> {
      const response = await fetch('/demo/config.json', { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`the demo configuration could not be read (HTTP ${response.status})`);
      return parseConfig(await response.json());
    },
  };
}

/** A delegated emulator token for a user, kept in memory only. */
export function demoTokenSource(user: string): AccessTokenSource {
  let token: Promise<string> | null = null;
  return {
    getToken() {
      token ??= fetch('/demo/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user }),
      }).then(async (response) => {
        if (!response.ok) {
          token = null;
          throw new Error(`no demo token (HTTP ${response.status})`);
        }
        const body = (await response.json()) as { access_token?: unknown };
        if (typeof body.access_token !== 'string') throw new Error('no demo token');
        return body.access_token;
      });
      return token;
    },
    invalidate() {
      token = null;
    },
  };
}
