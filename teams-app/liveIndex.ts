import { MessageIndex } from '../src/core/dashboard/messageIndex';
import { DashboardSync, FILTERED_DELTA_CAP, type FolderChanges, type GraphMailbox } from '../src/graph';
import type { LiveIndex, LiveSnapshot } from '../src/ui/teams/session';
import { describeError } from '../src/ui/describeError';

/**
 * The tab's one in-memory index, kept in step with the mailbox by delta polling through
 * src/graph: the first round reads the window once, every later round asks each folder only for
 * what changed since its deltaLink. Polling pauses while the tab is hidden.
 */
export interface RunningLiveIndex extends LiveIndex {
  stop(): void;
}

/** Marks the bench reads (performance.getEntriesByName). */
export const GRAPH_READ_MARK = 'svarstid:graph-read';

export function startLiveIndex(graph: GraphMailbox, options: { since: string; pollMs: number }): RunningLiveIndex {
  const index = new MessageIndex();
  const sync = new DashboardSync(graph, options.since);
  const listeners = new Set<() => void>();
  let snapshot: LiveSnapshot = { index, version: 0, loading: true, error: null, syncedAt: null, capped: [] };
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const publish = (patch: Partial<LiveSnapshot>): void => {
    snapshot = { ...snapshot, ...patch, version: index.version };
    for (const l of listeners) l();
  };

  const apply = (changes: FolderChanges): void => {
    if (changes.restarted) index.removeFolder(changes.folder);
    for (const m of changes.upserted) index.upsert(m);
    for (const id of changes.removed) index.remove(id, changes.folder);
    if (changes.restarted) {
      const others = snapshot.capped.filter((name) => name !== changes.name);
      const capped = changes.returned >= FILTERED_DELTA_CAP ? [...others, changes.name] : others;
      if (capped.length !== snapshot.capped.length) snapshot = { ...snapshot, capped };
    }
  };

  const round = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      const first = snapshot.loading;
      const before = index.version;
      try {
        await sync.sync(apply);
        if (first) performance.mark(GRAPH_READ_MARK);
        if (first || index.version !== before || snapshot.error !== null) publish({ loading: false, error: null, syncedAt: Date.now() });
        else snapshot = { ...snapshot, syncedAt: Date.now() };
      } catch (error) {
        const why = describeError(error);
        publish({
          loading: false,
          error: { sv: `Brevlådan kunde inte läsas just nu; Svarstid försöker igen. (${why.sv})`, en: `The mailbox could not be read just now; Svarstid tries again. (${why.en})` },
        });
      } finally {
        running = null;
      }
      if (again) {
        again = false;
        await round();
      }
    })();
    return running;
  };

  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
      (hidden ? Promise.resolve() : round()).finally(schedule);
    }, options.pollMs);
  };

  void round().finally(schedule);
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    refresh: () => void round(),
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
