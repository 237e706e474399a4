import type { SvarstidConfig } from '../src/core/config';
import { readStoredConfig } from '../src/graph';
import type { Access } from './access';
import { officeTokenSource } from './auth/officeTokens';

/**
 * Production access: tokens by NAA or the Office dialog; the configuration the admins stored in
 * the mailbox, or the build's preset until one is stored.
 */
export function productionAccess(office: typeof Office, settings: { clientId: string; origin: string; preset: string }): Access {
  return {
    tokens: officeTokenSource(office, { clientId: settings.clientId, origin: settings.origin }),
    async loadConfig(graph): Promise<SvarstidConfig> {
      const stored = await readStoredConfig(graph);
      if (stored) return stored.config;
      const { isPresetId, presetConfig } = await import('../src/core/config/presets');
      if (!isPresetId(settings.preset)) throw new Error(`unknown preset '${settings.preset}'`);
      return presetConfig(settings.preset);
    },
  };
}
