import { Temporal } from 'temporal-polyfill';
import { presetConfig, type SvarstidConfig } from '../../src/core/config';
import { dueOutcome } from '../../src/core/serviceLevel';
import { MANUAL_RULE_IDS, ManualLabelError, planManualLabel, type ManualLabelInput } from '../../src/core/manualLabel';
import { RECORD_PROPERTY_ID, awaitsHandOn, parseRecord, type SvarstidRecord } from '../../src/core/record';

const base = presetConfig('ljungby');
// Teknik routes by moving to a folder; Socialtjänst by forwarding (and moving).
const config: SvarstidConfig = {
  ...base,
  departments: base.departments.map((d) =>
    d.id === 'teknik'
      ? { ...d, routing: { actions: ['category', 'move'], folder: 'Teknik' } }
      : d.id === 'socialtjanst'
        ? { ...d, routing: { actions: ['category', 'forward', 'move'], forwardTo: 'social@ljungby.se', folder: 'Social' } }
        : d,
  ),
};

const received = '2026-11-16T09:15:00Z'; // Mon 10:15 local
const auto: SvarstidRecord = {
  v: 1,
  policy: 'ljungby@2026.1',
  channel: 'epost',
  kind: 'fraga',
  department: 'kontaktcenter',
  due: '2026-11-18T10:15:00+01:00',
  target: null,
  rules: ['fraga.fallback', 'kanal:epost'],
  source: 'auto',
  answeredAt: null,
  uncertain: true,
  handler: { name: 'Anna Berg', at: '2026-11-16T10:20:00+01:00' },
};

function input(change: ManualLabelInput['change'], current: SvarstidRecord | null = auto): ManualLabelInput {
  return { current, assessed: null, received, anonymous: false, existingCategories: ['Avd: Kontaktcenter', 'Typ: Fråga', 'Viktigt'], change, config };
}

describe('planManualLabel', () => {
  it('re-routes: manual record, new department category, people’s categories kept, handler kept, routing by move', () => {
    const plan = planManualLabel(input({ type: 'department', department: 'teknik' }));
    expect(plan.record).toMatchObject({ source: 'manual', department: 'teknik', kind: 'fraga', due: auto.due, handler: auto.handler });
    expect(plan.record.uncertain).toBeUndefined();
    expect(plan.record.rules).toEqual([MANUAL_RULE_IDS.department, 'kanal:epost']);
    expect(plan.route).toEqual(['move']);
    expect('categories' in plan.patch && plan.patch.categories).toEqual(['Typ: Fråga', 'Viktigt', 'Avd: Teknik']);
    const written = parseRecord(plan.patch.singleValueExtendedProperties.find((p) => p.id === RECORD_PROPERTY_ID)!.value);
    expect(written).toEqual(plan.record);
  });

  it('forwards before it moves, as the worker does', () => {
    expect(planManualLabel(input({ type: 'department', department: 'socialtjanst' })).route).toEqual(['forward', 'move']);
  });

  it('does not route again when the department stays the same', () => {
    const routed = { ...auto, department: 'teknik' };
    expect(planManualLabel(input({ type: 'department', department: 'teknik' }, routed)).route).toEqual([]);
  });

  it('changes the kind and the due time follows (Salem-style rules apply through the policy)', () => {
    const salem = presetConfig('salem');
    const plan = planManualLabel({ ...input({ type: 'kind', kind: 'felanmalan' }), config: salem });
    // Salem: felanmälan due within a dygn (extended to a working day), target end of the same working day.
    expect(plan.record).toMatchObject({ kind: 'felanmalan', source: 'manual', due: '2026-11-17T10:15:00+01:00', target: '2026-11-16T16:00:00+01:00' });
    expect(plan.record.rules[0]).toBe(MANUAL_RULE_IDS.kind);
    expect(plan.record.policy).toBe(`salem@${salem.policy.version}`);
    expect('flag' in plan.patch && plan.patch.flag?.dueDateTime?.dateTime).toBe('2026-11-17T09:15:00.0000000');
  });

  it('a notice meets the new due when the new kind’s rule says so, and no longer when it does not (SPEC §6)', () => {
    const salem = presetConfig('salem');
    // a question by e-mail: 72 hours, a notice is not enough
    const question: SvarstidRecord = { ...auto, policy: `salem@${salem.policy.version}`, due: '2026-11-19T10:15:00+01:00', rules: ['kanal:epost'] };
    const fault = planManualLabel({ ...input({ type: 'kind', kind: 'felanmalan' }, question), config: salem });
    expect(fault.record.ackMeetsDue).toBe(true);
    expect(parseRecord(fault.patch.singleValueExtendedProperties.find((p) => p.id === RECORD_PROPERTY_ID)!.value)!.ackMeetsDue).toBe(true);
    // and back: a fault report corrected to a complaint loses it
    const complaint = planManualLabel({ ...input({ type: 'kind', kind: 'klagomal' }, fault.record), config: salem });
    expect(complaint.record.ackMeetsDue).toBeUndefined();
    // a department change leaves it as it was
    expect(planManualLabel({ ...input({ type: 'department', department: 'teknik' }, fault.record), config: salem }).record.ackMeetsDue).toBe(true);
  });

  it('marks "inget ärende": no deadline, fallback department, flag cleared', () => {
    const plan = planManualLabel(input({ type: 'notACase' }));
    expect(plan.record).toMatchObject({ kind: 'ej_arende', department: 'kontaktcenter', due: null, target: null, source: 'manual' });
    expect('flag' in plan.patch && plan.patch.flag).toEqual({ flagStatus: 'notFlagged' });
    expect(plan.route).toEqual([]);
  });

  it('keeps earlier manual marks when a second correction follows', () => {
    const first = planManualLabel(input({ type: 'department', department: 'teknik' })).record;
    const second = planManualLabel(input({ type: 'kind', kind: 'felanmalan' }, first)).record;
    expect(second.rules.slice(0, 2)).toEqual([MANUAL_RULE_IDS.department, MANUAL_RULE_IDS.kind]);
    expect(second.department).toBe('teknik');
  });

  it('claims without touching the labels: only the record property is written, source unchanged', () => {
    const handler = { name: 'Bo Ek', at: '2026-11-16T11:00:00+01:00' };
    const plan = planManualLabel(input({ type: 'claim', handler }));
    expect(plan.record).toEqual({ ...auto, handler });
    expect(Object.keys(plan.patch)).toEqual(['singleValueExtendedProperties']);
  });

  it('claims a message the worker has not labelled yet from the on-the-spot assessment', () => {
    const assessed = { policy: 'ljungby@2026.1', channel: 'epost' as const, kind: 'fraga' as const, department: 'kontaktcenter', due: auto.due, target: null, rules: ['kanal:epost'], categories: ['Prio'] };
    const handler = { name: 'Bo Ek', at: '2026-11-16T11:00:00+01:00' };
    const plan = planManualLabel({ ...input({ type: 'claim', handler }, null), assessed, existingCategories: [] });
    expect(plan.record).toMatchObject({ source: 'auto', handler, department: 'kontaktcenter' });
    expect('categories' in plan.patch && plan.patch.categories).toEqual(['Avd: Kontaktcenter', 'Typ: Fråga', 'Prio']);
  });

  it('marks an anonymous contact done: only the record changes, the person becomes its handler if nobody was', () => {
    const by = { name: 'Bo Ek', at: '2026-11-16T11:00:00+01:00' };
    const anonymous: SvarstidRecord = { ...auto, channel: 'webb', due: null, handler: undefined };
    delete anonymous.handler;
    const plan = planManualLabel({ ...input({ type: 'done', by }, anonymous), anonymous: true });
    expect(plan.record).toEqual({ ...anonymous, handler: by, done: by });
    expect(Object.keys(plan.patch)).toEqual(['singleValueExtendedProperties']);
    expect(parseRecord(plan.patch.singleValueExtendedProperties[0]!.value)!.done).toEqual(by);
    // a claimed one keeps its handler
    expect(planManualLabel({ ...input({ type: 'done', by }, { ...anonymous, handler: auto.handler! }), anonymous: true }).record.handler).toEqual(auto.handler);
  });

  it('answered another way (phone, letter, visit): answered now, the flag completed with the record, the handler kept', () => {
    const by = { name: 'Bo Ek', at: '2026-11-16T11:00:00+01:00' };
    const plan = planManualLabel(input({ type: 'done', by }));
    expect(plan.record).toEqual({ ...auto, done: by, answeredAt: by.at });
    expect('flag' in plan.patch && plan.patch.flag).toMatchObject({ flagStatus: 'complete', completedDateTime: { dateTime: '2026-11-16T10:00:00.0000000', timeZone: 'UTC' } });
    expect(parseRecord(plan.patch.singleValueExtendedProperties.find((p) => p.id === RECORD_PROPERTY_ID)!.value)).toEqual(plan.record);
    expect(plan.route).toEqual([]);
  });

  it('refuses to mark an answered message or inget ärende as done', () => {
    const by = { name: 'Bo Ek', at: '2026-11-16T11:00:00+01:00' };
    expect(() => planManualLabel(input({ type: 'done', by }, { ...auto, answeredAt: '2026-11-16T10:30:00+01:00' }))).toThrow(/already answered/);
    expect(() => planManualLabel(input({ type: 'done', by }, { ...auto, kind: 'ej_arende', due: null }))).toThrow(ManualLabelError);
  });

  it('a report of concern a reply already answered can still be marked handed on: only the record changes, answeredAt and the flag stay', () => {
    const by = { name: 'Bo Ek', at: '2026-11-16T11:00:00+01:00' };
    const answered: SvarstidRecord = { ...auto, kind: 'orosanmalan', department: 'socialtjanst', answeredAt: '2026-11-16T10:16:00+01:00' };
    const plan = planManualLabel(input({ type: 'done', by }, answered));
    expect(plan.record).toEqual({ ...answered, done: by });
    expect(Object.keys(plan.patch)).toEqual(['singleValueExtendedProperties']);
    expect(plan.route).toEqual([]);
    expect(awaitsHandOn(answered)).toBe(true);
    expect(awaitsHandOn(plan.record)).toBe(false);
    // once marked, a second time is refused; an answered message of another kind never needs it
    expect(() => planManualLabel(input({ type: 'done', by }, plan.record))).toThrow(/already answered/);
    expect(awaitsHandOn({ ...answered, kind: 'fraga' })).toBe(false);
    expect(awaitsHandOn({ ...answered, answeredAt: null })).toBe(false);
  });

  // what the Teams service level says of reports of concern (reader round 35, U1)
  it('a report of concern marked handed on within its time counts as answered in time, an anonymous one too; marked late, as late', () => {
    const concern: SvarstidRecord = { ...auto, kind: 'orosanmalan', department: 'socialtjanst', due: '2026-11-16T12:15:00+01:00' };
    const later = Temporal.Instant.from('2026-11-20T12:00:00Z');
    for (const anonymous of [false, true]) {
      const within = planManualLabel({ ...input({ type: 'done', by: { name: 'Bo Ek', at: '2026-11-16T10:45:00+01:00' } }, concern), anonymous });
      expect(dueOutcome(within.record, later)).toBe('met');
      const late = planManualLabel({ ...input({ type: 'done', by: { name: 'Bo Ek', at: '2026-11-16T13:00:00+01:00' } }, concern), anonymous });
      expect(dueOutcome(late.record, later)).toBe('late');
    }
    expect(dueOutcome(concern, later)).toBe('overdue');
  });

  it('refuses an unknown department and a message with nothing to start from', () => {
    expect(() => planManualLabel(input({ type: 'department', department: 'nope' }))).toThrow(ManualLabelError);
    expect(() => planManualLabel(input({ type: 'notACase' }, null))).toThrow(ManualLabelError);
  });
});
