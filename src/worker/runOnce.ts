import type { SvarstidConfig } from '../core/config/schema';
import { describeGraphFailure } from '../graph/errors';
import type { GraphMailbox } from '../graph/mailbox';
import type { Assessor } from './labeller';
import { LeaseKeeper, type LeaseKeeperOptions } from './leaseKeeper';
import { silentLog, type WorkerLog } from './log';
import { MailboxWorker, type PlannedWrite, type Progress, type RunSummary } from './mailboxWorker';
import { mismatchWarning, municipalityMismatch } from './municipality';
import { cleanStaleTemps, loadState } from './state';

export interface RunOnceOptions {
  graph: GraphMailbox;
  config: SvarstidConfig;
  assess?: Assessor;
  /** State file: routing in progress survives a crash; without it nothing is persisted. */
  statePath?: string | null;
  log?: WorkerLog;
  decisions?: WorkerLog;
  onProgress?: (progress: Progress) => void;
  /** Only messages received at or after this instant (ISO) are labelled. */
  since?: string;
  /** Decide but write nothing; planned writes go to `onPlanned`. No lease is taken. */
  dryRun?: boolean;
  onPlanned?: (planned: PlannedWrite) => void;
  /** Category names of earlier stored configurations (renamed ones are replaced on open messages). */
  formerCategories?: readonly string[];
  /**
   * The mailbox lease, so two workers never write at once (default on). `waitMs`: how long a
   * single pass waits for another worker's lease (default 5 minutes: long enough for the lease
   * of a crashed worker to run out).
   */
  lease?: false | (Omit<LeaseKeeperOptions, 'graph' | 'log'> & { waitMs?: number });
}

/** Passes over sent items that may be needed to settle forwards whose outcome was unknown. */
const RECONCILE_PASSES = 3;

/**
 * Processes the backlog once: master categories, sent items (answers), every message of the
 * watched folders (a full pass with list queries), then routing left over from earlier runs.
 * Labels are idempotent, so the folders are always read in full (a config change or a lost
 * state cannot leave a message behind). Writes only while holding the mailbox lease.
 */
export async function runOnce(options: RunOnceOptions): Promise<RunSummary> {
  const log = options.log ?? silentLog;
  if (options.statePath && !options.dryRun) await cleanStaleTemps(options.statePath);
  const state = options.statePath ? loadState(options.statePath, options.graph.mailbox) : undefined;
  const mismatch = municipalityMismatch(options.config, options.graph.mailbox);
  if (mismatch) log.event('warning', mismatchWarning(mismatch));
  const keeper = options.dryRun || options.lease === false ? null : new LeaseKeeper({ graph: options.graph, log, ...(state?.leaseHolder ? { holder: state.leaseHolder } : {}), ...(options.lease ?? {}) });
  const worker = new MailboxWorker({ ...options, ...(state ? { state } : {}), ...(keeper ? { canWrite: () => keeper.held } : {}) });
  if (keeper) worker.state.leaseHolder = keeper.lease.holder;
  try {
    if (keeper) {
      const waitMs = (options.lease ? options.lease.waitMs : undefined) ?? 5 * 60_000;
      if (!(await keeper.acquire({ waitMs }))) {
        log.event('error', { operation: 'lease', detail: 'another worker holds this mailbox; nothing was written' });
        worker.failPass('lease', new Error('lease held by another worker'));
        return worker.summary();
      }
      keeper.startRenewing(() => undefined);
    }
    await worker.prepare();
    // Sent items are listed once; their change delta starts only if uncertain forwards need a second look.
    await worker.syncSent('full', { changeDetection: false });
    await worker.fullPass();
    await worker.resumeRouting();
    for (let pass = 0; pass < RECONCILE_PASSES && worker.hasUncertainRouting(); pass++) {
      await worker.syncSent('resume');
      await worker.resumeRouting(true);
    }
    worker.countUnsettledRouting();
    worker.markAnswersApplied();
  } catch (error) {
    // A pass that cannot go on (retry budget spent, permissions): what was written stays written,
    // the rest is left for the next run, and the summary says so.
    worker.failPass('run', error);
    log.event('cause', { sv: describeGraphFailure(error).sv, en: describeGraphFailure(error).en });
    worker.persist();
  } finally {
    await keeper?.release();
  }
  return worker.summary();
}
