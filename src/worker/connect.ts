import { msalTokenSource } from '../auth/msalNode';
import { emulatorTokenSource } from '../auth/emulatorToken';
import type { AccessTokenSource } from '../auth/tokens';
import { createGraphClient } from '../graph/client';
import { GraphMailbox } from '../graph/mailbox';
import { RequestScheduler, type SchedulerOptions } from '../graph/scheduler';

/** Where the worker talks to: a mailbox, real Graph or a local emulator, and optional pacing. */
export interface ConnectOptions {
  mailbox: string;
  /** The emulator's origin (`http://127.0.0.1:4100`); absent for real Graph. */
  graphUrl?: string | undefined;
  /** Client-side pacing (Exchange: 10 000 requests per 10 minutes). */
  rate?: { limit: number; windowMs: number } | undefined;
}

/**
 * A Graph mailbox: the emulator with its test token when `graphUrl` is given, or real Graph with
 * client credentials from the environment (MSAL). Throws `AuthConfigError` when the environment
 * lacks what client credentials need.
 */
export function mailboxFor(args: ConnectOptions, tokens?: AccessTokenSource, schedulerOptions: SchedulerOptions = {}): GraphMailbox {
  const source = tokens ?? (args.graphUrl !== undefined ? emulatorTokenSource() : msalTokenSource());
  const client = createGraphClient({ tokens: source, ...(args.graphUrl !== undefined ? { graphUrl: args.graphUrl } : {}) });
  return new GraphMailbox({
    client,
    mailbox: args.mailbox,
    tokens: source,
    scheduler: new RequestScheduler({ ...schedulerOptions, ...(args.rate ? { rate: args.rate } : {}) }),
  });
}
