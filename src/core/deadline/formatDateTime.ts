/**
 * Date-time text at the edges: Graph's `receivedDateTime` in, ISO 8601 with the local
 * offset out (SPEC §8).
 */
import { Temporal } from 'temporal-polyfill';
import { civilFromEpochDay } from '../calendar/epochDays';
import { offsetNanosecondsAt, splitLocalNanoseconds } from '../calendar/zoneOffsets';

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `+01:00` (whole minutes only). */
function formatOffset(offsetNs: number): string {
  const totalMinutes = Math.abs(offsetNs) / 60e9;
  return `${offsetNs < 0 ? '-' : '+'}${pad(Math.floor(totalMinutes / 60), 2)}:${pad(totalMinutes % 60, 2)}`;
}

/**
 * @summary Writes a zoned date-time as ISO 8601 with its offset.
 *
 * A zoned date-time as ISO 8601 with its UTC offset and no bracketed zone: seconds always,
 * fractional seconds only when non-zero (trailing zeros trimmed).
 *
 * @example
 * formatOffsetDateTime(Temporal.ZonedDateTime.from('2026-11-24T15:30[Europe/Stockholm]'))
 * //=> '2026-11-24T15:30:00+01:00'
 */
export function formatOffsetDateTime(z: Temporal.ZonedDateTime): string {
  // The offset comes from a per-hour cache: asking the ZonedDateTime costs a time-zone lookup each time.
  const offsetNs = offsetNanosecondsAt(z.timeZoneId, z.epochNanoseconds);
  // Offsets that are not whole minutes exist only in old local mean times (Stockholm until
  // 1900); ISO 8601 offsets have no seconds, so write those as Temporal does (offset rounded).
  if (offsetNs % 60e9 !== 0) return z.toString({ timeZoneName: 'never', calendarName: 'never' });
  const { epochDay, nsOfDay } = splitLocalNanoseconds(z.epochNanoseconds + BigInt(offsetNs));
  const { year, month, day } = civilFromEpochDay(epochDay);
  const secondOfDay = Math.floor(nsOfDay / 1e9);
  const subSecondNs = nsOfDay - secondOfDay * 1e9;
  const yearText = year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
  const fraction = subSecondNs === 0 ? '' : `.${pad(subSecondNs, 9).replace(/0+$/, '')}`;
  const time = `${pad(Math.floor(secondOfDay / 3600), 2)}:${pad(Math.floor((secondOfDay % 3600) / 60), 2)}:${pad(secondOfDay % 60, 2)}`;
  return `${yearText}-${pad(month, 2)}-${pad(day, 2)}T${time}${fraction}${formatOffset(offsetNs)}`;
}

/** A date and a time of day with no offset: Graph's `receivedDateTime` without its `Z`. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?$/;

/**
 * @summary Reads a receipt time such as Graph's `receivedDateTime`.
 *
 * Reads a receipt time. ISO 8601 with `Z` or an offset is taken as written; a date-time
 * without an offset is read as UTC, which is what Microsoft Graph means by it.
 *
 * @param text - e.g. `2026-11-20T14:30:00Z`, `2026-11-20T15:30:00+01:00` or `2026-11-20T14:30:00`
 * @returns the instant
 * @throws Error naming the value when it is not such a date-time
 * @example
 * parseReceived('2026-11-20T15:30:00+01:00').toString() //=> '2026-11-20T14:30:00Z'
 * parseReceived('2026-11-20T14:30:00').toString()        //=> '2026-11-20T14:30:00Z'
 */
export function parseReceived(text: string): Temporal.Instant {
  // (assessing a message reads its receipt time three times: the last one read is kept — an Instant never changes)
  if (lastReceived !== null && text === lastReceived.text) return lastReceived.instant;
  const instant = readReceived(text);
  lastReceived = { text, instant };
  return instant;
}

/** The receipt time {@link parseReceived} read last, and its text. */
let lastReceived: { text: string; instant: Temporal.Instant } | null = null;

function readReceived(text: string): Temporal.Instant {
  if (typeof text !== 'string') {
    const got = JSON.stringify(text) ?? String(text);
    throw new Error(
      `mottagningstiden måste vara en tidpunkt i ISO 8601 inom citattecken; fick ${got} / received time must be an ISO 8601 date-time string; got ${got}`,
    );
  }
  const trimmed = text.trim();
  try {
    if (LOCAL_DATE_TIME.test(trimmed)) {
      return Temporal.PlainDateTime.from(trimmed).toZonedDateTime('UTC').toInstant();
    }
    return Temporal.Instant.from(trimmed);
  } catch {
    throw new Error(
      `mottagningstiden ${JSON.stringify(text)} är ingen tidpunkt i ISO 8601 (till exempel 2026-11-20T14:30:00Z eller 2026-11-20T15:30:00+01:00) / ` +
        `received time ${JSON.stringify(text)} is not an ISO 8601 date-time (expected e.g. 2026-11-20T14:30:00Z or 2026-11-20T15:30:00+01:00)`,
    );
  }
}
