import type { SvarstidConfig } from '../src/core/config';
import type { Access } from '../src/graph';
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

export async function tabAccessFor(teams: TeamsState, mailboxParam: string | null): Promise<TabAccess> {
  if (__SVARSTID_TARGET__ === 'demo') {
    const { demoAccess } = await import('../dev/demoAccess');
    const config = await demoAccess({ name: '', address: '' }).loadConfig(null as never);
    const user = teams.user ?? { name: 'Gruppledare', address: `gruppledare@${config.municipality.domains[0]}` };
    const mailbox = mailboxParam ?? config.municipality.mailbox ?? '';
    return { access: demoAccess(user), user, mailbox, config };
  }
  const { productionTabAccess } = await import('./productionAccess');
  return productionTabAccess(teams, mailboxParam, { clientId: __SVARSTID_CLIENT_ID__, origin: __SVARSTID_ORIGIN__, preset: __SVARSTID_PRESET__ });
}
