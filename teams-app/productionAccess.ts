import { msalConfiguration, msalTokenSourceFor, nestedAppTokenSource } from '../src/auth/msalBrowserTokens';
import { isPresetId, type SvarstidConfig } from '../src/core/config';
import { readStoredConfig } from '../src/graph';
import { openMailbox, type Access } from '../src/graph';
import type { TeamsState } from '../src/ui/teams/useTeams';
import type { TabAccess } from './access';

/**
 * Production: inside Teams (or Outlook / Microsoft 365) the host brokers the token (nested app
 * authentication); in a plain browser MSAL signs in with a popup. The configuration is the one
 * stored in the mailbox, the build's preset until an admin stores one.
 */
export async function productionTabAccess(teams: TeamsState, mailboxParam: string | null, settings: { clientId: string; origin: string; preset: string }): Promise<TabAccess> {
  if (!isPresetId(settings.preset)) throw new Error(`unknown preset '${settings.preset}'`);
  const { presetConfig } = await import('../src/core/config/presets');
  const preset = presetConfig(settings.preset);
  const tokens = teams.inTeams
    ? nestedAppTokenSource({ clientId: settings.clientId })
    : msalTokenSourceFor(() =>
        import('@azure/msal-browser').then(async (msal) => {
          const app = await msal.createStandardPublicClientApplication(msalConfiguration({ clientId: settings.clientId }, `${settings.origin}/teams/`));
          return app;
        }),
      );
  const access: Access = {
    tokens,
    async loadConfig(graph): Promise<SvarstidConfig> {
      const stored = await readStoredConfig(graph);
      return stored ? stored.config : preset;
    },
  };
  const mailbox = mailboxParam ?? preset.municipality.mailbox;
  if (!mailbox) {
    throw { sv: 'Ingen funktionsbrevlåda är vald: lägg till fliken i en kanal och välj brevlådan.', en: 'No shared mailbox is chosen: add the tab to a channel and choose the mailbox.' };
  }
  const config = await access.loadConfig(openMailbox(access, mailbox));
  return { access, user: teams.user ?? { name: '', address: '' }, mailbox, config };
}
