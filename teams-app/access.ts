import type { SvarstidConfig } from '../src/core/config';
import { openMailbox, readStoredConfig, type Access } from '../src/graph';
import type { TeamsState, TeamsUser } from '../src/ui/teams/useTeams';

/**
 * How the tab reaches Graph and its configuration, like the add-in's pages (addin/access.ts; the shared door is src/graph/pageAccess.ts):
 * the demo build uses the emulator's token path and the same-origin proxy (removed from
 * production bundles at build time); production uses nested app authentication inside Teams and
 * MSAL's popup standalone, and the configuration stored in the mailbox (a preset until one is).
 */
export interface TabAccess {
  access: Access;
  user: TeamsUser;
  /** The mailbox to show: the tab's `?mailbox=`, else the configuration's. */
  mailbox: string;
  config: SvarstidConfig;
}

/** Who the demo signs in (its visible switch): the demo configuration's admin, or a team lead who is not one. */
export type DemoRole = 'admin' | 'gruppledare';

export function demoUser(role: DemoRole, domain: string): TeamsUser {
  return role === 'admin' ? { name: 'Administratör', address: `admin@${domain}` } : { name: 'Gruppledare', address: `gruppledare@${domain}` };
}

export async function tabAccessFor(teams: TeamsState, mailboxParam: string | null, demoRole: DemoRole = 'admin'): Promise<TabAccess> {
  if (__SVARSTID_TARGET__ === 'demo') {
    const { demoAccess } = await import('../dev/demoAccess');
    const demoConfig = await demoAccess({ name: '', address: '' }).loadConfig(null as never);
    const user = demoUser(demoRole, demoConfig.municipality.domains[0] ?? 'exempelby.se');
    const mailbox = mailboxParam ?? demoConfig.municipality.mailbox ?? '';
    const access = demoAccess(user);
    // The demo stores its preset in the mailbox: the tab follows what is stored there, as in production.
    const stored = await readStoredConfig(openMailbox(access, mailbox)).catch(() => null);
    return { access, user, mailbox, config: stored?.config ?? demoConfig };
  }
  const { productionTabAccess } = await import('./productionAccess');
  return productionTabAccess(teams, mailboxParam, { clientId: __SVARSTID_CLIENT_ID__, origin: __SVARSTID_ORIGIN__, preset: __SVARSTID_PRESET__ });
}
