import { LOCAL_MODEL_VERSION, type LocalAccuracy } from './localModelSchema';
import type { SvarstidConfig } from './schema';

/**
 * What an admin does with a mailbox's local model (`triage.localModel`, learnt by `svarstid
 * learn` from people's corrections): see it, switch it off or on, reset it. Pure: each returns a
 * new configuration and leaves the given one as it was; saving it (audited) is the caller's.
 */

/** The local model as the admin view shows it. */
export interface LocalModelStatus {
  /** `none`: nothing learnt yet; `on`/`off`: learnt and used / switched off; `reset`: no weights (switched on or off as `enabled` says). */
  state: 'none' | 'on' | 'off' | 'reset';
  enabled: boolean;
  trainedAt: string | null;
  corrections: number;
  /** Cross-validated accuracy on the corrections without and with the model. */
  before: LocalAccuracy | null;
  after: LocalAccuracy | null;
  /** Words the model knows (department and kind together). */
  words: number;
  /** Of them, the mailbox's own names (places and facilities, `names`), which may outweigh a weak rule. */
  names: number;
}

export function localModelStatus(config: SvarstidConfig): LocalModelStatus {
  const local = config.triage.localModel;
  if (local === undefined) return { state: 'none', enabled: true, trainedAt: null, corrections: 0, before: null, after: null, words: 0, names: 0 };
  const trained = local.trained;
  if (trained === undefined) return { state: 'reset', enabled: local.enabled, trainedAt: null, corrections: 0, before: null, after: null, words: 0, names: 0 };
  const words = new Set([...Object.keys(trained.kind?.weights ?? {}), ...Object.keys(trained.department?.weights ?? {})]).size;
  return {
    state: local.enabled ? 'on' : 'off',
    enabled: local.enabled,
    trainedAt: trained.at,
    corrections: trained.corrections,
    before: trained.accuracy.before,
    after: trained.accuracy.after,
    words,
    names: trained.department?.names?.length ?? 0,
  };
}

/**
 * Switches the local model off (triage decides as if nothing was learnt, and `svarstid learn`
 * stores nothing new) or on again. The learnt weights are kept.
 */
export function setLocalModelEnabled(config: SvarstidConfig, enabled: boolean): SvarstidConfig {
  const local = config.triage.localModel ?? { version: LOCAL_MODEL_VERSION, enabled: true };
  return { ...config, triage: { ...config.triage, localModel: { ...local, enabled } } };
}

/**
 * Forgets what was learnt: the weights go, the switch stays as it was (a reset model that is
 * switched on is learnt afresh by the next `svarstid learn`).
 */
export function resetLocalModel(config: SvarstidConfig): SvarstidConfig {
  const local = config.triage.localModel;
  if (local === undefined) return config;
  return { ...config, triage: { ...config.triage, localModel: { version: local.version, enabled: local.enabled } } };
}
