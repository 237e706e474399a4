/**
 * Acknowledgements in the record (SPEC §6): which replies in a conversation answered and which
 * only promised, and the record fields that follow — `acknowledgedAt`, `promised` and the
 * history `acks`. Derived afresh on every pass from the sent items, merged with the history the
 * record already holds (a person's corrections, acknowledgements whose sent item is gone), so
 * labelling stays idempotent.
 */
import { RECORD_MAX_LENGTH, RECORD_PROPERTY_ID, flagFor, serializeRecord, toStockholmIso, type AckEntry, type HoldingReply, type SvarstidRecord } from '../record';
import type { FollowupFlag } from '@microsoft/microsoft-graph-types';
import type { AckSource } from './recogniseReply';

/** A reply sent from the shared mailbox in the conversation after the message was received. */
export interface SentReply {
  /** When it was sent (ISO 8601). */
  at: string;
  /**
   * Null for an answer; the promise for an acknowledgement; `promised: null` for a holding reply
   * ("vi återkommer" with no date), which answers nothing and promises nothing.
   */
  ack: { promised: string | null; by: AckSource; why: string } | null;
}

/** An acknowledgement (or, with `promised: null`, a holding reply) sent before the message was answered. */
export interface AckEvent {
  at: string;
  promised: string | null;
  by: AckSource;
  why: string;
}

/**
 * At most this many acknowledgements are kept in a record: the first and the latest ones. The
 * record's length limit usually cuts a long history further ({@link fitRecord}).
 */
export const MAX_ACK_HISTORY = 5;
/** The `why` of a history entry is at most this long. */
const MAX_WHY = 60;

/**
 * Splits the replies sent after receipt into the first answer and the acknowledgements (and
 * holding replies) before it (acknowledgements after the answer do not reopen the message). Graph gives send times in
 * whole seconds: an acknowledgement in the same second as the answer counts as before it.
 */
export function splitReplies(replies: readonly SentReply[]): { answeredAt: string | null; acks: AckEvent[] } {
  let answeredMs = Infinity;
  let answeredAt: string | null = null;
  for (const r of replies) {
    const ms = Date.parse(r.at);
    if (r.ack === null && ms < answeredMs) {
      answeredMs = ms;
      answeredAt = r.at;
    }
  }
  const acks = replies
    .filter((r): r is SentReply & { ack: NonNullable<SentReply['ack']> } => r.ack !== null && Date.parse(r.at) <= answeredMs)
    .map((r) => ({ at: r.at, promised: r.ack.promised, by: r.ack.by, why: r.ack.why }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { answeredAt, acks };
}

const instant = (iso: string): number => Date.parse(iso);

function shortWhy(text: string): string | undefined {
  const why = text.trim();
  if (why.length === 0) return undefined;
  return why.length > MAX_WHY ? `${why.slice(0, MAX_WHY - 1)}…` : why;
}

function entryOf(event: AckEvent & { promised: string }, timeZone: string): AckEntry {
  const entry: AckEntry = { at: toStockholmIso(event.at, timeZone), p: toStockholmIso(event.promised, timeZone), by: event.by };
  const why = shortWhy(event.why);
  if (why !== undefined) entry.why = why;
  return entry;
}

/** The latest holding reply before the answer, of those found now and the one the record held. */
function latestHolding(events: readonly AckEvent[], previous: SvarstidRecord | null, answeredMs: number, timeZone: string): HoldingReply | null {
  let latest: HoldingReply | null = null;
  const consider = (h: HoldingReply): void => {
    if (instant(h.at) > answeredMs) return;
    if (latest === null || instant(h.at) > instant(latest.at) || (instant(h.at) === instant(latest.at) && (h.why ?? '') > (latest.why ?? ''))) latest = h;
  };
  if (previous?.holding) consider(previous.holding);
  for (const e of events) {
    if (e.promised !== null) continue;
    const why = shortWhy(e.why);
    consider({ at: toStockholmIso(e.at, timeZone), ...(why !== undefined ? { why } : {}) });
  }
  return latest;
}

/**
 * Keeps a record within {@link RECORD_MAX_LENGTH} characters however many acknowledgements it
 * has seen, by shortening only the history (never `acknowledgedAt`, `promised` or the labels), in
 * a fixed order, so the same history always gives the same record: first the words (`why`) of
 * the older entries, then the holding reply's words, then the entries between the first and the
 * newest (oldest first), then the newest entry's words, then the first entry; the newest entry
 * stays while anything does. Only when even that does not fit do `acks` and then `holding` go.
 */
export function fitRecord(record: SvarstidRecord): SvarstidRecord {
  const fits = (r: SvarstidRecord): boolean => JSON.stringify(r).length <= RECORD_MAX_LENGTH;
  if (fits(record)) return record;
  const out: SvarstidRecord = { ...record, ...(record.acks ? { acks: record.acks.map((e) => ({ ...e })) } : {}), ...(record.holding ? { holding: { ...record.holding } } : {}) };
  const acks = out.acks ?? [];
  for (let i = 0; i < acks.length - 1 && !fits(out); i++) delete acks[i]!.why;
  if (!fits(out) && out.holding) delete out.holding.why;
  while (!fits(out) && acks.length > 2) acks.splice(1, 1);
  if (!fits(out) && acks.length > 0) delete acks[acks.length - 1]!.why;
  if (!fits(out) && acks.length > 1) acks.splice(0, 1);
  if (!fits(out)) delete out.acks;
  if (!fits(out)) delete out.holding;
  return out;
}

/**
 * The record with its acknowledgement fields brought up to date:
 * - history = the acknowledgements found in sent items now, plus the entries the record held
 *   (a person's `manual` dates always; earlier acknowledgements whose sent item is no longer
 *   read), without acknowledgements after the answer; in time order; the first and the
 *   latest {@link MAX_ACK_HISTORY} − 1 kept;
 * - `promised` = the latest entry's date (a later acknowledgement replaces the promise, and so
 *   does a person's correction after it); a `promised` the record held without any history is kept;
 *   never for a report of concern, whose own time stays in force;
 * - `acknowledgedAt` = the first acknowledgement's send time.
 * Fields are left out when empty, so a record without acknowledgements is unchanged.
 */
export function withAcknowledgements(
  record: SvarstidRecord,
  acks: readonly AckEvent[],
  previous: SvarstidRecord | null,
  timeZone = 'Europe/Stockholm',
): SvarstidRecord {
  const byKey = new Map<string, AckEntry>();
  // A sent acknowledgement is one send time and one promise (two can share a second).
  const key = (e: AckEntry): string => `${e.by === 'manual' ? 'manual' : 'sent'}|${instant(e.at)}|${instant(e.p)}`;
  for (const e of previous?.acks ?? []) byKey.set(key(e), e);
  for (const event of acks) {
    if (event.promised === null) continue;
    const e = entryOf({ ...event, promised: event.promised }, timeZone);
    byKey.set(key(e), e);
  }
  const answeredMs = record.answeredAt === null ? Infinity : instant(record.answeredAt);
  let history = [...byKey.values()]
    .filter((e) => e.by === 'manual' || instant(e.at) <= answeredMs)
    // a total order (sent in the same second: the later promise last), so reading order never matters
    .sort((a, b) => instant(a.at) - instant(b.at) || (a.by === 'manual' ? 1 : 0) - (b.by === 'manual' ? 1 : 0) || instant(a.p) - instant(b.p) || (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
  if (history.length > MAX_ACK_HISTORY) history = [history[0]!, ...history.slice(history.length - (MAX_ACK_HISTORY - 1))];

  const { acknowledgedAt: _a, promised: _p, acks: _h, holding: _w, ...rest } = record;
  const out: SvarstidRecord = { ...rest };
  const firstSent = history.find((e) => e.by !== 'manual');
  // The first acknowledgement stays acknowledgedAt even when its entry had to leave the history
  // to keep the record short and its sent item is no longer read.
  const earlier = previous?.acknowledgedAt !== undefined && instant(previous.acknowledgedAt) <= answeredMs ? previous.acknowledgedAt : undefined;
  if (firstSent && earlier !== undefined && instant(earlier) < instant(firstSent.at)) out.acknowledgedAt = earlier;
  else if (firstSent) out.acknowledgedAt = firstSent.at;
  const latest = history[history.length - 1];
  // A report of concern is handed on within its own time whatever the reporter was told (SPEC §5:
  // orosanmälan overrides every other rule): a date promised to the reporter is kept in the
  // history but never becomes the time in force, which would move the flag and the queue days on.
  const concern = record.kind === 'orosanmalan';
  if (latest && !concern) out.promised = latest.p;
  else if (!concern && previous?.promised !== undefined && (previous.acks ?? []).length === 0) out.promised = previous.promised;
  if (history.length > 0) out.acks = history;
  const holding = latestHolding(acks, previous, answeredMs, timeZone);
  if (holding !== null) out.holding = holding;
  return fitRecord(out);
}

/**
 * A person sets or corrects the promised date (the add-in calls this and writes the record
 * with `source` unchanged): a `manual` history entry at `at` naming `who`, and the promise
 * becomes `promised`.
 */
export function setPromised(record: SvarstidRecord, promised: string, at: string, timeZone = 'Europe/Stockholm', who = ''): SvarstidRecord {
  if (Number.isNaN(Date.parse(promised)) || Number.isNaN(Date.parse(at))) throw new RangeError('promised and at must be ISO 8601 date-times');
  const entry: AckEntry = { at: toStockholmIso(at, timeZone), p: toStockholmIso(promised, timeZone), by: 'manual' };
  const name = shortWhy(who);
  if (name !== undefined) entry.why = name;
  const next: SvarstidRecord = { ...record, acks: [...(record.acks ?? []), entry] };
  return withAcknowledgements(next, [], next, timeZone);
}

/** What the add-in writes when a person sets or corrects the promise: the record and the flag, in one PATCH. */
export interface PromisePatch {
  record: SvarstidRecord;
  patch: { flag?: FollowupFlag; singleValueExtendedProperties: { id: string; value: string }[] };
}

/**
 * {@link setPromised} as the PATCH body that writes it: the record and the flag whose due moves
 * to the new promise (the worker does not rewrite a record that already says what it would).
 * @param received - the message's `receivedDateTime` (the flag's start)
 */
export function setPromisedPatch(record: SvarstidRecord, promised: string, at: string, received: string, timeZone = 'Europe/Stockholm', who = ''): PromisePatch {
  const next = setPromised(record, promised, at, timeZone, who);
  const patch: PromisePatch['patch'] = { singleValueExtendedProperties: [{ id: RECORD_PROPERTY_ID, value: serializeRecord(next) }] };
  const flag = flagFor(next, received, record);
  if (flag !== null) patch.flag = flag;
  return { record: next, patch };
}
