/**
 * UTC offsets of a time zone, fast. temporal-polyfill asks Intl for the offset of every new
 * ZonedDateTime (several microseconds each); deadlines need it for every due time written
 * and every `calendarDays` step, so offsets are remembered per zone and UTC hour.
 */
import { Temporal } from 'temporal-polyfill';

const NS_PER_HOUR = 3_600_000_000_000n;
const NS_PER_DAY = 86_400_000_000_000n;
const MAX_CACHED_HOURS = 50_000;

/** Offsets by zone and UTC hour, for hours that hold no offset change. */
const offsetByHour = new Map<string, number>();

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a < 0n && q * b !== a ? q - 1n : q;
}

/**
 * The UTC offset of a zone at an instant, in nanoseconds. An hour is cached only when its
 * first and last nanosecond share one offset, i.e. when it holds no transition (no zone
 * changes its offset twice within an hour).
 *
 * @example
 * offsetNanosecondsAt('Europe/Stockholm', Temporal.Instant.from('2026-07-01T12:00Z').epochNanoseconds) //=> 7_200_000_000_000
 */
export function offsetNanosecondsAt(timeZone: string, epochNs: bigint): number {
  const hour = floorDiv(epochNs, NS_PER_HOUR);
  const key = `${timeZone}|${hour}`;
  const cached = offsetByHour.get(key);
  if (cached !== undefined) return cached;
  const offset = new Temporal.ZonedDateTime(epochNs, timeZone).offsetNanoseconds;
  const first = new Temporal.ZonedDateTime(hour * NS_PER_HOUR, timeZone).offsetNanoseconds;
  const last = new Temporal.ZonedDateTime((hour + 1n) * NS_PER_HOUR - 1n, timeZone).offsetNanoseconds;
  if (first === offset && last === offset) {
    if (offsetByHour.size >= MAX_CACHED_HOURS) offsetByHour.clear();
    offsetByHour.set(key, offset);
  }
  return offset;
}

/**
 * Wall-clock time as "local epoch nanoseconds": nanoseconds since 1970-01-01T00:00 on the
 * zone's clock. Adding n × 24 h to it is adding n calendar days to the wall clock.
 */
export function localNanoseconds(timeZone: string, epochNs: bigint): bigint {
  return epochNs + BigInt(offsetNanosecondsAt(timeZone, epochNs));
}

/**
 * The instant of a wall-clock time, with Temporal's 'compatible' disambiguation: a time
 * repeated by a backward change takes the earlier instant, a time skipped by a forward
 * change moves later by the length of the gap. Assumes, as every real zone allows, at most
 * one offset change within a day either side.
 */
export function epochNanosecondsOfLocal(timeZone: string, localNs: bigint): bigint {
  const before = BigInt(offsetNanosecondsAt(timeZone, localNs - NS_PER_DAY));
  const after = BigInt(offsetNanosecondsAt(timeZone, localNs + NS_PER_DAY));
  const withBefore = localNs - before;
  if (BigInt(offsetNanosecondsAt(timeZone, withBefore)) === before) return withBefore; // earlier of two, or the only one
  const withAfter = localNs - after;
  if (BigInt(offsetNanosecondsAt(timeZone, withAfter)) === after) return withAfter;
  // In a gap: keep the offset from before the change, which lands after the gap.
  return withBefore;
}

/** Splits local epoch nanoseconds into a day index (days since 1970-01-01) and nanoseconds of that day. */
export function splitLocalNanoseconds(localNs: bigint): { epochDay: number; nsOfDay: number } {
  const day = floorDiv(localNs, NS_PER_DAY);
  return { epochDay: Number(day), nsOfDay: Number(localNs - day * NS_PER_DAY) };
}
