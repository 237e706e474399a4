/**
 * UTC offsets of a time zone, fast. temporal-polyfill asks Intl for the offset of every new
 * ZonedDateTime (several microseconds each); deadlines need it for every due time written
 * and every `calendarDays` step. So each zone's offset changes are listed once per UTC year
 * (with Temporal's own `getTimeZoneTransition`, so nothing is assumed about the zone) and
 * looked up from then on.
 */
import { Temporal } from 'temporal-polyfill';
import { civilFromEpochDay, epochDayFromCivil } from './epochDays';

const NS_PER_DAY = 86_400_000_000_000n;
/** Zone-years kept per zone; 1900–2200 is 301. */
const MAX_CACHED_YEARS_PER_ZONE = 1000;

/** The offsets of one zone in one UTC year: the offset at its start and every change within it. */
interface YearOffsets {
  readonly initial: number;
  readonly changes: readonly { readonly atNs: bigint; readonly offset: number }[];
}

const offsetsByZone = new Map<string, Map<number, YearOffsets>>();

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a < 0n && q * b !== a ? q - 1n : q;
}

function yearOffsets(timeZone: string, year: number): YearOffsets {
  let byYear = offsetsByZone.get(timeZone);
  if (!byYear) {
    byYear = new Map();
    offsetsByZone.set(timeZone, byYear);
  }
  const cached = byYear.get(year);
  if (cached) return cached;
  const endNs = BigInt(epochDayFromCivil(year + 1, 1, 1)) * NS_PER_DAY;
  let at = new Temporal.ZonedDateTime(BigInt(epochDayFromCivil(year, 1, 1)) * NS_PER_DAY, timeZone);
  const initial = at.offsetNanoseconds;
  const changes: { atNs: bigint; offset: number }[] = [];
  for (let next = at.getTimeZoneTransition('next'); next !== null && next.epochNanoseconds < endNs; next = at.getTimeZoneTransition('next')) {
    changes.push({ atNs: next.epochNanoseconds, offset: next.offsetNanoseconds });
    at = next;
  }
  const offsets = { initial, changes };
  if (byYear.size >= MAX_CACHED_YEARS_PER_ZONE) byYear.clear();
  byYear.set(year, offsets);
  return offsets;
}

/**
 * The UTC offset of a zone at an instant, in nanoseconds (as `ZonedDateTime.offsetNanoseconds`).
 *
 * @example
 * offsetNanosecondsAt('Europe/Stockholm', Temporal.Instant.from('2026-07-01T12:00Z').epochNanoseconds) //=> 7_200_000_000_000
 */
export function offsetNanosecondsAt(timeZone: string, epochNs: bigint): number {
  const { year } = civilFromEpochDay(Number(floorDiv(epochNs, NS_PER_DAY)));
  const { initial, changes } = yearOffsets(timeZone, year);
  let offset = initial;
  for (const change of changes) {
    if (epochNs < change.atNs) break;
    offset = change.offset;
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
