import type { Access } from '../src/graph/pageAccess';
import type { MailboxUser } from './host/mailboxHost';

export { openMailbox, type Access } from '../src/graph/pageAccess';

/**
 * How an add-in page reaches Microsoft Graph and its configuration. Production: tokens by NAA (or
 * the Office dialog), Graph itself, the configuration stored in the mailbox (a preset until an
 * admin stores one). The demo (`--env target=demo`): the emulator's token path and a same-origin
 * proxy to the emulator, the demo's configuration. The demo branch is removed from production
 * bundles at build time (`__SVARSTID_TARGET__` is a constant), so no emulator code or token ships.
 * The Access shape and the Graph door are shared with the Teams tab (src/graph/pageAccess.ts).
 */
export async function accessFor(office: typeof Office, user: MailboxUser): Promise<Access> {
  if (__SVARSTID_TARGET__ === 'demo') {
    const { demoAccess } = await import('../dev/demoAccess');
    return demoAccess(user);
  }
  const { productionAccess } = await import('./productionAccess');
  return productionAccess(office, { clientId: __SVARSTID_CLIENT_ID__, origin: __SVARSTID_ORIGIN__, preset: __SVARSTID_PRESET__ });
}
