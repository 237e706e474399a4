import { z } from 'zod';
import { parseConfig, type SvarstidConfig } from '../core/config';
import type { GraphMailbox } from './mailbox';
import { query } from './mailbox';

/**
 * Configuration storage in the mailbox itself: one single-value extended property on the
 * mailbox's root folder (`msgfolderroot`; open extensions do not exist on folders). The worker,
 * the add-in and the tab read the same document. Saving validates first (an invalid
 * configuration is never stored), checks the revision the editor started from (optimistic
 * concurrency), and keeps a short history of who changed what and when.
 */

export const CONFIG_PROPERTY_ID = 'String {6c1d2a52-3f0e-4b8e-9a57-2f1e0c9d4b31} Name svarstidConfig';
const CONFIG_FOLDER = 'msgfolderroot';
/** How many changes the stored history keeps. */
export const HISTORY_LENGTH = 50;

const historyEntrySchema = z.object({ revision: z.number().int(), at: z.string(), by: z.string(), note: z.string().optional() });
const storedSchema = z.object({
  v: z.literal(1),
  revision: z.number().int().min(0),
  updatedAt: z.string(),
  updatedBy: z.string(),
  /** Random per save: a read-back with another nonce means someone else saved at the same time. */
  nonce: z.string(),
  config: z.unknown(),
  history: z.array(historyEntrySchema),
});

/** The configuration as stored, with its audit trail. */
export interface StoredConfig {
  config: SvarstidConfig;
  revision: number;
  updatedAt: string;
  updatedBy: string;
  history: z.infer<typeof historyEntrySchema>[];
}

/** Someone saved since the editor read the configuration: reload and apply the change again. */
export class ConfigConflictError extends Error {
  constructor(
    readonly expectedRevision: number,
    readonly actualRevision: number,
  ) {
    super(`configuration changed meanwhile: expected revision ${expectedRevision}, found ${actualRevision}`);
    this.name = 'ConfigConflictError';
  }
}

async function readRaw(graph: GraphMailbox): Promise<z.infer<typeof storedSchema> | null> {
  const folder = await graph.call<{ singleValueExtendedProperties?: { id?: string; value?: string }[] }>(
    'GET',
    `${graph.base}/mailFolders/${CONFIG_FOLDER}${query({
      $select: 'id',
      $expand: `singleValueExtendedProperties($filter=id eq '${CONFIG_PROPERTY_ID}')`,
    })}`,
    { operation: 'read config' },
  );
  const text = folder?.singleValueExtendedProperties?.find((p) => (p.id ?? '').toLowerCase() === CONFIG_PROPERTY_ID.toLowerCase())?.value;
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = storedSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Reads the stored configuration; null when none is stored. Throws ConfigError if what is stored is invalid. */
export async function readStoredConfig(graph: GraphMailbox): Promise<StoredConfig | null> {
  const raw = await readRaw(graph);
  if (!raw) return null;
  return { config: parseConfig(raw.config), revision: raw.revision, updatedAt: raw.updatedAt, updatedBy: raw.updatedBy, history: raw.history };
}

/**
 * Validates and saves a configuration. `expectedRevision` is the revision the editor started
 * from (0 when none was stored); `by` names who saves (UPN or app), for the audit trail.
 * Throws `ConfigError` for an invalid document, {@link ConfigConflictError} on a concurrent save.
 */
export async function saveStoredConfig(
  graph: GraphMailbox,
  input: unknown,
  options: { expectedRevision: number; by: string; note?: string; now?: () => Date },
): Promise<StoredConfig> {
  const current = await readRaw(graph);
  const actual = current?.revision ?? 0;
  if (actual !== options.expectedRevision) throw new ConfigConflictError(options.expectedRevision, actual);
  const revision = actual + 1;
  const config = parseConfig({ ...(input as object), revision });
  const at = (options.now?.() ?? new Date()).toISOString();
  const nonce = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
  const entry = { revision, at, by: options.by, ...(options.note ? { note: options.note.slice(0, 500) } : {}) };
  const doc = {
    v: 1 as const,
    revision,
    updatedAt: at,
    updatedBy: options.by,
    nonce,
    config,
    history: [...(current?.history ?? []), entry].slice(-HISTORY_LENGTH),
  };
  await graph.call('PATCH', `${graph.base}/mailFolders/${CONFIG_FOLDER}`, {
    operation: 'save config',
    body: { singleValueExtendedProperties: [{ id: CONFIG_PROPERTY_ID, value: JSON.stringify(doc) }] },
  });
  // No If-Match on folders: read back, and if another save won the race, say so.
  const after = await readRaw(graph);
  if (after?.nonce !== nonce) throw new ConfigConflictError(revision, after?.revision ?? 0);
  return { config, revision, updatedAt: at, updatedBy: options.by, history: doc.history };
}
