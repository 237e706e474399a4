import type { SvarstidConfig } from '../core/config/schema';
import type { GraphMailbox } from '../graph/mailbox';
import type { Assessor } from './labeller';
import type { WorkerLog } from './log';
import { MailboxWorker, type Progress, type RunSummary } from './mailboxWorker';
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
}

/** Passes over sent items that may be needed to settle forwards whose outcome was unknown. */
const RECONCILE_PASSES = 3;

/**
 * Processes the backlog once: master categories, sent items (answers), every inbox message,
 * then routing left over from earlier runs. Labels are idempotent, so the inbox is always read
 * in full (a config change or a lost state cannot leave a message behind).
 */
export async function runOnce(options: RunOnceOptions): Promise<RunSummary> {
  if (options.statePath) await cleanStaleTemps(options.statePath);
  const state = options.statePath ? loadState(options.statePath, options.graph.mailbox) : undefined;
  const worker = new MailboxWorker({ ...options, ...(state ? { state } : {}) });
  try {
    await worker.prepare();
    await worker.syncSent('full');
    await worker.syncInbox('full');
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
    worker.persist();
  }
  return worker.summary();
}
