import type { SvarstidConfig } from './config/schema';
import { deadlineFor, noticeRule } from './assess';
import { parseReceived } from './deadline';
import { DEFAULT_RULE_ID } from './deadline/computeDeadline';
import {
  RECORD_PROPERTY_ID,
  awaitsHandOn,
  buildRecord,
  categoriesFor,
  labelPatch,
  serializeRecord,
  type LabelDecision,
  type LabelPatch,
  type RecordHandler,
  type SvarstidRecord,
} from './record';
import type { Kind } from './vocabulary';

/**
 * What a person does to a message in the add-in (SPEC §6): a correction the worker must respect
 * (`source: "manual"`), or a claim ("Jag tar det") that only adds the `handler` field the add-in
 * owns. Pure: plans the one PATCH (record, categories, flag together) and the routing actions.
 */
export type ManualChange =
  | { type: 'department'; department: string }
  /** The kind changes, and with it the due time. */
  | { type: 'kind'; kind: Kind }
  /** "Inget ärende": no deadline, to the fallback department. */
  | { type: 'notACase' }
  | { type: 'claim'; handler: RecordHandler }
  /**
   * "Markera som klar" (no deadline: an anonymous contact, dealt with) or "Besvarat på annat sätt"
   * (answered by phone, letter, a visit, or by the department from its own mailbox): the message
   * leaves the open queue; one with a deadline counts as answered at `by.at`.
   */
  | { type: 'done'; by: RecordHandler };

/** Rule ids that say a person decided, kept in front of the policy rules. */
export const MANUAL_RULE_IDS = { department: 'manuell:avdelning', kind: 'manuell:typ' } as const;

export interface ManualLabelInput {
  /** The record read with the message, or null when the worker has not labelled it yet. */
  current: SvarstidRecord | null;
  /** The core's on-the-spot assessment; needed when there is no record. */
  assessed: LabelDecision | null;
  /** The message's `receivedDateTime`. */
  received: string;
  /** A web form without a reply address (no deadline unless orosanmälan). */
  anonymous: boolean;
  /** The message's categories as read. */
  existingCategories: readonly string[];
  change: ManualChange;
  config: SvarstidConfig;
}

export interface ManualLabelPlan {
  record: SvarstidRecord;
  /** The body of the one PATCH. */
  patch: LabelPatch | { singleValueExtendedProperties: { id: string; value: string }[] };
  /** Routing actions beyond the category, forward before move (as the worker does them). */
  route: ('forward' | 'move')[];
}

/** Thrown when a change cannot be planned (unknown department, nothing to start from). */
export class ManualLabelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManualLabelError';
  }
}

function isPolicyRule(id: string, config: SvarstidConfig): boolean {
  return id === DEFAULT_RULE_ID || config.policy.rules.some((r) => r.id === id);
}

function decisionOf(record: SvarstidRecord): LabelDecision {
  return {
    policy: record.policy,
    channel: record.channel,
    kind: record.kind,
    department: record.department,
    due: record.due,
    target: record.target,
    rules: [...record.rules],
    categories: [],
  };
}

/**
 * @summary Plans a person's change to one message.
 * @throws ManualLabelError for a department the configuration does not know, or when there is
 * neither a record nor an assessment to start from
 * @example
 * planManualLabel({ current, assessed: null, received, anonymous: false, existingCategories: [], change: { type: 'department', department: 'teknik' }, config }).record.source
 * //=> 'manual'
 */
export function planManualLabel(input: ManualLabelInput): ManualLabelPlan {
  const { current, config, change } = input;
  const base: SvarstidRecord | null = current ?? (input.assessed ? buildRecord(input.assessed, 'auto') : null);
  if (base === null) throw new ManualLabelError('nothing to change: the message has no record and no assessment');
  const extra = current === null ? (input.assessed?.categories ?? []) : [];

  if (change.type === 'done') {
    if (base.kind === 'ej_arende') throw new ManualLabelError('inget ärende is not a case: there is nothing to mark as done');
    const done: SvarstidRecord = { ...base, handler: base.handler ?? change.by, done: change.by };
    if (base.answeredAt !== null) {
      // a report of concern that a reply answered is still to be marked as handed on; only the record changes
      if (!awaitsHandOn(base) || current === null) throw new ManualLabelError('the message is already answered');
      return { record: done, patch: { singleValueExtendedProperties: [{ id: RECORD_PROPERTY_ID, value: serializeRecord(done) }] }, route: [] };
    }
    if (base.due === null && current !== null) {
      // no deadline (anonymous): only the record changes
      return { record: done, patch: { singleValueExtendedProperties: [{ id: RECORD_PROPERTY_ID, value: serializeRecord(done) }] }, route: [] };
    }
    // answered another way: answered now, so the flag is completed with the record
    const record: SvarstidRecord = base.due === null ? done : { ...done, answeredAt: change.by.at };
    return { record, patch: patchFor(input, record, extra), route: [] };
  }

  if (change.type === 'claim') {
    const record: SvarstidRecord = { ...base, handler: change.handler };
    if (current !== null) {
      // A claim changes only the record; flag and categories stay as the worker wrote them.
      return { record, patch: { singleValueExtendedProperties: [{ id: RECORD_PROPERTY_ID, value: serializeRecord(record) }] }, route: [] };
    }
    return { record, patch: patchFor(input, record, extra), route: [] };
  }

  const manualMarks = base.source === 'manual' ? base.rules.filter((r) => r.startsWith('manuell:')) : [];
  const mark = (id: string): string[] => [...new Set([...manualMarks, id])];
  const decision = decisionOf(base);
  // Whether a notice meets the due follows the due (SPEC §6): a new kind may bring a confirmation rule or drop one.
  let ackMeetsDue = base.ackMeetsDue === true;
  let route: ManualLabelPlan['route'] = [];

  if (change.type === 'department') {
    const dept = config.departments.find((d) => d.id === change.department);
    if (!dept) throw new ManualLabelError(`unknown department '${change.department}'`);
    decision.department = dept.id;
    decision.rules = [...mark(MANUAL_RULE_IDS.department), ...base.rules.filter((r) => isPolicyRule(r, config))];
    if (dept.id !== base.department && base.kind !== 'ej_arende') {
      route = (['forward', 'move'] as const).filter((a) => dept.routing.actions.includes(a));
    }
  } else {
    const kind: Kind = change.type === 'notACase' ? 'ej_arende' : change.kind;
    const deadline = deadlineFor({ channel: base.channel, kind, received: input.received, anonymous: input.anonymous }, config);
    decision.kind = kind;
    decision.due = deadline.due;
    decision.target = deadline.target;
    const policyRules = [deadline.dueRule, deadline.targetRule].filter((r): r is string => r !== null);
    decision.rules = [...mark(MANUAL_RULE_IDS.kind), ...new Set(policyRules)];
    if (kind === 'ej_arende') decision.department = config.fallbackDepartment;
    decision.policy = `${config.policy.id}@${config.policy.version}`;
    ackMeetsDue = noticeRule({ channel: base.channel, kind, received: parseReceived(input.received) }, deadline, config).meets;
  }
  // A person decided: the record is manual and no longer uncertain. Every other field stays as
  // read (handler, answer tracking, fields newer writers add): a writer keeps what it does not own.
  const { uncertain: _dropped, ackMeetsDue: _was, ...kept } = base;
  const record: SvarstidRecord = {
    ...kept,
    ...(ackMeetsDue ? { ackMeetsDue: true } : {}),
    policy: decision.policy,
    kind: decision.kind,
    department: decision.department,
    due: decision.due,
    target: decision.target,
    rules: decision.rules,
    source: 'manual',
  };
  return { record, patch: patchFor(input, record, extra), route };
}

function patchFor(input: ManualLabelInput, record: SvarstidRecord, extra: readonly string[]): LabelPatch {
  return labelPatch({
    record,
    previous: input.current,
    received: input.received,
    existingCategories: input.existingCategories,
    wantedCategories: categoriesFor(input.config, record, extra),
    previousCategories: input.current ? categoriesFor(input.config, input.current) : [],
  });
}
