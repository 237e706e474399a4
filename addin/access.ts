import type { SvarstidConfig } from '../src/core/config';
import type { AccessTokenSource } from '../src/auth/tokens';
import { createGraphClient, GraphMailbox, RequestScheduler } from '../src/graph';
import type { MailboxUser } from './host/mailboxHost';

/**
 * How a page reaches Microsoft Graph and its configuration. Production: tokens by NAA (or the
 * Office dialog), Graph itself, the configuration stored in the mailbox (a preset until an admin
 * stores one). The demo (`--env target=demo`): the emulator's token path and a same-origin proxy
 * to the emulator, the demo's configuration. The demo branch is removed from production bundles
 * at build time (`__SVARSTID_TARGET__` is a constant), so no emulator code or token ships.
 */
export interface Access {
  tokens: AccessTokenSource;
  /** Send Graph requests here instead of https://graph.microsoft.com (the demo's proxy). */
  graphUrl?: string;
  /** The configuration source: a function, so where configurations live can change without the pages. */
  loadConfig(graph: GraphMailbox): Promise<SvarstidConfig>;
}

export async function accessFor(office: typeof Office, user: MailboxUser): Promise<Access> {
  if (__SVARSTID_TARGET__ === 'demo') {
    const { demoAccess } = await import('../dev/demoAccess');
    return demoAccess(user);
  }
  const { productionAccess } = await import('./productionAccess');
  return productionAccess(office, { clientId: __SVARSTID_CLIENT_ID__, origin: __SVARSTID_ORIGIN__, preset: __SVARSTID_PRESET__ });
}

/** The Graph door for one mailbox, as a page uses it. */
export function openMailbox(access: Access, mailbox: string): GraphMailbox {
  const tokens = access.tokens;
  // fetch must be called unbound from the window: the Graph client calls it as a method.
  const client = createGraphClient({ tokens, fetchImpl: (input, init) => fetch(input, init), ...(access.graphUrl ? { graphUrl: access.graphUrl } : {}) });
  return new GraphMailbox({ client, mailbox, tokens, scheduler: new RequestScheduler({ maxAttempts: 3 }) });
}
