import type { SvarstidConfig } from '../core/config/schema';
import type { TrainedLocalModel } from '../core/config/localModelSchema';
import { parseMailMessage } from '../core/message';
import { MIN_CORRECTIONS, learningSteps, withLocalModel, type Correction, type LocalLearning } from '../core/triage/localTraining';
import { ConfigStore } from '../graph/configStore';
import { labelledFolders, readCorrections } from '../graph/corrections';
import type { GraphMailbox } from '../graph/mailbox';
import { silentLog, type WorkerLog } from './log';

/**
 * Learning from corrections for one mailbox (`svarstid learn`, and the continuous worker on a
 * schedule): reads the messages people corrected (`source: "manual"` records; never `auto`
 * ones), learns the local model on top of the mailbox's stored configuration
 * (`src/core/triage/localTraining.ts`), and stores it — as an audited save by `worker` — only
 * when cross-validation on the corrections shows a gain and no loss, and only when no admin
 * switched the local model off.
 */

/** Who the configuration store records as the author of a learnt model. */
export const LEARN_AUTHOR = 'worker';

/**
 * What learning needs of the mailbox's configuration store: the stored configuration with its
 * revision, and a save that is refused when someone saved since (`expectedRevision`) and records
 * who saved and why.
 */
export interface LearnConfigStore {
  read(): Promise<{ config: SvarstidConfig; revision: number } | null>;
  save(input: SvarstidConfig, options: { expectedRevision: number; by: string; note?: string }): Promise<{ revision: number }>;
}

/** The mailbox's own configuration store (`src/graph/configStore.ts`) as learning uses it. */
export function mailboxConfigStore(graph: GraphMailbox): LearnConfigStore {
  return new ConfigStore(graph);
}

/** The JSON summary `svarstid learn` prints. */
export interface LearnSummary {
  /** Corrections learnt from. */
  corrections: number;
  /** Share of the corrections the default triage gets right (kind and department), and the default with the model (cross-validated). */
  before: number;
  after: number;
  /** Whether the model was stored in the mailbox's configuration. */
  stored: boolean;
  kind: { before: number; after: number };
  department: { before: number; after: number };
  /** Messages with a record in the mailbox (what the default labelled). */
  labelled: number;
  /** The stored configuration's revision after the save (or as it was). */
  revision: number;
  /** Why nothing was stored. */
  reason?: 'too few corrections' | 'not better' | 'switched off' | 'unchanged' | 'dry run';
}

/** No configuration is stored in the mailbox: there is nothing to learn on top of, or to store into. */
export class NoStoredConfigError extends Error {
  constructor(mailbox: string) {
    super(`no configuration is stored in ${mailbox}; store one first with svarstid config set FILE --mailbox ${mailbox}`);
    this.name = 'NoStoredConfigError';
  }
}

/** Runs learning's steps, letting other work (webhooks, health checks) run between them. */
async function stepByStep(steps: Generator<void, LocalLearning, void>): Promise<LocalLearning> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Is a save's failure a conflict with another save (then learning starts over once)? */
function isConflict(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConfigConflictError';
}

/** Two learnt models that differ at most in when they were learnt. */
function sameModel(a: TrainedLocalModel | undefined, b: TrainedLocalModel): boolean {
  if (a === undefined) return false;
  const { at: _a, ...restA } = a;
  const { at: _b, ...restB } = b;
  return canonical(restA) === canonical(restB);
}

/** JSON with object keys sorted (a stored document may list them in another order). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

export interface LearnOptions {
  graph: GraphMailbox;
  store: LearnConfigStore;
  now?: () => Date;
  /** Learn and report, store nothing. */
  dryRun?: boolean;
  log?: WorkerLog;
}

async function learnOnce(options: LearnOptions): Promise<LearnSummary> {
  const { graph, store } = options;
  const stored = await store.read();
  if (!stored) throw new NoStoredConfigError(graph.mailbox);
  const config = stored.config;
  const folders = await labelledFolders(
    graph,
    config.departments.filter((d) => d.routing.actions.includes('move') && d.routing.folder).map((d) => d.routing.folder!),
  );
  const read = await readCorrections(graph, folders);
  const corrections: Correction[] = [];
  for (const { message, record } of read.corrections) {
    const parsed = parseMailMessage(message);
    if (parsed.ok) corrections.push({ message: parsed.message, kind: record.kind, department: record.department });
  }
  const learning = await stepByStep(learningSteps(corrections, config, { now: (options.now ?? (() => new Date()))(), population: read.labelled }));
  const summary: LearnSummary = {
    corrections: learning.corrections,
    before: learning.before.both,
    after: learning.after.both,
    stored: false,
    kind: { before: learning.before.kind, after: learning.after.kind },
    department: { before: learning.before.department, after: learning.after.department },
    labelled: read.labelled,
    revision: stored.revision,
  };
  // with enough corrections, no model means no head showed a gain in cross-validation
  if (learning.trained === null) return { ...summary, reason: learning.corrections < MIN_CORRECTIONS ? 'too few corrections' : 'not better' };
  if (!learning.noWorse) return { ...summary, reason: 'not better' };
  if (config.triage.localModel?.enabled === false) return { ...summary, reason: 'switched off' };
  if (options.dryRun) return { ...summary, reason: 'dry run' };
  // the same corrections give the same model: no new revision, no audit entry
  if (sameModel(config.triage.localModel?.trained, learning.trained)) return { ...summary, reason: 'unchanged' };
  const note =
    `kommunens egen modell: lärt av ${learning.corrections} rättelser, rätt på rättelserna ${percent(learning.before.both)} → ${percent(learning.after.both)} ` +
    `(korsvaliderat) / local model: learnt from ${learning.corrections} corrections, right on the corrections ${percent(learning.before.both)} → ${percent(learning.after.both)} (cross-validated)`;
  const saved = await store.save(withLocalModel(config, learning.trained), { expectedRevision: stored.revision, by: LEARN_AUTHOR, note });
  return { ...summary, stored: true, revision: saved.revision };
}

/**
 * Learns the mailbox's local model and stores it when it helps (see the module comment). A save
 * that collides with another save starts over once, on top of what was saved.
 */
export async function learnFromCorrections(options: LearnOptions): Promise<LearnSummary> {
  const log = options.log ?? silentLog;
  for (let attempt = 1; ; attempt++) {
    try {
      const summary = await learnOnce(options);
      log.event('learned', {
        corrections: summary.corrections,
        before: summary.before,
        after: summary.after,
        stored: summary.stored,
        ...(summary.reason ? { reason: summary.reason } : {}),
      });
      return summary;
    } catch (error) {
      if (attempt >= 2 || !isConflict(error)) throw error;
    }
  }
}
