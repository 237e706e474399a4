import { parseMailMessage, type MailMessage } from '../src/core/message';
import type { SvarstidConfig } from '../src/core/config';
import { ConfigConflictError, ConfigStore, readRecentMessages, readServiceStatus, type GraphMailbox, type StoredConfig } from '../src/graph';
import type { AdminHost, SaveOutcome, StoredSnapshot } from '../src/ui/admin/AdminView';

/** How many recent messages the preview runs over (issue 9: at least the last 500). */
export const PREVIEW_MESSAGES = 500;

function snapshot(s: StoredConfig): StoredSnapshot {
  return { config: s.config, revision: s.revision, updatedAt: s.updatedAt, updatedBy: s.updatedBy };
}

async function outcome(run: () => Promise<StoredConfig>): Promise<SaveOutcome> {
  try {
    return { ok: true, stored: snapshot(await run()) };
  } catch (error) {
    if (error instanceof ConfigConflictError) return { ok: false, conflict: { revision: error.actualRevision, by: error.actualBy } };
    throw error;
  }
}

/**
 * The admin view's host calls, all through src/graph: the configuration store in the shared
 * mailbox (compare-and-swap saves, audit trail, restore) and the recent messages for the preview
 * (parsed into what the core reads; kept in memory only, never logged).
 */
export function adminHostFor(graph: GraphMailbox, user: string): AdminHost {
  const store = new ConfigStore(graph);
  return {
    user,
    load: async () => {
      const s = await store.read();
      return s ? snapshot(s) : null;
    },
    history: async () => (await store.history()).map((e) => ({ ...e, changes: e.changes.map((c) => ({ sv: c.sv, en: c.en })) })),
    save: (config: SvarstidConfig, options) => outcome(() => store.save(config, { expectedRevision: options.expectedRevision, by: user, note: options.note })),
    restore: (revision, options) => outcome(() => store.restore(revision, { expectedRevision: options.expectedRevision, by: user })),
    serviceStatus: () => readServiceStatus(graph),
    recentMessages: async () => {
      const raw = await readRecentMessages(graph, PREVIEW_MESSAGES);
      const out: MailMessage[] = [];
      for (const m of raw) {
        const parsed = parseMailMessage(m);
        if (parsed.ok) out.push(parsed.message);
      }
      return out;
    },
  };
}
