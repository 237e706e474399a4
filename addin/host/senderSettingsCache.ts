import { writeRoamingSetting, type RoamingSettings } from './roamingSettings';
import type { SvarstidConfig } from '../../src/core/config';
import type { SenderCheckSettings } from '../../src/core/sender/checkOutgoingMail';

/**
 * The on-send script decides locally: it cannot fetch the configuration (no network, no NAA in
 * event handlers — PLATFORM.md). The panes leave it a copy of the part it needs (the
 * municipality and the sender-check settings: no mail content) in the user's roaming settings.
 */
export const SENDER_SETTINGS_SETTING = 'svarstid.senderSettings';

type Settings = RoamingSettings;

export function senderSettingsOf(config: SvarstidConfig): SenderCheckSettings {
  return { municipality: config.municipality, senderCheck: config.senderCheck };
}

/** Stores the copy when it changed. Never fails the pane. */
export function cacheSenderSettings(settings: Settings | null, config: SvarstidConfig): Promise<void> {
  const wanted = senderSettingsOf(config);
  return writeRoamingSetting(settings, SENDER_SETTINGS_SETTING, (stored) => (JSON.stringify(stored) === JSON.stringify(wanted) ? undefined : wanted));
}
