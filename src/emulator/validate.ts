/** Validation of request bodies the way Exchange does it (followupFlag, recipients, extended properties). */
import { Temporal } from 'temporal-polyfill';
import { badRequest, GraphHttpError, invalidBody } from './errors';
import type { DateTimeTimeZone, ExtendedProperty, FollowupFlag, ItemBody, Recipient } from './model';
import { canonicalExtId } from './odata';

const WINDOWS_ZONES: Record<string, string> = {
  utc: 'UTC',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'romance standard time': 'Europe/Paris',
  'gmt standard time': 'Europe/London',
  'fle standard time': 'Europe/Helsinki',
  'e. europe standard time': 'Europe/Chisinau',
  'eastern standard time': 'America/New_York',
  'pacific standard time': 'America/Los_Angeles',
};

/** Converts a dateTimeTimeZone to Exchange's stored form: UTC, seven fractional digits. */
export function normalizeDateTimeTimeZone(raw: unknown, field: string): DateTimeTimeZone {
  if (!raw || typeof raw !== 'object') throw invalidBody(`The value of '${field}' must be a dateTimeTimeZone.`);
  const r = raw as Record<string, unknown>;
  const dt = r['dateTime'];
  const tz = r['timeZone'];
  if (typeof dt !== 'string' || dt.trim() === '') throw invalidBody(`'${field}.dateTime' is required.`);
  const zoneName = typeof tz === 'string' && tz.trim() !== '' ? tz.trim() : 'UTC';
  const iana = WINDOWS_ZONES[zoneName.toLowerCase()] ?? zoneName;
  let instant: Temporal.Instant;
  try {
    if (/(Z|[+-]\d{2}:\d{2})$/.test(dt.trim())) instant = Temporal.Instant.from(dt.trim());
    else instant = Temporal.PlainDateTime.from(dt.trim()).toZonedDateTime(iana).toInstant();
  } catch {
    throw new GraphHttpError(400, 'ErrorInvalidRequest', `'${field}' has an invalid dateTime or an unsupported timeZone '${zoneName}'.`);
  }
  const iso = instant.toString({ smallestUnit: 'second' }).replace(/Z$/, '');
  return { dateTime: `${iso}.0000000`, timeZone: 'UTC' };
}

const FLAG_STATUSES = new Set(['notFlagged', 'flagged', 'complete']);

/** Exchange's followupFlag rules: a due date needs a start date, and start may not follow due. */
export function normalizeFlag(raw: unknown, previous: FollowupFlag): FollowupFlag {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw invalidBody("The value of 'flag' must be a followupFlag object.");
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (!['flagStatus', 'startDateTime', 'dueDateTime', 'completedDateTime'].includes(k) && !k.startsWith('@odata')) {
      throw invalidBody(`The property '${k}' does not exist on type 'microsoft.graph.followupFlag'.`);
    }
  }
  const statusRaw = r['flagStatus'];
  if (statusRaw !== undefined && (typeof statusRaw !== 'string' || !FLAG_STATUSES.has(statusRaw))) {
    throw invalidBody(`The value '${String(statusRaw)}' is not valid for flagStatus.`);
  }
  const start = r['startDateTime'] != null ? normalizeDateTimeTimeZone(r['startDateTime'], 'flag.startDateTime') : undefined;
  const due = r['dueDateTime'] != null ? normalizeDateTimeTimeZone(r['dueDateTime'], 'flag.dueDateTime') : undefined;
  const completed = r['completedDateTime'] != null ? normalizeDateTimeTimeZone(r['completedDateTime'], 'flag.completedDateTime') : undefined;
  const status = (statusRaw as FollowupFlag['flagStatus'] | undefined) ?? (start || due ? 'flagged' : previous.flagStatus);
  if (status === 'notFlagged') return { flagStatus: 'notFlagged' };
  if (due && !start) {
    throw new GraphHttpError(400, 'ErrorInvalidArgument', 'The StartDate must be set when the DueDate is set on a follow-up flag.');
  }
  if (start && due && start.dateTime > due.dateTime) {
    throw new GraphHttpError(400, 'ErrorInvalidArgument', 'The DueDate of a follow-up flag cannot be earlier than its StartDate.');
  }
  const out: FollowupFlag = { flagStatus: status };
  if (start) out.startDateTime = start;
  if (due) out.dueDateTime = due;
  if (status === 'complete') {
    out.completedDateTime = completed ?? normalizeDateTimeTimeZone({ dateTime: new Date().toISOString(), timeZone: 'UTC' }, 'flag.completedDateTime');
  }
  return out;
}

export function normalizeRecipients(raw: unknown, field: string): Recipient[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) throw invalidBody(`The value of '${field}' must be a collection of recipients.`);
  if (raw.length > 500) throw badRequest(`Too many recipients in '${field}'.`, 'ErrorInvalidRecipients');
  return raw.map((r) => normalizeRecipient(r, field) as Recipient);
}

export function normalizeRecipient(raw: unknown, field: string): Recipient | null {
  if (raw === null || raw === undefined) return null;
  const ea = (raw as { emailAddress?: unknown }).emailAddress;
  if (!ea || typeof ea !== 'object') throw invalidBody(`Each recipient in '${field}' needs an emailAddress.`);
  const address = (ea as Record<string, unknown>)['address'];
  const name = (ea as Record<string, unknown>)['name'];
  if (address !== undefined && address !== null && typeof address !== 'string') throw invalidBody(`Invalid address in '${field}'.`);
  if (name !== undefined && name !== null && typeof name !== 'string') throw invalidBody(`Invalid name in '${field}'.`);
  const addr = typeof address === 'string' ? address : null;
  return { emailAddress: { name: typeof name === 'string' ? name : addr, address: addr } };
}

export function normalizeBody(raw: unknown): ItemBody {
  if (!raw || typeof raw !== 'object') throw invalidBody("The value of 'body' must be an itemBody.");
  const r = raw as Record<string, unknown>;
  const ct = r['contentType'] ?? 'text';
  const content = r['content'] ?? '';
  if (typeof ct !== 'string' || !['text', 'html'].includes(ct.toLowerCase())) throw invalidBody("body.contentType must be 'text' or 'html'.");
  if (typeof content !== 'string') throw invalidBody('body.content must be a string.');
  return { contentType: ct.toLowerCase() as 'text' | 'html', content };
}

export function normalizeExtendedProperties(raw: unknown): ExtendedProperty[] {
  if (!Array.isArray(raw)) throw invalidBody("'singleValueExtendedProperties' must be a collection.");
  return raw.map((p: unknown) => {
    const r = (p ?? {}) as Record<string, unknown>;
    const id = typeof r['id'] === 'string' ? canonicalExtId(r['id']) : null;
    if (!id) throw new GraphHttpError(400, 'ErrorInvalidExtendedPropertyValue', 'The extended property id is not valid.');
    if (typeof r['value'] !== 'string') throw new GraphHttpError(400, 'ErrorInvalidExtendedPropertyValue', 'The extended property value must be a string.');
    if (r['value'].length > 64 * 1024) throw new GraphHttpError(400, 'ErrorInvalidExtendedPropertyValue', 'The extended property value is too large.');
    return { id, value: r['value'] };
  });
}

export function upsertExtended(target: ExtendedProperty[], incoming: ExtendedProperty[]): void {
  for (const p of incoming) {
    const i = target.findIndex((x) => x.id.toLowerCase() === p.id.toLowerCase());
    if (i >= 0) target[i] = p;
    else target.push(p);
  }
}

export function normalizeCategories(raw: unknown): string[] {
  if (!Array.isArray(raw) || raw.some((c) => typeof c !== 'string')) throw invalidBody("'categories' must be a collection of strings.");
  return [...new Set(raw as string[])];
}

export function isoDate(raw: unknown, field: string): string {
  if (typeof raw !== 'string' || Number.isNaN(Date.parse(raw))) throw invalidBody(`'${field}' must be a DateTimeOffset.`);
  return new Date(raw).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
