import { urgencyClass } from '../queue';
import { awaitsHandOn } from '../record';
import { CHANNELS, KINDS, isChannel, isKind, type Channel, type Kind } from '../vocabulary';
import { leadStatusOf, isLeadStatus, LEAD_STATUSES, type LeadStatus, type StatusClock } from './leadStatus';
import type { IndexedMessage } from './messageIndex';

/**
 * The team lead's queue (issue 8): every open message, most urgent first, with its status; the
 * filters a lead sets (department, channel, kind, status, handler), which live in the URL; the
 * headline counts; and the load per department. Pure and fast: ten thousand messages are
 * placed, filtered and counted in a few milliseconds.
 *
 * Open means: not answered (no `answeredAt`; an acknowledgement is not an answer) and not
 * "inget ärende" (auto-replies, spam and the like are never answered and are no case), and not
 * marked as done (an anonymous contact, which cannot be answered, once someone has dealt with it).
 */

/** One row of the queue. */
export interface QueueRow {
  message: IndexedMessage;
  status: LeadStatus;
}

/** True when the message waits for an answer. */
export function isOpen(message: Pick<IndexedMessage, 'record'>): boolean {
  const { record } = message;
  // "done" counts only while there is still no deadline: a case that later gets one waits for its answer.
  return record.answeredAt === null && record.kind !== 'ej_arende' && !(record.done !== undefined && record.due === null);
}

/**
 * The open messages, most urgent first: reports of concern not yet handed on (SPEC §1: urgent,
 * always; a complaint overdue for days is not more urgent than a child), then the others by the
 * deadline in force (none last), then by receipt.
 */
export function buildQueue(messages: readonly IndexedMessage[], clock: StatusClock): QueueRow[] {
  const rows: QueueRow[] = [];
  for (const message of messages) if (isOpen(message)) rows.push({ message, status: leadStatusOf(message.deadlineMs, clock) });
  rows.sort((a, b) => {
    const urgency = urgencyClass(a.message.record) - urgencyClass(b.message.record);
    if (urgency !== 0) return urgency;
    const da = a.message.deadlineMs;
    const db = b.message.deadlineMs;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da - db;
    }
    return a.message.receivedMs - b.message.receivedMs || (a.message.id < b.message.id ? -1 : 1);
  });
  return rows;
}

/**
 * Reports of concern that mail from the shared mailbox answered — a receipt, a thank-you, an
 * automatic reply sent by a flow — but that nobody has marked as handed on (round 27 of the
 * readers). SPEC §6 counts such mail as the answer, so they leave the queue and the service level
 * counts them as answered; but an answer to the reporter is not handing the report to the social
 * services, so the tab lists them apart until someone marks them "Lämnad till …". Oldest first.
 */
export function concernsNotHandedOn(messages: readonly IndexedMessage[]): IndexedMessage[] {
  return messages
    .filter((m) => awaitsHandOn(m.record))
    .sort((a, b) => a.receivedMs - b.receivedMs || (a.id < b.id ? -1 : 1));
}

/** The handler filter's value for "nobody has claimed it". */
export const UNASSIGNED = '-';

/** What a lead filters the queue by; an absent field lets everything through. */
export interface QueueFilters {
  department?: string;
  channel?: Channel;
  kind?: Kind;
  status?: LeadStatus;
  /** A handler's name, or {@link UNASSIGNED}. */
  handler?: string;
}

/** The URL parameters of the filters (Swedish, as a lead shares the link). */
export const FILTER_PARAMS = {
  department: 'forvaltning',
  channel: 'kanal',
  kind: 'typ',
  status: 'status',
  handler: 'handlaggare',
} as const satisfies Record<keyof QueueFilters, string>;

/**
 * @summary The filters a URL's query holds; unknown values are ignored.
 * @example filtersFromParams(new URLSearchParams('kanal=sms&status=overdue')) //=> { channel: 'sms', status: 'overdue' }
 */
export function filtersFromParams(params: URLSearchParams): QueueFilters {
  const f: QueueFilters = {};
  const department = params.get(FILTER_PARAMS.department);
  if (department) f.department = department;
  const channel = params.get(FILTER_PARAMS.channel);
  if (isChannel(channel)) f.channel = channel;
  const kind = params.get(FILTER_PARAMS.kind);
  if (isKind(kind)) f.kind = kind;
  const status = params.get(FILTER_PARAMS.status);
  if (isLeadStatus(status)) f.status = status;
  const handler = params.get(FILTER_PARAMS.handler);
  if (handler) f.handler = handler;
  return f;
}

/** Writes the filters into a URL's query (other parameters kept; empty filters removed). */
export function filtersToParams(filters: QueueFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(base);
  for (const key of Object.keys(FILTER_PARAMS) as (keyof QueueFilters)[]) {
    const value = filters[key];
    if (value === undefined || value === '') out.delete(FILTER_PARAMS[key]);
    else out.set(FILTER_PARAMS[key], value);
  }
  return out;
}

/** The rows the filters let through, in queue order. */
export function filterQueue(rows: readonly QueueRow[], filters: QueueFilters): QueueRow[] {
  const { department, channel, kind, status, handler } = filters;
  if (department === undefined && channel === undefined && kind === undefined && status === undefined && handler === undefined) return rows.slice();
  return rows.filter(({ message: { record }, status: s }) => {
    if (department !== undefined && record.department !== department) return false;
    if (channel !== undefined && record.channel !== channel) return false;
    if (kind !== undefined && record.kind !== kind) return false;
    if (status !== undefined && s !== status) return false;
    if (handler !== undefined) {
      const name = record.handler?.name;
      if (handler === UNASSIGNED ? name !== undefined : name !== handler) return false;
    }
    return true;
  });
}

/** The headline counts (contract: `data-count="open|overdue|today|week|unassigned"`). */
export interface HeadlineCounts {
  open: number;
  overdue: number;
  today: number;
  week: number;
  unassigned: number;
}

export function headlineCounts(rows: readonly QueueRow[]): HeadlineCounts {
  const c: HeadlineCounts = { open: rows.length, overdue: 0, today: 0, week: 0, unassigned: 0 };
  for (const { message, status } of rows) {
    if (status === 'overdue') c.overdue++;
    else if (status === 'today') c.today++;
    else if (status === 'week') c.week++;
    if (message.record.handler === undefined) c.unassigned++;
  }
  return c;
}

/** Open and overdue messages of one department. */
export interface DepartmentLoad {
  department: string;
  open: number;
  overdue: number;
  unassigned: number;
}

/** The load per department, the configured order first (departments without open mail included), then any other. */
export function departmentLoad(rows: readonly QueueRow[], departmentOrder: readonly string[]): DepartmentLoad[] {
  const byId = new Map<string, DepartmentLoad>(departmentOrder.map((d) => [d, { department: d, open: 0, overdue: 0, unassigned: 0 }]));
  for (const { message, status } of rows) {
    const d = message.record.department;
    let load = byId.get(d);
    if (!load) {
      load = { department: d, open: 0, overdue: 0, unassigned: 0 };
      byId.set(d, load);
    }
    load.open++;
    if (status === 'overdue') load.overdue++;
    if (message.record.handler === undefined) load.unassigned++;
  }
  return [...byId.values()];
}

/** The values the filters offer: what occurs among the open messages (handlers by name). */
export interface FilterOptions {
  departments: string[];
  channels: Channel[];
  kinds: Kind[];
  statuses: LeadStatus[];
  handlers: string[];
}

export function filterOptions(rows: readonly QueueRow[]): FilterOptions {
  const departments = new Set<string>();
  const handlers = new Set<string>();
  for (const { message } of rows) {
    departments.add(message.record.department);
    if (message.record.handler) handlers.add(message.record.handler.name);
  }
  return {
    departments: [...departments].sort(),
    channels: [...CHANNELS],
    kinds: KINDS.filter((k) => k !== 'ej_arende'),
    statuses: [...LEAD_STATUSES],
    handlers: [...handlers].sort((a, b) => a.localeCompare(b, 'sv')),
  };
}
