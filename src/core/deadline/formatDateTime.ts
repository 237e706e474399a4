/**
 * Date-time text at the edges: Graph's `receivedDateTime` in, ISO 8601 with the local
 * offset out (SPEC §8).
 */
import { Temporal } from 'temporal-polyfill';

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * A zoned date-time as ISO 8601 with its UTC offset and no bracketed zone: seconds always,
 * fractional seconds only when non-zero (trailing zeros trimmed).
 *
 * @example
 * formatOffsetDateTime(Temporal.ZonedDateTime.from('2026-11-24T15:30[Europe/Stockholm]'))
 * //=> '2026-11-24T15:30:00+01:00'
 */
export function formatOffsetDateTime(z: Temporal.ZonedDateTime): string {
  // One PlainDateTime conversion instead of a time-zone lookup per field getter.
  const t = z.toPlainDateTime();
  const year = t.year >= 0 && t.year <= 9999 ? pad(t.year, 4) : `${t.year < 0 ? '-' : '+'}${pad(Math.abs(t.year), 6)}`;
  const subSecondNs = t.millisecond * 1_000_000 + t.microsecond * 1_000 + t.nanosecond;
  const fraction = subSecondNs === 0 ? '' : `.${pad(subSecondNs, 9).replace(/0+$/, '')}`;
  return `${year}-${pad(t.month, 2)}-${pad(t.day, 2)}T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}${fraction}${z.offset}`;
}

/** A date and a time of day with no offset: Graph's `receivedDateTime` without its `Z`. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?$/;

/**
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
  if (typeof text !== 'string') {
    throw new Error(`received time must be an ISO 8601 date-time string; got ${JSON.stringify(text) ?? String(text)}`);
  }
  const trimmed = text.trim();
  try {
    if (LOCAL_DATE_TIME.test(trimmed)) {
      return Temporal.PlainDateTime.from(trimmed).toZonedDateTime('UTC').toInstant();
    }
    return Temporal.Instant.from(trimmed);
  } catch {
    throw new Error(
      `received time ${JSON.stringify(text)} is not an ISO 8601 date-time (expected e.g. 2026-11-20T14:30:00Z or 2026-11-20T15:30:00+01:00)`,
    );
  }
}
