import type { SvarstidConfig } from '../core/config/schema';
import { allManagedCategories, categoryColor } from '../core/record';
import type { GraphMailbox } from '../graph/mailbox';
import { GraphRequestError } from '../graph/errors';

/** The category that marks a message whose move or forward failed and was left unrouted. */
export const UNROUTED_CATEGORY = 'Svarstid: Ej routad';

/**
 * Makes sure every category the worker sets exists in the mailbox's master category list, with
 * its stable colour: one GET, then one POST per missing category. Categories people created
 * are left alone, and an existing category keeps the colour someone gave it.
 * Returns the names created.
 */
export async function ensureMasterCategories(graph: GraphMailbox, config: SvarstidConfig): Promise<string[]> {
  const existing = new Set((await graph.masterCategories()).map((c) => (c.displayName ?? '').toLowerCase()));
  const wanted = [...allManagedCategories(config), UNROUTED_CATEGORY];
  const missing = wanted.filter((name) => !existing.has(name.toLowerCase()));
  await Promise.all(
    missing.map((name) =>
      graph.createMasterCategory(name, categoryColor(name)).catch((error: unknown) => {
        // Someone (or another worker) created it meanwhile: fine.
        if (!(error instanceof GraphRequestError && error.status === 409)) throw error;
      }),
    ),
  );
  return missing;
}
