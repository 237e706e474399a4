import { Temporal } from 'temporal-polyfill';
import { createWorkingCalendar, type WorkingCalendar } from '../../src/core/calendar';
import {
  addDuration,
  computeDeadline,
  deadlineForCase,
  formatOffsetDateTime,
  parseReceived,
  selectDeadlineRules,
} from '../../src/core/deadline';
import type { DeadlineCase } from '../../src/core/deadline';
import { presetConfig, type PresetId } from '../../src/core/config/presets';
import type { Duration, Policy } from '../../src/core/config/policySchema';
import type { Channel, Kind } from '../../src/core/vocabulary';

const TZ = 'Europe/Stockholm';
/** A Stockholm wall-clock time (`2026-11-20T15:30`) as an instant. */
const local = (wallClock: string): Temporal.Instant =>
  Temporal.PlainDateTime.from(wallClock).toZonedDateTime(TZ, { disambiguation: 'reject' }).toInstant();
const fmt = (z: Temporal.ZonedDateTime | null): string | null => (z === null ? null : formatOffsetDateTime(z));

const spec = createWorkingCalendar();

/** The date of the n-th working day after a date, counted one day at a time. */
function walkWorkingDays(from: string, n: number, calendar: WorkingCalendar = spec): string {
  let date = Temporal.PlainDate.from(from);
  for (let left = n; left > 0; ) {
    date = date.add({ days: 1 });
    if (calendar.isWorkingDay(date)) left -= 1;
  }
  return date.toString();
}
const add = (wallClock: string, duration: Duration, calendar: WorkingCalendar = spec): string =>
  formatOffsetDateTime(addDuration(local(wallClock), duration, calendar));

function caseOf(channel: Channel, kind: Kind, wallClock: string, anonymous = false): DeadlineCase {
  return { channel, kind, received: local(wallClock), anonymous };
}
function deadline(preset: PresetId, c: DeadlineCase) {
  return deadlineForCase(c, presetConfig(preset));
}

describe('SPEC §3 worked examples, Ljungby (epost = 2 working days, 08–16)', () => {
  const due = (wallClock: string) => fmt(deadline('ljungby', caseOf('epost', 'fraga', wallClock)).due);

  it('Mon 2026-11-16 10:15 → Wed 2026-11-18 10:15', () => {
    expect(due('2026-11-16T10:15')).toBe('2026-11-18T10:15:00+01:00');
  });
  it('Fri 2026-11-20 15:30 → Tue 2026-11-24 15:30', () => {
    expect(due('2026-11-20T15:30')).toBe('2026-11-24T15:30:00+01:00');
  });
  it('Fri 2026-11-20 18:00 → Tue 2026-11-24 16:00 (runs out at closing time, stays there)', () => {
    expect(due('2026-11-20T18:00')).toBe('2026-11-24T16:00:00+01:00');
  });
  it('Wed 2026-12-23 14:00 → Tue 2026-12-29 14:00 (24–26 Dec closed, 27 Dec Sunday)', () => {
    expect(due('2026-12-23T14:00')).toBe('2026-12-29T14:00:00+01:00');
  });
});

describe('SPEC §3 worked examples, Salem', () => {
  const run = (channel: Channel, kind: Kind, wallClock: string) => {
    const out = deadline('salem', caseOf(channel, kind, wallClock));
    return { due: fmt(out.due), target: fmt(out.target) };
  };

  it('epost, fraga, Thu 2026-11-19 10:00 → due Mon 2026-11-23 16:00 (72 h = Sun 10:00, extended)', () => {
    expect(run('epost', 'fraga', '2026-11-19T10:00')).toEqual({ due: '2026-11-23T16:00:00+01:00', target: null });
  });
  it('telefon, fraga, Mon 2026-11-16 10:00 → due Tue 2026-11-17 10:00, target Mon 2026-11-16 16:00', () => {
    expect(run('telefon', 'fraga', '2026-11-16T10:00')).toEqual({
      due: '2026-11-17T10:00:00+01:00',
      target: '2026-11-16T16:00:00+01:00',
    });
  });
  it('telefon, fraga, Sun 2026-11-22 10:00 → due Mon 2026-11-23 10:00, no target (16:00 is not earlier than due)', () => {
    expect(run('telefon', 'fraga', '2026-11-22T10:00')).toEqual({ due: '2026-11-23T10:00:00+01:00', target: null });
  });
  it('epost, klagomal, Mon 2026-11-16 10:00 → due Thu 2026-11-19 10:00 (earliest of 72 h and 7 days)', () => {
    expect(run('epost', 'klagomal', '2026-11-16T10:00')).toEqual({ due: '2026-11-19T10:00:00+01:00', target: null });
  });
  it('webb, ansokan, Fri 2026-11-20 15:00 → due Mon 2026-11-23 15:00, target Fri 2026-11-20 16:00', () => {
    expect(run('webb', 'ansokan', '2026-11-20T15:00')).toEqual({
      due: '2026-11-23T15:00:00+01:00',
      target: '2026-11-20T16:00:00+01:00',
    });
  });
  it('sms, orosanmalan, Fri 2026-11-20 15:30 → due Mon 2026-11-23 09:30, no target', () => {
    expect(run('sms', 'orosanmalan', '2026-11-20T15:30')).toEqual({ due: '2026-11-23T09:30:00+01:00', target: null });
  });
});

describe('computeDeadline', () => {
  const salem = presetConfig('salem');
  const ljungby = presetConfig('ljungby');

  it('names the rules that produced due and target, and every matching rule in policy order', () => {
    // 72 h (kanal:webb) ends Mon 15:00; 24 h (typ:ansokan) ends Saturday and is extended to Mon 16:00.
    const out = deadline('salem', caseOf('webb', 'ansokan', '2026-11-20T15:00'));
    expect(out).toMatchObject({
      dueRule: 'kanal:webb',
      targetRule: 'typ:ansokan',
      matchedRules: ['kanal:webb', 'typ:ansokan'],
      reason: null,
    });
  });

  it('when an admin ticks "goes before all other rules" on a second rule, a report of concern still gets its own, earlier time (reader round 30, U4)', () => {
    const rules = ljungby.policy.rules.map((r) => (r.id === 'kanal:post' ? { ...r, override: true } : r));
    const policy = { ...ljungby.policy, rules };
    const spec = createWorkingCalendar(ljungby.calendar);
    const concern = computeDeadline(caseOf('post', 'orosanmalan', '2026-11-16T10:00'), policy, spec);
    const alone = computeDeadline(caseOf('post', 'orosanmalan', '2026-11-16T10:00'), ljungby.policy, spec);
    expect(concern.dueRule).toBe(alone.dueRule);
    expect(concern.due?.toString()).toBe(alone.due?.toString());
  });

  it('returns due and target in the calendar time zone', () => {
    const out = deadline('ljungby', caseOf('epost', 'fraga', '2026-11-16T10:15'));
    expect(out.due?.timeZoneId).toBe(TZ);
  });

  it('gives ej_arende no due time and no target', () => {
    expect(deadline('salem', caseOf('telefon', 'ej_arende', '2026-11-16T10:00'))).toEqual({
      due: null,
      target: null,
      dueRule: null,
      targetRule: null,
      matchedRules: ['kanal:telefon'],
      reason: 'ej_arende',
    });
  });

  it('gives an anonymous contact no due time on any channel', () => {
    for (const channel of ['webb', 'epost', 'telefon'] as const) {
      const out = deadline('ljungby', caseOf(channel, 'klagomal', '2026-11-16T10:00', true));
      expect({ due: out.due, target: out.target, reason: out.reason }).toEqual({ due: null, target: null, reason: 'anonymous' });
    }
  });

  it('reports ej_arende before anonymity when both apply', () => {
    expect(deadline('ljungby', caseOf('webb', 'ej_arende', '2026-11-16T10:00', true)).reason).toBe('ej_arende');
  });

  it('lets orosanmälan override anonymity: an anonymous web form still gets 2 business hours', () => {
    const out = deadline('varmdo', caseOf('webb', 'orosanmalan', '2026-11-16T10:00', true));
    expect({ due: fmt(out.due), target: fmt(out.target), dueRule: out.dueRule, reason: out.reason }).toEqual({
      due: '2026-11-16T12:00:00+01:00',
      target: null,
      dueRule: 'orosanmalan',
      reason: null,
    });
  });

  it('lets orosanmälan override every other rule, even an earlier due and a target', () => {
    // Salem sms: target same day 16:00, due +24 h; orosanmälan's 2 business hours replaces both.
    const out = deadline('salem', caseOf('sms', 'orosanmalan', '2026-11-16T15:00'));
    expect({ due: fmt(out.due), target: out.target, matched: out.matchedRules }).toEqual({
      due: '2026-11-17T09:00:00+01:00',
      target: null,
      matched: ['kanal:sms', 'orosanmalan'],
    });
  });

  it('drops a target that equals due', () => {
    const policy: Policy = {
      ...ljungby.policy,
      rules: [{ id: 'same', channel: ['epost'], due: { unit: 'businessHours', amount: 1 }, target: { unit: 'businessHours', amount: 1 } }],
    };
    const out = computeDeadline(caseOf('epost', 'fraga', '2026-11-16T10:00'), policy, spec);
    expect({ due: fmt(out.due), target: out.target, targetRule: out.targetRule }).toEqual({
      due: '2026-11-16T11:00:00+01:00',
      target: null,
      targetRule: null,
    });
  });

  it('drops a target later than due', () => {
    const policy: Policy = {
      ...ljungby.policy,
      rules: [{ id: 'late', channel: ['epost'], due: { unit: 'businessHours', amount: 1 }, target: { unit: 'workingDays', amount: 1 } }],
    };
    expect(computeDeadline(caseOf('epost', 'fraga', '2026-11-16T10:00'), policy, spec).target).toBeNull();
  });

  it('uses the policy default when no rule matches', () => {
    const policy: Policy = { ...ljungby.policy, rules: [] };
    const out = computeDeadline(caseOf('epost', 'fraga', '2026-11-16T10:15'), policy, spec);
    expect({ due: fmt(out.due), dueRule: out.dueRule, matchedRules: out.matchedRules }).toEqual({
      due: '2026-11-18T10:15:00+01:00',
      dueRule: 'default',
      matchedRules: [],
    });
  });

  it('uses the default due (with its target) when matching rules give only a target', () => {
    const policy: Policy = {
      ...ljungby.policy,
      rules: [{ id: 'goal', kind: ['fraga'], target: { unit: 'endOfWorkingDay', amount: 0 } }],
      default: { due: { unit: 'workingDays', amount: 2 }, target: { unit: 'businessHours', amount: 1 } },
    };
    const out = computeDeadline(caseOf('epost', 'fraga', '2026-11-16T10:00'), policy, spec);
    expect({ due: fmt(out.due), dueRule: out.dueRule, target: fmt(out.target), targetRule: out.targetRule }).toEqual({
      due: '2026-11-18T10:00:00+01:00',
      dueRule: 'default',
      target: '2026-11-16T11:00:00+01:00',
      targetRule: 'default',
    });
  });

  it('lets the earlier rule in policy order name a tie', () => {
    const twoHours: Duration = { unit: 'businessHours', amount: 2 };
    const policy: Policy = {
      ...ljungby.policy,
      rules: [
        { id: 'by-kind', kind: ['fraga'], due: twoHours },
        { id: 'by-channel', channel: ['epost'], due: twoHours },
      ],
    };
    expect(computeDeadline(caseOf('epost', 'fraga', '2026-11-16T10:00'), policy, spec).dueRule).toBe('by-kind');
  });

  it('takes the earliest due among all matching rules (Salem e-mailed complaint)', () => {
    const out = computeDeadline(caseOf('epost', 'klagomal', '2026-11-16T10:00'), salem.policy, createWorkingCalendar(salem.calendar));
    expect(out.dueRule).toBe('kanal:epost');
  });

  it('uses workingDayHours from the argument when given', () => {
    const out = computeDeadline(caseOf('epost', 'fraga', '2026-11-16T10:00'), ljungby.policy, spec, 4);
    expect(fmt(out.due)).toBe('2026-11-17T10:00:00+01:00');
  });
});

describe('selectDeadlineRules', () => {
  const { policy } = presetConfig('salem');
  it('matches a rule with no channel on every channel and a rule with no kind on every kind', () => {
    expect(selectDeadlineRules({ channel: 'post', kind: 'klagomal' }, policy).matched.map((r) => r.id)).toEqual([
      'kanal:post',
      'typ:klagomal',
    ]);
  });
  it('counts only override rules when one matches', () => {
    const sel = selectDeadlineRules({ channel: 'telefon', kind: 'orosanmalan' }, policy);
    expect({ override: sel.override, counted: sel.counted.map((r) => r.id) }).toEqual({ override: true, counted: ['orosanmalan'] });
  });
  it('requires both the channel and the kind when a rule names both', () => {
    const rules: Policy['rules'] = [{ id: 'both', channel: ['sms'], kind: ['fraga'], due: { unit: 'businessHours', amount: 1 } }];
    expect(selectDeadlineRules({ channel: 'sms', kind: 'klagomal' }, { rules }).matched).toEqual([]);
    expect(selectDeadlineRules({ channel: 'sms', kind: 'fraga' }, { rules }).matched).toHaveLength(1);
  });
});

describe('addDuration: opening-hour boundaries (half-open 08:00–16:00)', () => {
  const oneHour: Duration = { unit: 'businessHours', amount: 1 };
  it('counts a message received at exactly 08:00 from 08:00', () => {
    expect(add('2026-11-16T08:00', oneHour)).toBe('2026-11-16T09:00:00+01:00');
  });
  it('counts a message received at exactly 16:00 from the next opening', () => {
    expect(add('2026-11-16T16:00', oneHour)).toBe('2026-11-17T09:00:00+01:00');
  });
  it('counts a message received at 15:59:59 from then: one second today, the rest tomorrow', () => {
    expect(add('2026-11-16T15:59:59', oneHour)).toBe('2026-11-17T08:59:59+01:00');
  });
  it('counts a message received at 07:59:59 from 08:00', () => {
    expect(add('2026-11-16T07:59:59', oneHour)).toBe('2026-11-16T09:00:00+01:00');
  });
  it('ends at closing time when the amount runs out exactly there, not at the next opening', () => {
    expect(add('2026-11-16T08:00', { unit: 'workingDays', amount: 1 })).toBe('2026-11-16T16:00:00+01:00');
    expect(add('2026-11-16T14:00', { unit: 'businessHours', amount: 2 })).toBe('2026-11-16T16:00:00+01:00');
  });
  it('gives amount 0 the start itself', () => {
    expect(add('2026-11-14T12:00', { unit: 'workingDays', amount: 0 })).toBe('2026-11-16T08:00:00+01:00');
    expect(add('2026-11-16T12:00', { unit: 'businessHours', amount: 0 })).toBe('2026-11-16T12:00:00+01:00');
  });
});

describe('addDuration: each unit', () => {
  it('workingDays: n × 8 business hours from start', () => {
    expect(add('2026-11-16T10:15', { unit: 'workingDays', amount: 2 })).toBe('2026-11-18T10:15:00+01:00');
  });
  it('workingDays: a fractional amount is that share of a working day', () => {
    expect(add('2026-11-16T10:00', { unit: 'workingDays', amount: 0.5 })).toBe('2026-11-16T14:00:00+01:00');
  });
  it('workingDays: the working-day length is a parameter', () => {
    expect(formatOffsetDateTime(addDuration(local('2026-11-16T10:00'), { unit: 'workingDays', amount: 1 }, spec, 6))).toBe(
      '2026-11-16T16:00:00+01:00',
    );
  });
  it('workingDays: skips a long holiday stretch (Christmas to trettondedag jul)', () => {
    // 2026-12-23 15:00: 1 h left; then 28, 29, 30 Dec (8 h each), 31 Dec closed, 1 Jan closed, 2 Jan Saturday …
    expect(add('2026-12-23T15:00', { unit: 'workingDays', amount: 4 })).toBe('2027-01-04T15:00:00+01:00');
  });
  it('workingDays: a whole year of working days ends at the year\'s last closing time', () => {
    // 2027: 261 weekdays, 8 of them holidays (1 and 6 Jan, 26 and 29 Mar, 6 May, 25 Jun, 24 and 31 Dec).
    expect(spec.yearSummary(2027).workingDays).toBe(253);
    expect(add('2027-01-01T00:00', { unit: 'workingDays', amount: 253 })).toBe('2027-12-30T16:00:00+01:00');
    expect(add('2027-01-01T00:00', { unit: 'workingDays', amount: 254 })).toBe('2028-01-03T16:00:00+01:00');
    expect(add('2026-12-31T00:00', { unit: 'workingDays', amount: 253.5 })).toBe('2028-01-03T12:00:00+01:00');
  });
  it('workingDays: an amount that ends exactly at the last closing time of the next year ends there', () => {
    // 6 h left on Wed 2026-12-30 from 10:00, then exactly the 253 working days of 2027.
    expect(add('2026-12-30T10:00', { unit: 'workingDays', amount: 253.75 })).toBe('2027-12-30T16:00:00+01:00');
    expect(add('2026-12-30T10:00', { unit: 'businessHours', amount: 6 + 253 * 8 + 0.5 })).toBe('2028-01-03T08:30:00+01:00');
  });
  it('workingDays: amounts spanning several years agree with a day-by-day count', () => {
    const start = local('2026-11-16T10:00');
    const due = addDuration(start, { unit: 'workingDays', amount: 1000 }, spec);
    const date = Temporal.PlainDate.from(walkWorkingDays('2026-11-16', 1000));
    expect(due.epochNanoseconds).toBe(date.toZonedDateTime({ timeZone: TZ, plainTime: '10:00' }).epochNanoseconds);
  });
  it('businessHours: 2 h from Friday 15:30 is Monday 09:30', () => {
    expect(add('2026-11-20T15:30', { unit: 'businessHours', amount: 2 })).toBe('2026-11-23T09:30:00+01:00');
  });
  it('businessHours: fractional hours', () => {
    expect(add('2026-11-16T10:00', { unit: 'businessHours', amount: 1.25 })).toBe('2026-11-16T11:15:00+01:00');
  });
  it('endOfWorkingDay 0: closing time of the day of start', () => {
    expect(add('2026-11-16T10:00', { unit: 'endOfWorkingDay', amount: 0 })).toBe('2026-11-16T16:00:00+01:00');
  });
  it('endOfWorkingDay 0 after closing: closing time of the next working day (start moves there)', () => {
    expect(add('2026-11-20T17:00', { unit: 'endOfWorkingDay', amount: 0 })).toBe('2026-11-23T16:00:00+01:00');
  });
  it('endOfWorkingDay n: skips non-working days', () => {
    expect(add('2026-12-23T10:00', { unit: 'endOfWorkingDay', amount: 1 })).toBe('2026-12-28T16:00:00+01:00');
  });
  it('endOfWorkingDay over years counts working days exactly (2027 has 253)', () => {
    expect(add('2026-12-30T10:00', { unit: 'endOfWorkingDay', amount: 253 })).toBe('2027-12-30T16:00:00+01:00');
    expect(add('2026-12-30T10:00', { unit: 'endOfWorkingDay', amount: 254 })).toBe('2028-01-03T16:00:00+01:00');
    const closing = spec.closingTime(Temporal.PlainDate.from(walkWorkingDays('2026-12-30', 1000)));
    expect(add('2026-12-30T10:00', { unit: 'endOfWorkingDay', amount: 1000 })).toBe(fmt(closing));
  });
  it('calendarHours: elapsed hours, ignoring business time', () => {
    expect(add('2026-11-20T15:30', { unit: 'calendarHours', amount: 24 })).toBe('2026-11-21T15:30:00+01:00');
  });
  it('calendarDays: same wall-clock time n days later', () => {
    expect(add('2026-11-16T10:00', { unit: 'calendarDays', amount: 7 })).toBe('2026-11-23T10:00:00+01:00');
  });
});

describe('addDuration: extend', () => {
  it('moves a calendarHours result on a Saturday to Monday closing time', () => {
    expect(add('2026-11-20T10:00', { unit: 'calendarHours', amount: 24, extend: true })).toBe('2026-11-23T16:00:00+01:00');
  });
  it('moves a calendarDays result on a holiday to the next working day closing time (juldagen → 28 Dec)', () => {
    expect(add('2026-12-18T10:00', { unit: 'calendarDays', amount: 7, extend: true })).toBe('2026-12-28T16:00:00+01:00');
  });
  it('leaves a result on a working day alone, even after closing time', () => {
    expect(add('2026-11-16T18:00', { unit: 'calendarHours', amount: 24, extend: true })).toBe('2026-11-17T18:00:00+01:00');
  });
  it('does nothing without extend', () => {
    expect(add('2026-11-20T10:00', { unit: 'calendarHours', amount: 24 })).toBe('2026-11-21T10:00:00+01:00');
  });
  it('refuses extend on a business-time unit', () => {
    expect(() => addDuration(local('2026-11-16T10:00'), { unit: 'workingDays', amount: 1, extend: true }, spec)).toThrow(/extend/);
  });
});

describe('addDuration across DST (spring 2026-03-29, autumn 2026-10-25)', () => {
  it('workingDays from Friday before spring-forward keeps business hours', () => {
    expect(add('2026-03-27T15:00', { unit: 'workingDays', amount: 1 })).toBe('2026-03-30T15:00:00+02:00');
  });
  it('workingDays from Friday before fall-back keeps business hours', () => {
    expect(add('2026-10-23T15:00', { unit: 'workingDays', amount: 1 })).toBe('2026-10-26T15:00:00+01:00');
  });
  it('businessHours across spring-forward', () => {
    expect(add('2026-03-27T15:30', { unit: 'businessHours', amount: 1 })).toBe('2026-03-30T08:30:00+02:00');
  });
  it('businessHours across fall-back', () => {
    expect(add('2026-10-23T15:30', { unit: 'businessHours', amount: 1 })).toBe('2026-10-26T08:30:00+01:00');
  });
  it('endOfWorkingDay across spring-forward closes at 16:00 summer time', () => {
    expect(add('2026-03-27T10:00', { unit: 'endOfWorkingDay', amount: 1 })).toBe('2026-03-30T16:00:00+02:00');
  });
  it('endOfWorkingDay across fall-back closes at 16:00 winter time', () => {
    expect(add('2026-10-23T10:00', { unit: 'endOfWorkingDay', amount: 1 })).toBe('2026-10-26T16:00:00+01:00');
  });
  it('calendarHours is elapsed time: 48 h from Fri 15:00 before spring-forward is Sun 16:00', () => {
    expect(add('2026-03-27T15:00', { unit: 'calendarHours', amount: 48 })).toBe('2026-03-29T16:00:00+02:00');
  });
  it('calendarHours is elapsed time: 48 h from Fri 15:00 before fall-back is Sun 14:00', () => {
    expect(add('2026-10-23T15:00', { unit: 'calendarHours', amount: 48 })).toBe('2026-10-25T14:00:00+01:00');
  });
  it('calendarHours with extend across spring-forward', () => {
    expect(add('2026-03-27T15:00', { unit: 'calendarHours', amount: 48, extend: true })).toBe('2026-03-30T16:00:00+02:00');
  });
  it('calendarDays keeps the wall-clock time: Fri 15:00 + 2 days = Sun 15:00 summer time (47 elapsed hours)', () => {
    const received = local('2026-03-27T15:00');
    const due = addDuration(received, { unit: 'calendarDays', amount: 2 }, spec);
    expect(formatOffsetDateTime(due)).toBe('2026-03-29T15:00:00+02:00');
    expect(due.toInstant().since(received).total('hours')).toBe(47);
  });
  it('calendarDays keeps the wall-clock time across fall-back (49 elapsed hours)', () => {
    const received = local('2026-10-23T15:00');
    const due = addDuration(received, { unit: 'calendarDays', amount: 2 }, spec);
    expect(formatOffsetDateTime(due)).toBe('2026-10-25T15:00:00+01:00');
    expect(due.toInstant().since(received).total('hours')).toBe(49);
  });
  it('calendarDays onto a wall-clock time that does not exist moves later (compatible)', () => {
    // 2026-03-29 02:30 does not exist in Stockholm.
    expect(add('2026-03-28T02:30', { unit: 'calendarDays', amount: 1 })).toBe('2026-03-29T03:30:00+02:00');
  });
  it('calendarDays onto an ambiguous wall-clock time takes the earlier offset (compatible)', () => {
    expect(add('2026-10-24T02:30', { unit: 'calendarDays', amount: 1 })).toBe('2026-10-25T02:30:00+02:00');
  });
  it('calendarDays 0 in the repeated autumn hour keeps the instant (02:00+01:00 stays, not 02:00+02:00)', () => {
    const received = Temporal.Instant.from('2026-10-25T01:00:00Z'); // the second 02:00 in Stockholm
    expect(formatOffsetDateTime(addDuration(received, { unit: 'calendarDays', amount: 0 }, spec))).toBe('2026-10-25T02:00:00+01:00');
  });
  it('calendarDays 1 from the repeated autumn hour keeps the wall clock', () => {
    const received = Temporal.Instant.from('2026-10-25T01:00:00Z');
    expect(formatOffsetDateTime(addDuration(received, { unit: 'calendarDays', amount: 1 }, spec))).toBe('2026-10-26T02:00:00+01:00');
  });
  it('calendarDays with extend across fall-back', () => {
    expect(add('2026-10-23T15:00', { unit: 'calendarDays', amount: 2, extend: true })).toBe('2026-10-26T16:00:00+01:00');
  });
});

describe('addDuration with a custom calendar', () => {
  it('honours local closed days (klämdag)', () => {
    const calendar = createWorkingCalendar({ closedDays: ['2026-05-15'] }); // Friday after Kristi himmelsfärd
    expect(add('2026-05-13T10:00', { unit: 'workingDays', amount: 1 }, calendar)).toBe('2026-05-18T10:00:00+02:00');
  });
  it('honours a dated exception that shortens a day', () => {
    const calendar = createWorkingCalendar({ exceptions: [{ date: '2026-04-30', hours: [{ from: '08:00', to: '12:00' }] }] });
    expect(add('2026-04-30T10:00', { unit: 'businessHours', amount: 3 }, calendar)).toBe('2026-05-04T09:00:00+02:00');
    expect(add('2026-04-30T10:00', { unit: 'endOfWorkingDay', amount: 0 }, calendar)).toBe('2026-04-30T12:00:00+02:00');
  });
  it('honours a dated exception that closes a day', () => {
    const calendar = createWorkingCalendar({ exceptions: [{ date: '2026-11-17', hours: [] }] });
    expect(add('2026-11-16T10:00', { unit: 'workingDays', amount: 1 }, calendar)).toBe('2026-11-18T10:00:00+01:00');
  });
  it('honours a dated exception that opens a Saturday', () => {
    const calendar = createWorkingCalendar({ exceptions: [{ date: '2026-11-21', hours: [{ from: '10:00', to: '14:00' }] }] });
    expect(add('2026-11-20T15:00', { unit: 'businessHours', amount: 2 }, calendar)).toBe('2026-11-21T11:00:00+01:00');
  });
  it('honours other opening hours with a lunch break', () => {
    const split = [{ from: '09:00', to: '12:00' }, { from: '13:00', to: '17:00' }];
    const calendar = createWorkingCalendar({ openingHours: { mon: split, tue: split, wed: split, thu: split, fri: split } });
    expect(add('2026-11-16T11:00', { unit: 'businessHours', amount: 2 }, calendar)).toBe('2026-11-16T14:00:00+01:00');
    // A working day is still 8 business hours although this day has 7: Mon 11–12, 13–17 (5 h), Tue 09–12 (3 h).
    expect(add('2026-11-16T11:00', { unit: 'workingDays', amount: 1 }, calendar)).toBe('2026-11-17T12:00:00+01:00');
    expect(add('2026-11-16T12:30', { unit: 'endOfWorkingDay', amount: 0 }, calendar)).toBe('2026-11-16T17:00:00+01:00');
  });
  it('uses the calendar workingDayHours for workingDays', () => {
    const calendar = createWorkingCalendar({ workingDayHours: 4 });
    expect(add('2026-11-16T10:00', { unit: 'workingDays', amount: 1 }, calendar)).toBe('2026-11-16T14:00:00+01:00');
  });
  it('works in another time zone', () => {
    const calendar = createWorkingCalendar({ timeZone: 'America/New_York' });
    const due = addDuration(Temporal.Instant.from('2026-11-20T20:30:00Z'), { unit: 'workingDays', amount: 1 }, calendar);
    expect(formatOffsetDateTime(due)).toBe('2026-11-23T15:30:00-05:00');
  });
  it('says so when a calendar has no business time at all', () => {
    const none: [] = [];
    const calendar = createWorkingCalendar({ openingHours: { mon: none, tue: none, wed: none, thu: none, fri: none } });
    expect(() => addDuration(local('2026-11-16T10:00'), { unit: 'workingDays', amount: 1 }, calendar)).toThrow(/no business time/);
  });
});

describe('formatOffsetDateTime', () => {
  it('writes the Stockholm offset and seconds, with no bracketed zone', () => {
    expect(formatOffsetDateTime(Temporal.ZonedDateTime.from('2026-11-24T15:30[Europe/Stockholm]'))).toBe('2026-11-24T15:30:00+01:00');
  });
  it('writes summer time as +02:00', () => {
    expect(formatOffsetDateTime(Temporal.ZonedDateTime.from('2026-06-24T08:00[Europe/Stockholm]'))).toBe('2026-06-24T08:00:00+02:00');
  });
  it('writes fractional seconds only when they are not zero, without trailing zeros', () => {
    expect(formatOffsetDateTime(Temporal.ZonedDateTime.from('2026-11-24T15:30:00.120[Europe/Stockholm]'))).toBe(
      '2026-11-24T15:30:00.12+01:00',
    );
    expect(formatOffsetDateTime(Temporal.ZonedDateTime.from('2026-11-24T15:30:00.000000001[Europe/Stockholm]'))).toBe(
      '2026-11-24T15:30:00.000000001+01:00',
    );
  });
  it('agrees with Temporal toString without the zone', () => {
    const z = Temporal.ZonedDateTime.from('2026-03-29T03:00:00.5[Europe/Stockholm]');
    expect(formatOffsetDateTime(z)).toBe(z.toString({ timeZoneName: 'never', calendarName: 'never' }));
  });
});

describe('parseReceived', () => {
  it('reads UTC with Z', () => {
    expect(parseReceived('2026-11-20T14:30:00Z').toString()).toBe('2026-11-20T14:30:00Z');
  });
  it('reads an offset', () => {
    expect(parseReceived('2026-11-20T15:30:00+01:00').toString()).toBe('2026-11-20T14:30:00Z');
  });
  it('reads a date-time without offset as UTC, as Graph means it', () => {
    expect(parseReceived('2026-11-20T14:30:00').toString()).toBe('2026-11-20T14:30:00Z');
    expect(parseReceived('2026-11-20T14:30:00.0000000').toString()).toBe('2026-11-20T14:30:00Z');
  });
  it('keeps fractional seconds', () => {
    expect(parseReceived('2026-11-20T14:30:00.25Z').epochNanoseconds % 1_000_000_000n).toBe(250_000_000n);
  });
  it.each(['', 'tomorrow', '2026-11-20', '2026-13-01T10:00:00Z', '2026-02-30T10:00:00Z', '20.11.2026 14:30', '2026-11-20T14:30:00[Europe/Stockholm]'])(
    'throws a clear error naming %j',
    (text) => {
      expect(() => parseReceived(text)).toThrow(new RegExp(`received time ${JSON.stringify(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    },
  );
  it('throws on a value that is not a string', () => {
    expect(() => parseReceived(42 as unknown as string)).toThrow(/received time must be an ISO 8601 date-time string; got 42/);
  });
});
