import type { SvarstidConfig } from '../core/config';
import type { AccessTokenSource } from '../auth/tokens';
import { createGraphClient } from './client';
import { GraphMailbox } from './mailbox';
import { RequestScheduler } from './scheduler';

/**
 * How a browser page (the add-in's panes, the Teams tab) reaches Microsoft Graph and its
 * configuration. Each surface decides where the tokens come from (addin/access.ts,
 * teams-app/access.ts); the door itself is shared.
 */
export interface Access {
  tokens: AccessTokenSource;
  /** Send Graph requests here instead of https://graph.microsoft.com (the demo's proxy). */
  graphUrl?: string;
  /** The configuration source: a function, so where configurations live can change without the pages. */
  loadConfig(graph: GraphMailbox): Promise<SvarstidConfig>;
}

/** The Graph door for one mailbox, as a page uses it. */
export function openMailbox(access: Access, mailbox: string): GraphMailbox {
  const tokens = access.tokens;
  // fetch must be called unbound from the window: the Graph client calls it as a method.
  const client = createGraphClient({ tokens, fetchImpl: (input, init) => fetch(input, init), ...(access.graphUrl ? { graphUrl: access.graphUrl } : {}) });
  return new GraphMailbox({ client, mailbox, tokens, scheduler: new RequestScheduler({ maxAttempts: 3 }) });
}
