import { countCorrections, labelledFolders } from '../graph/corrections';
import type { GraphMailbox } from '../graph/mailbox';
import { learnFromCorrections, type LearnConfigStore, type LearnSummary } from './learn';
import { silentLog, type WorkerLog } from './log';

/**
 * The continuous worker learns on a schedule (`svarstid run --learn-every HOURS`): every so often
 * it counts the mailbox's corrections (ids and records only, no bodies) and learns again when at
 * least `minNewCorrections` have come since the model was learnt — or since the last attempt that
 * stored nothing (not better, switched off), so an unchanged mailbox is not read over and over.
 */

export interface LearningOptions {
  graph: GraphMailbox;
  store: LearnConfigStore;
  /** How often to look (ms). */
  everyMs: number;
  /** New corrections needed before learning again (default 10). */
  minNewCorrections?: number;
  log?: WorkerLog;
  /** Whether to look at all now (the continuous worker: only while it holds the mailbox). */
  when?: () => boolean;
}

/** Corrections needed since the last learning before the worker learns again. */
export const DEFAULT_MIN_NEW_CORRECTIONS = 10;

/** What one look found and did. */
export type LearningCheck = { learnt: LearnSummary } | { skipped: 'no configuration' | 'switched off' | 'too few new corrections'; manual: number };

/** The state between looks: how many corrections the last attempt saw. */
export class LearningTrigger {
  private lastAttempt = -1;

  constructor(private readonly options: Omit<LearningOptions, 'everyMs' | 'when'>) {}

  /** Counts the corrections and learns when enough are new. */
  async check(): Promise<LearningCheck> {
    const { graph, store } = this.options;
    const stored = await store.read();
    if (!stored) return { skipped: 'no configuration', manual: 0 };
    const local = stored.config.triage.localModel;
    if (local?.enabled === false) return { skipped: 'switched off', manual: 0 };
    const folders = await labelledFolders(
      graph,
      stored.config.departments.filter((d) => d.routing.actions.includes('move') && d.routing.folder).map((d) => d.routing.folder!),
    );
    const { manual } = await countCorrections(graph, folders);
    const since = Math.max(local?.trained?.corrections ?? 0, this.lastAttempt);
    if (manual - since < (this.options.minNewCorrections ?? DEFAULT_MIN_NEW_CORRECTIONS)) return { skipped: 'too few new corrections', manual };
    this.lastAttempt = manual;
    return { learnt: await learnFromCorrections({ graph, store, ...(this.options.log ? { log: this.options.log } : {}) }) };
  }
}

/** A running schedule. */
export interface LearningSchedule {
  /** Looks now (also what the timer does). */
  check(): Promise<LearningCheck | null>;
  /** Stops the timer and waits for a look in progress. */
  stop(): Promise<void>;
}

/** Starts looking every `everyMs`; a failed look is logged and retried at the next tick. */
export function scheduleLearning(options: LearningOptions): LearningSchedule {
  const log = options.log ?? silentLog;
  const trigger = new LearningTrigger(options);
  let running: Promise<LearningCheck | null> | null = null;
  let stopped = false;
  const check = (): Promise<LearningCheck | null> => {
    if (stopped || (options.when && !options.when())) return Promise.resolve(null);
    running ??= trigger
      .check()
      .catch((error: unknown) => {
        log.event('error', { operation: 'learn', error: error instanceof Error ? error.name : 'error' });
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void check(), options.everyMs);
  timer.unref();
  return {
    check,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
