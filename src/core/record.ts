import { z } from 'zod';
import { Temporal } from 'temporal-polyfill';
import type { FollowupFlag, SingleValueLegacyExtendedProperty } from '@microsoft/microsoft-graph-types';
import { CHANNELS, KINDS, KIND_NAMES, type Channel, type Kind } from './vocabulary';
import type { SvarstidConfig } from './config/schema';

/**
 * The Svarstid record (SPEC §6): the machine-readable label written into one single-value
 * extended property of every labelled message. It is a public contract — the add-in, the
 * tab and other tools read it — so its field names and meaning never change within `v: 1`.
 *
 * This module is pure: it builds, parses and compares records and plans the Graph PATCH that
 * writes flag, categories and record together. It does no I/O.
 */

/** Id of the extended property that holds the record. */
export const RECORD_PROPERTY_ID = 'String {6c1d2a52-3f0e-4b8e-9a57-2f1e0c9d4b31} Name svarstid';

/** `$expand` value that reads the record in the same request as the message. */
export const RECORD_EXPAND = `singleValueExtendedProperties($filter=id eq '${RECORD_PROPERTY_ID}')`;

const isoWithOffset = z.iso.datetime({ offset: true });

/** Who claimed a message ("Jag tar det"), and when. */
export const handlerSchema = z.object({
  name: z.string().min(1).max(200),
  at: isoWithOffset,
});
export type RecordHandler = z.infer<typeof handlerSchema>;

/**
 * One acknowledgement in a record's history (SPEC §6), with short keys so the record stays
 * compact: `at` when it was sent (for `manual`, when a person set the date), `p` the promised
 * time, `by` how it was recognised — `marker` (sent with the add-in's acknowledgement action),
 * `text` (the reply's words) or `manual` (a person set or corrected the date) — and `why`: for
 * `text` the words that promised, as written ("senast den 27 november"); for `manual` the name of
 * the person who set the date (at most 60 characters). People read the history through
 * `describeAcknowledgements` (src/core/display), which says it in Swedish and English.
 */
export const ackEntrySchema = z.object({
  at: isoWithOffset,
  p: isoWithOffset,
  by: z.enum(['marker', 'text', 'manual']),
  why: z.string().max(80).optional(),
});
export type AckEntry = z.infer<typeof ackEntrySchema>;

/**
 * The latest holding reply ("vi återkommer" with no date) sent before the answer: `at` when it
 * was sent, `why` its words as written. It is neither an answer nor a promise: the deadline keeps
 * running (src/core/acknowledgement/recogniseReply.ts).
 */
export const holdingSchema = z.object({
  at: isoWithOffset,
  why: z.string().max(80).optional(),
});
export type HoldingReply = z.infer<typeof holdingSchema>;

/**
 * The record's fields in contract order. Unknown fields (written by a newer or another writer)
 * are kept on parse and written back unchanged: "a writer keeps the fields it does not own".
 */
export const recordSchema = z.looseObject({
  v: z.literal(1),
  /** Which policy (and version) decided, as the assessment names it. */
  policy: z.string().min(1).max(200),
  channel: z.enum(CHANNELS),
  kind: z.enum(KINDS),
  department: z.string().min(1).max(100),
  due: isoWithOffset.nullable(),
  target: isoWithOffset.nullable(),
  rules: z.array(z.string().max(200)).max(100),
  /** `auto` when the worker decided, `manual` when a person corrected it in the add-in. */
  source: z.enum(['auto', 'manual']),
  /** When mail from the shared mailbox in the same conversation was first sent after receipt. */
  answeredAt: isoWithOffset.nullable(),
  /** A person who claimed the message in the add-in; owned by the add-in, kept by the worker. */
  handler: handlerSchema.optional(),
  /**
   * Who marked a message without a deadline (an anonymous contact, which cannot be answered) as
   * dealt with in the add-in, and when; it then leaves the open queue. Owned by the add-in.
   */
  done: handlerSchema.optional(),
  /** Triage decided on weak evidence: a person should look ("osäker förvaltning eller ärendetyp — kontrollera"). Absent when sure. */
  uncertain: z.literal(true).optional(),
  /** The due comes from a rule with `satisfiedBy: "acknowledgement"`: an acknowledgement meets it. */
  ackMeetsDue: z.literal(true).optional(),
  /** When the first acknowledgement was sent (absent until one was). */
  acknowledgedAt: isoWithOffset.optional(),
  /** The promise in force: the latest acknowledgement's (or a person's) date. The deadline from then on; `due` stays. */
  promised: isoWithOffset.optional(),
  /** The acknowledgements in time order (the first and the latest kept when there are many). */
  acks: z.array(ackEntrySchema).max(10).optional(),
  /** The latest holding reply without a date: not an answer, nothing promised (absent until there is one). */
  holding: holdingSchema.optional(),
});
/** The record as stored in the extended property. */
export type SvarstidRecord = z.infer<typeof recordSchema>;
export type RecordSource = SvarstidRecord['source'];

/**
 * What labelling needs from an assessment. `Assessment` (src/core/assess.ts) is assignable to it;
 * it is kept structural so the labeller does not depend on the assessor's other fields.
 */
export interface LabelDecision {
  policy: string;
  channel: Channel;
  kind: Kind;
  department: string;
  due: string | null;
  target: string | null;
  rules: string[];
  /** Extra categories set by routing rules. */
  categories: string[];
  /** Triage decided on weak evidence. */
  uncertain?: boolean;
  /** The rule that gave the due is met by an acknowledgement (`satisfiedBy: "acknowledgement"`). */
  ackMeetsDue?: boolean;
}

/**
 * Longest record text the labeller aims for. Exchange may return only the first 255 characters
 * of a string property in a list of items (documented for EWS FindItem; Graph's lists and delta
 * are not documented either way). A record that fits is read whole in every list; staying one
 * under 255 means a record of exactly 255 characters is never one of ours in full, so readers
 * can treat that length as "possibly cut" and read the message itself (see
 * {@link recordNeedsFullRead}).
 */
export const RECORD_TARGET_LENGTH = 254;

/** Lengths at which a record read from a list may have been cut by the server. */
export const TRUNCATION_LENGTHS: readonly number[] = [255, 256];

/**
 * The most characters a record ever has. `svarstid doctor` proves on the tenant that a record of
 * this length comes back whole through a single GET (the worker and the pages read a longer-than-
 * {@link RECORD_TARGET_LENGTH} record that way). The acknowledgement history is what grows: it is
 * shortened to fit (src/core/acknowledgement/history.ts), never the labelling fields.
 */
export const RECORD_MAX_LENGTH = 1000;

/**
 * Whether a record text read from a list (or delta) must be read again with a single GET before
 * anyone relies on it: present, but not a valid record, or exactly at a length where Exchange
 * cuts values. Absent records (null) need no re-read.
 */
export function recordNeedsFullRead(text: string | null | undefined): boolean {
  if (typeof text !== 'string' || text.length === 0) return false;
  return TRUNCATION_LENGTHS.includes(text.length) || parseRecord(text) === null;
}

/**
 * Keeps a record within {@link RECORD_TARGET_LENGTH} by leaving out trailing rule ids (the
 * policy rules that produced due and target go first, they follow from channel and kind), but
 * always keeps the first (deciding) rule. Deterministic, so relabelling stays idempotent.
 */
function compactRules(record: SvarstidRecord): SvarstidRecord {
  while (record.rules.length > 1 && JSON.stringify(record).length > RECORD_TARGET_LENGTH) {
    record.rules = record.rules.slice(0, -1);
  }
  return record;
}

/** Fields the labeller decides; every other field of a record belongs to someone else and is kept. */
const DECIDED_FIELDS = new Set([
  'v', 'policy', 'channel', 'kind', 'department', 'due', 'target', 'rules', 'source', 'answeredAt', 'uncertain',
  // acknowledgement tracking (src/core/acknowledgement/history.ts) derives these from sent items and the history
  'ackMeetsDue', 'acknowledgedAt', 'promised', 'acks', 'holding',
]);

/**
 * Builds the record for a decision. Fields of `previous` that labelling does not decide
 * (`handler`, and anything a newer writer added) are kept. Rule ids beyond the first are left
 * out where the record would otherwise exceed {@link RECORD_TARGET_LENGTH} characters.
 */
export function buildRecord(
  decision: LabelDecision,
  source: RecordSource,
  answeredAt: string | null = null,
  previous: SvarstidRecord | null = null,
): SvarstidRecord {
  const record: SvarstidRecord = {
    v: 1,
    policy: decision.policy,
    channel: decision.channel,
    kind: decision.kind,
    department: decision.department,
    due: decision.due,
    target: decision.target,
    rules: [...decision.rules],
    source,
    answeredAt,
  };
  if (decision.uncertain === true) record.uncertain = true;
  if (decision.ackMeetsDue === true) record.ackMeetsDue = true;
  if (previous !== null) {
    for (const [key, value] of Object.entries(previous)) {
      if (!DECIDED_FIELDS.has(key) && value !== undefined) (record as Record<string, unknown>)[key] = value;
    }
  }
  return compactRules(record);
}

/** The compact JSON text stored in the extended property (fields in contract order). */
export function serializeRecord(record: SvarstidRecord): string {
  return JSON.stringify(recordSchema.parse(record));
}

/** Parses a stored record; anything that is not a valid v1 record gives null. Never throws. */
export function parseRecord(text: string | null | undefined): SvarstidRecord | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > 16_384) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = recordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The record text among a message's expanded extended properties, if any. */
export function recordTextOf(
  properties: readonly Pick<SingleValueLegacyExtendedProperty, 'id' | 'value'>[] | null | undefined,
): string | null {
  const found = properties?.find((p) => (p.id ?? '').toLowerCase() === RECORD_PROPERTY_ID.toLowerCase());
  return found?.value ?? null;
}

function sameInstant(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Date.parse(a) === Date.parse(b);
}

/**
 * True when an existing record already says what `wanted` says, so the message needs no write.
 * Times are compared as instants, so a different but equivalent offset is not a change. The
 * policy version alone is not a change: a new policy version that decides the same outcome
 * does not rewrite the mailbox (the record keeps naming the version that first decided it).
 */
export function recordMatches(existing: SvarstidRecord | null, wanted: SvarstidRecord): boolean {
  if (existing === null) return false;
  return (
    existing.channel === wanted.channel &&
    existing.kind === wanted.kind &&
    existing.department === wanted.department &&
    sameInstant(existing.due, wanted.due) &&
    sameInstant(existing.target, wanted.target) &&
    existing.rules.length === wanted.rules.length &&
    existing.rules.every((r, i) => r === wanted.rules[i]) &&
    existing.source === wanted.source &&
    sameInstant(existing.answeredAt, wanted.answeredAt) &&
    (existing.uncertain === true) === (wanted.uncertain === true) &&
    (existing.ackMeetsDue === true) === (wanted.ackMeetsDue === true) &&
    sameInstant(existing.acknowledgedAt ?? null, wanted.acknowledgedAt ?? null) &&
    sameInstant(existing.promised ?? null, wanted.promised ?? null) &&
    JSON.stringify(existing.acks ?? []) === JSON.stringify(wanted.acks ?? []) &&
    JSON.stringify(existing.holding ?? null) === JSON.stringify(wanted.holding ?? null) &&
    sameExtras(existing, wanted)
  );
}

/** Whether two records agree on the fields labelling does not decide (handler and others). */
function sameExtras(a: SvarstidRecord, b: SvarstidRecord): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !DECIDED_FIELDS.has(k)));
  for (const k of keys) {
    if (JSON.stringify((a as Record<string, unknown>)[k]) !== JSON.stringify((b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** The category that names a kind, e.g. `Typ: Felanmälan`. */
export function kindCategory(kind: Kind): string {
  return `Typ: ${KIND_NAMES[kind].sv}`;
}

/** The category that names a department (from the configuration), e.g. `Avd: Teknik`. */
export function departmentCategory(config: Pick<SvarstidConfig, 'departments'>, department: string): string | null {
  return config.departments.find((d) => d.id === department)?.category ?? null;
}

/** The categories Svarstid sets for a record: department, kind and any rule-added ones. */
export function categoriesFor(
  config: Pick<SvarstidConfig, 'departments'>,
  record: Pick<SvarstidRecord, 'department' | 'kind'>,
  extra: readonly string[] = [],
): string[] {
  const out: string[] = [];
  const add = (c: string | null): void => {
    if (c !== null && c.length > 0 && !out.includes(c)) out.push(c);
  };
  add(departmentCategory(config, record.department));
  add(kindCategory(record.kind));
  extra.forEach(add);
  return out;
}

/** Every category name the worker maintains in the master list, for a configuration. */
export function allManagedCategories(config: Pick<SvarstidConfig, 'departments'>): string[] {
  return [...new Set([...config.departments.map((d) => d.category), ...KINDS.map(kindCategory)])];
}

/**
 * A stable Outlook colour (`preset0`…`preset24`) for a category name: the same name always
 * gets the same colour, whatever the order of departments in the configuration.
 */
export function categoryColor(name: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `preset${hash % 25}`;
}

/**
 * Merges categories: keeps every category people set, removes the ones Svarstid set before and
 * no longer wants (`previouslyOurs`), and adds the wanted ones after the existing ones.
 */
export function mergeCategories(
  existing: readonly string[],
  wanted: readonly string[],
  previouslyOurs: readonly string[] = [],
): string[] {
  const drop = new Set(previouslyOurs.filter((c) => !wanted.includes(c)));
  const out = existing.filter((c) => !drop.has(c));
  for (const c of wanted) if (!out.includes(c)) out.push(c);
  return out;
}

/** Graph's `dateTimeTimeZone` in UTC for an ISO instant with offset. */
export function toGraphDateTime(iso: string): { dateTime: string; timeZone: string } {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO date-time: ${iso}`);
  // toISOString gives milliseconds and a Z; Graph writes seven fractional digits and a separate zone.
  return { dateTime: new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$10000'), timeZone: 'UTC' };
}

/**
 * The deadline in force for a record: the promised time once an acknowledgement (or a person)
 * set one, else the due (SPEC §6: "the promise becomes the deadline").
 */
export function deadlineInForce(record: Pick<SvarstidRecord, 'due' | 'promised'>): string | null {
  return record.promised ?? record.due;
}

/**
 * The follow-up flag for a record: flagged from receipt to the deadline in force (the promise
 * once there is one, else due); complete once answered.
 * Null means "leave the flag alone" (no due time and the message was never flagged by us).
 */
export function flagFor(record: SvarstidRecord, received: string, previous: SvarstidRecord | null): FollowupFlag | null {
  const deadline = deadlineInForce(record);
  if (deadline === null) {
    return previous && deadlineInForce(previous) !== null ? { flagStatus: 'notFlagged' } : null;
  }
  const flag: FollowupFlag = {
    flagStatus: record.answeredAt === null ? 'flagged' : 'complete',
    startDateTime: toGraphDateTime(received),
    dueDateTime: toGraphDateTime(deadline),
  };
  if (record.answeredAt !== null) flag.completedDateTime = toGraphDateTime(record.answeredAt);
  return flag;
}

/** The body of the one PATCH that labels a message. */
export interface LabelPatch {
  flag?: FollowupFlag;
  categories: string[];
  singleValueExtendedProperties: { id: string; value: string }[];
}

/** Builds the single PATCH body that writes flag, categories and record together. */
export function labelPatch(options: {
  record: SvarstidRecord;
  previous: SvarstidRecord | null;
  received: string;
  existingCategories: readonly string[];
  wantedCategories: readonly string[];
  previousCategories: readonly string[];
}): LabelPatch {
  const patch: LabelPatch = {
    categories: mergeCategories(options.existingCategories, options.wantedCategories, options.previousCategories),
    singleValueExtendedProperties: [{ id: RECORD_PROPERTY_ID, value: serializeRecord(options.record) }],
  };
  const flag = flagFor(options.record, options.received, options.previous);
  if (flag !== null) patch.flag = flag;
  return patch;
}

/**
 * A report of concern answered by mail from the shared mailbox (which SPEC §6 counts as the
 * answer) that nobody has marked as handed on to the department. An answer to the reporter, least
 * of all an automatic receipt, is not handing the report on: such reports stay listed apart in the
 * tab and the pane until a person marks them "Lämnad till …" (`done`).
 */
export function awaitsHandOn(record: Pick<SvarstidRecord, 'kind' | 'answeredAt' | 'done'>): boolean {
  return record.kind === 'orosanmalan' && record.answeredAt !== null && record.done === undefined;
}

/**
 * Whether an answer was in time: met when answered at or before the deadline in force (the
 * promised time once an acknowledgement set one, else due). Null while open or without a deadline.
 * For the policy's own due, and acknowledgements that meet it, see `src/core/serviceLevel.ts`.
 */
export function answeredInTime(record: Pick<SvarstidRecord, 'due' | 'answeredAt' | 'promised'>): 'met' | 'late' | null {
  const deadline = deadlineInForce(record);
  if (record.answeredAt === null || deadline === null) return null;
  return Date.parse(record.answeredAt) <= Date.parse(deadline) ? 'met' : 'late';
}

/** An instant as ISO 8601 with the Stockholm offset, the way records and summaries show times. */
export function toStockholmIso(iso: string, timeZone = 'Europe/Stockholm'): string {
  return Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}
