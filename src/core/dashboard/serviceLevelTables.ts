import { Temporal } from 'temporal-polyfill';
import type { SvarstidConfig } from '../config/schema';
import { inTimeShare, isoWeekKey, serviceLevel, type Outcome, type ServiceLevelItem, type ServiceLevelRow } from '../serviceLevel';
import type { IndexedMessage } from './messageIndex';

/**
 * The service level a nämnd asks for (issue 8): per week, department and channel over the last
 * twelve weeks, per nämnd for the yearly follow-up, with the median time to answer and both
 * acknowledgement figures ("notice or answer in time", "answered by the promised time") from
 * src/core/serviceLevel.ts.
 */

/** How many weeks the tab reads and reports. */
export const SERVICE_LEVEL_WEEKS = 12;

/** The first moment of the window: Monday 00:00 of the week eleven weeks before this one. */
export function windowStart(now: Temporal.Instant, timeZone = 'Europe/Stockholm', weeks = SERVICE_LEVEL_WEEKS): Temporal.Instant {
  const today = now.toZonedDateTimeISO(timeZone).toPlainDate();
  const monday = today.subtract({ days: today.dayOfWeek - 1 }).subtract({ weeks: weeks - 1 });
  return monday.toZonedDateTime({ timeZone }).toInstant();
}

/** The week keys of the window, oldest first (`2026-W38` … `2026-W49`). */
export function windowWeeks(now: Temporal.Instant, timeZone = 'Europe/Stockholm', weeks = SERVICE_LEVEL_WEEKS): string[] {
  const start = windowStart(now, timeZone, weeks).toZonedDateTimeISO(timeZone);
  return Array.from({ length: weeks }, (_, i) => isoWeekKey(start.add({ weeks: i }).toInstant().toString(), timeZone));
}

/** A service-level row with the median time to answer of its messages. */
export interface ServiceLevelFigures extends ServiceLevelRow {
  /** Median of answeredAt − receipt over the answered messages, ms; null when none is answered. */
  medianAnswerMs: number | null;
  /** Answered messages. */
  answered: number;
}

const zero = (): Record<Outcome, number> => ({ met: 0, late: 0, open: 0, overdue: 0 });

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/** Median time to answer over messages (calendar time from receipt to the first answer). */
export function medianAnswerMs(messages: readonly Pick<IndexedMessage, 'record' | 'receivedMs'>[]): number | null {
  const times: number[] = [];
  for (const m of messages) {
    if (m.record.answeredAt === null) continue;
    const t = Date.parse(m.record.answeredAt) - m.receivedMs;
    if (Number.isFinite(t) && t >= 0) times.push(t);
  }
  return median(times);
}

function withMedians(rows: ServiceLevelRow[], members: Map<string, IndexedMessage[]>): ServiceLevelFigures[] {
  return rows.map((row) => {
    const list = members.get(row.key) ?? [];
    return { ...row, medianAnswerMs: medianAnswerMs(list), answered: list.filter((m) => m.record.answeredAt !== null).length };
  });
}

function items(messages: readonly IndexedMessage[]): ServiceLevelItem[] {
  return messages.map((m) => ({ record: m.record, received: m.received }));
}

function emptyRow(key: string): ServiceLevelFigures {
  return { key, messages: 0, due: zero(), confirmed: zero(), promise: zero(), medianAnswerMs: null, answered: 0 };
}

/** Week keys of messages, computed once per quarter hour of receipt (Temporal is slow; ten thousand messages share far fewer quarters). */
function weekKeyer(timeZone: string): (m: IndexedMessage) => string {
  const cache = new Map<number, string>();
  return (m) => {
    // Every zone's offset is a multiple of 15 minutes, so local midnight (where weeks change) starts a quarter.
    const hour = Math.floor(m.receivedMs / 900_000);
    let key = cache.get(hour);
    if (key === undefined) {
      key = isoWeekKey(m.received, timeZone);
      cache.set(hour, key);
    }
    return key;
  };
}

function groupBy(messages: readonly IndexedMessage[], keyOf: (m: IndexedMessage) => string): Map<string, IndexedMessage[]> {
  const out = new Map<string, IndexedMessage[]>();
  for (const m of messages) {
    const k = keyOf(m);
    const list = out.get(k);
    if (list) list.push(m);
    else out.set(k, [m]);
  }
  return out;
}

/** Rows for groups computed from the members of each group. */
function rowsFor(groups: Map<string, IndexedMessage[]>, now: Temporal.Instant, timeZone: string): ServiceLevelFigures[] {
  const out: ServiceLevelFigures[] = [];
  for (const [key, members] of groups) {
    // serviceLevel groups by channel here only to get one row per call: every member has the same key.
    const rows = serviceLevel(items(members), now, 'channel', timeZone);
    const sum = emptyRow(key);
    for (const r of rows) {
      sum.messages += r.messages;
      for (const o of Object.keys(sum.due) as Outcome[]) {
        sum.due[o] += r.due[o];
        sum.confirmed[o] += r.confirmed[o];
        sum.promise[o] += r.promise[o];
      }
    }
    out.push(...withMedians([sum], new Map([[key, members]])));
  }
  return out;
}

/** Per week of receipt, every week of the window (weeks without mail give empty rows). */
export function serviceLevelByWeek(messages: readonly IndexedMessage[], now: Temporal.Instant, timeZone = 'Europe/Stockholm'): ServiceLevelFigures[] {
  const weeks = windowWeeks(now, timeZone);
  const rows = new Map(rowsFor(groupBy(messages, weekKeyer(timeZone)), now, timeZone).map((r) => [r.key, r]));
  return weeks.map((w) => rows.get(w) ?? emptyRow(w));
}

/** Per department, the configured order first. */
export function serviceLevelByDepartment(messages: readonly IndexedMessage[], now: Temporal.Instant, order: readonly string[], timeZone = 'Europe/Stockholm'): ServiceLevelFigures[] {
  const rows = new Map(rowsFor(groupBy(messages, (m) => m.record.department), now, timeZone).map((r) => [r.key, r]));
  const out = order.map((d) => rows.get(d) ?? emptyRow(d));
  for (const [k, r] of rows) if (!order.includes(k)) out.push(r);
  return out;
}

/** Per channel, in the vocabulary's order; channels without mail left out. */
export function serviceLevelByChannel(messages: readonly IndexedMessage[], now: Temporal.Instant, channels: readonly string[], timeZone = 'Europe/Stockholm'): ServiceLevelFigures[] {
  const rows = new Map(rowsFor(groupBy(messages, (m) => m.record.channel), now, timeZone).map((r) => [r.key, r]));
  return channels.filter((c) => rows.has(c)).map((c) => rows.get(c)!);
}

/** The nämnd a department reports to (its `committee`), or the department's own name without one. */
export function committeeOf(config: Pick<SvarstidConfig, 'departments'>, department: string): string {
  const d = config.departments.find((x) => x.id === department);
  return d?.committee ?? d?.name ?? department;
}

/** Per nämnd and week: the table the yearly follow-up asks for (rows: nämnd, then week; plus a total per nämnd under key `''`). */
export function serviceLevelByCommittee(
  messages: readonly IndexedMessage[],
  now: Temporal.Instant,
  config: Pick<SvarstidConfig, 'departments'>,
  timeZone = 'Europe/Stockholm',
): { committee: string; total: ServiceLevelFigures; weeks: ServiceLevelFigures[] }[] {
  const byCommittee = groupBy(messages, (m) => committeeOf(config, m.record.department));
  const order = [...new Set([...config.departments.map((d) => committeeOf(config, d.id)), ...byCommittee.keys()])];
  return order.map((committee) => {
    const members = byCommittee.get(committee) ?? [];
    const total = rowsFor(new Map([[committee, members]]), now, timeZone)[0] ?? emptyRow(committee);
    return { committee, total, weeks: serviceLevelByWeek(members, now, timeZone) };
  });
}

/** The three shares of a row: due met, notice or answer in time, answered by the promised time (null: nothing decided). */
export function sharesOf(row: ServiceLevelRow): { due: number | null; confirmed: number | null; promise: number | null } {
  return { due: inTimeShare(row.due), confirmed: inTimeShare(row.confirmed), promise: inTimeShare(row.promise) };
}
