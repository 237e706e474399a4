import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { Temporal } from 'temporal-polyfill';
import { buildQueue, statusClock, type QueueRow, type StatusClock } from '../../core/dashboard';
import type { LiveIndex, LiveSnapshot } from './session';

/** How often statuses are placed again as time passes (a message becomes overdue without any change in the mailbox). */
const CLOCK_TICK_MS = 30_000;

/** The moment the views are drawn for, moving every half minute. */
export function useClock(timeZone: string): StatusClock {
  const [now, setNow] = useState(() => Temporal.Now.instant());
  useEffect(() => {
    const id = setInterval(() => setNow(Temporal.Now.instant()), CLOCK_TICK_MS);
    return () => clearInterval(id);
  }, []);
  return useMemo(() => statusClock(now, timeZone), [now, timeZone]);
}

/** The live index as React reads it, and the open queue over it (recomputed on a change or a clock tick). */
export function useLiveQueue(live: LiveIndex, clock: StatusClock): { snapshot: LiveSnapshot; rows: QueueRow[] } {
  const snapshot = useSyncExternalStore(live.subscribe, live.getSnapshot);
  const rows = useMemo(() => buildQueue(snapshot.index.all(), clock), [snapshot, clock]);
  return { snapshot, rows };
}
