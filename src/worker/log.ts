/**
 * The worker's log: one JSON object per line. Only ids, rule ids, decisions, timings and error
 * codes — never subjects, bodies, names or addresses (SECURITY rule 6). Callers pass fields of
 * those kinds only; {@link WorkerLog.event} has no place for free text from mail.
 */
export type LogValue = string | number | boolean | null | string[];

export interface WorkerLog {
  /** A structured event, e.g. `route`, `error`, `subscription`. */
  event(name: string, fields: Record<string, LogValue>): void;
}

/** Writes events as JSON lines to a stream (stderr by default). */
export function jsonLineLog(write: (line: string) => void = (l) => process.stderr.write(l)): WorkerLog {
  return {
    event(name, fields) {
      write(`${JSON.stringify({ time: new Date().toISOString(), event: name, ...fields })}\n`);
    },
  };
}

/** Discards events (tests, benches). */
export const silentLog: WorkerLog = { event: () => undefined };

/** Collects events in memory (tests). */
export function memoryLog(): WorkerLog & { events: ({ event: string } & Record<string, LogValue>)[] } {
  const events: ({ event: string } & Record<string, LogValue>)[] = [];
  return { events, event: (name, fields) => events.push({ event: name, ...fields }) };
}
