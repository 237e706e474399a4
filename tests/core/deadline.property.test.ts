import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { createWorkingCalendar, type WorkingCalendar } from '../../src/core/calendar';
import { epochNanosecondsOfLocal, offsetNanosecondsAt } from '../../src/core/calendar/zoneOffsets';
import type { Duration } from '../../src/core/config/policySchema';
import { presetConfig, PRESET_IDS } from '../../src/core/config/presets';
import {
  addDuration,
  computeDeadline,
  deadlineForCase,
  formatOffsetDateTime,
  parseReceived,
  workingCalendarOf,
} from '../../src/core/deadline';
import { CHANNELS, KINDS } from '../../src/core/vocabulary';

const NS_PER_HOUR = 3_600_000_000_000n;

/** Calendars the properties must hold for: SPEC §2, and a busier one with a lunch break, closed days and exceptions. */
const split = [{ from: '09:00', to: '12:00' }, { from: '13:00', to: '17:30' }];
const CALENDARS: [string, WorkingCalendar][] = [
  ['SPEC §2', createWorkingCalendar()],
  [
    'custom',
    createWorkingCalendar({
      openingHours: { mon: split, tue: split, wed: split, thu: split, fri: [{ from: '08:00', to: '14:00' }], sat: [{ from: '10:00', to: '13:00' }] },
      closedDays: ['2026-05-15', '2026-11-02', '2027-01-07'],
      exceptions: [
        { date: '2026-04-30', hours: [{ from: '08:00', to: '12:00' }] },
        { date: '2026-03-29', hours: [{ from: '00:00', to: '24:00' }] },
        { date: '2026-10-25', hours: [{ from: '01:00', to: '04:00' }] },
      ],
    }),
  ],
];

/** Receipt instants 2025–2028, to the millisecond, with DST changes and holidays well represented. */
const FROM_MS = Date.UTC(2025, 0, 1);
const TO_MS = Date.UTC(2028, 11, 1);
const receivedArb = fc.integer({ min: FROM_MS, max: TO_MS }).map((ms) => Temporal.Instant.fromEpochMilliseconds(ms));
/** Around the 2026 DST changes (±3 days), where mistakes hide. */
const dstArb = fc
  .tuple(fc.constantFrom(Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)), fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }))
  .map(([at, delta]) => Temporal.Instant.fromEpochMilliseconds(at + delta));
/** Whole minutes within three hours of a 2026 DST change: the skipped and the repeated hour. */
const dstHourArb = fc
  .tuple(fc.constantFrom(Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)), fc.integer({ min: -180, max: 180 }))
  .map(([at, minutes]) => Temporal.Instant.fromEpochMilliseconds(at + minutes * 60_000));
const anyReceivedArb = fc.oneof(receivedArb, dstArb, dstHourArb);

const quarterHours = fc.integer({ min: 0, max: 200 }).map((q) => q / 4);
const businessDurationArb: fc.Arbitrary<Duration> = fc.oneof(
  quarterHours.map((amount): Duration => ({ unit: 'businessHours', amount })),
  fc.integer({ min: 0, max: 40 }).map((amount): Duration => ({ unit: 'workingDays', amount })),
  fc.integer({ min: 0, max: 8 }).map((q): Duration => ({ unit: 'workingDays', amount: q / 4 })),
);
const durationArb: fc.Arbitrary<Duration> = fc.oneof(
  businessDurationArb,
  fc.integer({ min: 0, max: 40 }).map((amount): Duration => ({ unit: 'endOfWorkingDay', amount })),
  fc.tuple(quarterHours, fc.boolean()).map(([amount, extend]): Duration => ({ unit: 'calendarHours', amount, extend })),
  fc.tuple(fc.integer({ min: 0, max: 60 }), fc.boolean()).map(([amount, extend]): Duration => ({ unit: 'calendarDays', amount, extend })),
);
/** Picks a calendar by name, so fast-check reports the name rather than the calendar and its caches. */
const calendarArb = fc.constantFrom(...CALENDARS.map(([name]) => name));
const calendarNamed = (name: string): WorkingCalendar => CALENDARS.find(([n]) => n === name)![1];
/** One validated configuration per preset, so calendars (and their caches) are built once. */
const CONFIGS = new Map(PRESET_IDS.map((id) => [id, presetConfig(id)]));

/**
 * A slow reference for business-time units: walks the calendar's public intervals one day at
 * a time with Temporal, independent of the engine's caches and year skipping.
 */
function referenceBusinessDue(received: Temporal.Instant, hours: number, calendar: WorkingCalendar): bigint {
  let remaining = BigInt(Math.round(hours * 3_600_000)) * 1_000_000n;
  const from = received.epochNanoseconds;
  let date = calendar.localDate(received);
  for (let guard = 0; guard < 5000; guard++) {
    for (const { start, end } of calendar.openingIntervals(date)) {
      const s = start.epochNanoseconds > from ? start.epochNanoseconds : from;
      const e = end.epochNanoseconds;
      if (e <= s) continue;
      if (remaining <= e - s) return s + remaining;
      remaining -= e - s;
    }
    date = date.add({ days: 1 });
  }
  throw new Error('reference walked too far');
}

function isBusinessTimeOrClosing(instant: Temporal.ZonedDateTime, calendar: WorkingCalendar): boolean {
  if (calendar.isBusinessTime(instant)) return true;
  // A closing time ends an interval of its own date (its instant can be the next date's 00:00).
  const ns = instant.epochNanoseconds;
  const dates = [instant.toPlainDate(), instant.toPlainDate().subtract({ days: 1 })];
  return dates.some((d) => calendar.openingIntervals(d).some((iv) => iv.end.epochNanoseconds === ns));
}

describe('deadline properties', () => {
  it('never gives a due time before received, in any unit', () => {
    fc.assert(
      fc.property(anyReceivedArb, durationArb, calendarArb, (received, duration, calendarName) => {
        const calendar = calendarNamed(calendarName);
        const due = addDuration(received, duration, calendar);
        return Temporal.Instant.compare(due.toInstant(), received) >= 0;
      }),
      { numRuns: 500 },
    );
  });

  it('is monotone in received for businessHours, workingDays and endOfWorkingDay', () => {
    const monotoneArb = fc.oneof(businessDurationArb, fc.integer({ min: 0, max: 10 }).map((amount): Duration => ({ unit: 'endOfWorkingDay', amount })));
    fc.assert(
      fc.property(anyReceivedArb, fc.integer({ min: 0, max: 4 * 86_400_000 }), monotoneArb, calendarArb, (a, gapMs, duration, calendarName) => {
        const calendar = calendarNamed(calendarName);
        const b = a.add({ milliseconds: gapMs });
        const dueA = addDuration(a, duration, calendar).epochNanoseconds;
        const dueB = addDuration(b, duration, calendar).epochNanoseconds;
        return dueA <= dueB;
      }),
      { numRuns: 500 },
    );
  });

  it('puts a workingDays or businessHours due in business time or exactly at a closing time', () => {
    fc.assert(
      fc.property(anyReceivedArb, businessDurationArb, calendarArb, (received, duration, calendarName) =>
        isBusinessTimeOrClosing(addDuration(received, duration, calendarNamed(calendarName)), calendarNamed(calendarName)),
      ),
      { numRuns: 500 },
    );
  });

  it('agrees with a day-by-day reference walk for workingDays and businessHours', () => {
    fc.assert(
      fc.property(anyReceivedArb, businessDurationArb, calendarArb, (received, duration, calendarName) => {
        const calendar = calendarNamed(calendarName);
        const hours = duration.unit === 'workingDays' ? duration.amount * calendar.workingDayHours : duration.amount;
        return addDuration(received, duration, calendar).epochNanoseconds === referenceBusinessDue(received, hours, calendar);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the reference walk for amounts spanning years', () => {
    fc.assert(
      fc.property(receivedArb, fc.integer({ min: 200, max: 800 }), calendarArb, (received, amount, calendarName) => {
        const calendar = calendarNamed(calendarName);
        const due = addDuration(received, { unit: 'workingDays', amount }, calendar).epochNanoseconds;
        return due === referenceBusinessDue(received, amount * calendar.workingDayHours, calendar);
      }),
      { numRuns: 25 },
    );
  });

  it('puts an endOfWorkingDay due at the closing time of a working day', () => {
    fc.assert(
      fc.property(anyReceivedArb, fc.integer({ min: 0, max: 30 }), calendarArb, (received, amount, calendarName) => {
        const calendar = calendarNamed(calendarName);
        const due = addDuration(received, { unit: 'endOfWorkingDay', amount }, calendar);
        const day = calendar.dayAt(due.epochNanoseconds - 1n); // the instant just before closing lies in that day
        return day.working && day.intervals[day.intervals.length - 1]!.endNs === due.epochNanoseconds;
      }),
      { numRuns: 300 },
    );
  });

  it('adds exactly n elapsed hours with calendarHours (no extend), DST or not', () => {
    fc.assert(
      fc.property(anyReceivedArb, fc.integer({ min: 0, max: 500 }), calendarArb, (received, hours, calendarName) => {
        const due = addDuration(received, { unit: 'calendarHours', amount: hours }, calendarNamed(calendarName));
        return due.epochNanoseconds - received.epochNanoseconds === BigInt(hours) * NS_PER_HOUR;
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the wall-clock time with calendarDays unless the time does not exist that day', () => {
    fc.assert(
      fc.property(anyReceivedArb, fc.integer({ min: 0, max: 60 }), (received, days) => {
        const calendar = CALENDARS[0]![1];
        const start = received.toZonedDateTimeISO(calendar.timeZone);
        const due = addDuration(received, { unit: 'calendarDays', amount: days }, calendar);
        const sameClock = due.toPlainTime().equals(start.toPlainTime());
        const inGap = start.toPlainDate().add({ days }).toPlainDateTime(start.toPlainTime()).toZonedDateTime(calendar.timeZone).toPlainTime().equals(start.toPlainTime()) === false;
        return due.toPlainDate().equals(start.toPlainDate().add({ days })) && (sameClock || inGap);
      }),
      { numRuns: 300 },
    );
  });

  it('lands an extended calendar unit on a working day', () => {
    fc.assert(
      fc.property(
        anyReceivedArb,
        fc.oneof(
          fc.integer({ min: 0, max: 300 }).map((amount): Duration => ({ unit: 'calendarHours', amount, extend: true })),
          fc.integer({ min: 0, max: 30 }).map((amount): Duration => ({ unit: 'calendarDays', amount, extend: true })),
        ),
        calendarArb,
        (received, duration, calendarName) => {
          const calendar = calendarNamed(calendarName);
          const due = addDuration(received, duration, calendar);
          return calendar.dayAt(due.epochNanoseconds - 1n).working || calendar.dayAt(due.epochNanoseconds).working;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same result for the same instant written with different offsets (via parseReceived)', () => {
    const offsetMinutesArb = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => q * 15);
    fc.assert(
      fc.property(
        receivedArb,
        offsetMinutesArb,
        fc.constantFrom(...PRESET_IDS),
        fc.constantFrom(...CHANNELS),
        fc.constantFrom(...KINDS),
        fc.boolean(),
        (instant, offsetMinutes, preset, channel, kind, anonymous) => {
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const texts = [
            instant.toString(), // …Z
            instant.toString({ timeZone: offset }),
            instant.toString().replace(/Z$/, ''), // no offset: UTC, as Graph means it
            instant.toString({ timeZone: 'Europe/Stockholm' }),
          ];
          const config = CONFIGS.get(preset)!;
          const answers = texts.map((text) => {
            const out = deadlineForCase({ channel, kind, anonymous, received: parseReceived(text) }, config);
            return [out.due && formatOffsetDateTime(out.due), out.target && formatOffsetDateTime(out.target), out.dueRule];
          });
          return answers.every((a) => JSON.stringify(a) === JSON.stringify(answers[0]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a target strictly before due and due never before received, for every preset', () => {
    fc.assert(
      fc.property(
        anyReceivedArb,
        fc.constantFrom(...PRESET_IDS),
        fc.constantFrom(...CHANNELS),
        fc.constantFrom(...KINDS),
        fc.boolean(),
        (received, preset, channel, kind, anonymous) => {
          const config = CONFIGS.get(preset)!;
          const out = computeDeadline({ channel, kind, received, anonymous }, config.policy, workingCalendarOf(config));
          if (out.due === null) return out.target === null && out.reason !== null;
          const targetOk = out.target === null || Temporal.ZonedDateTime.compare(out.target, out.due) < 0;
          return targetOk && Temporal.Instant.compare(out.due.toInstant(), received) >= 0 && out.matchedRules.includes(out.dueRule!) === (out.dueRule !== 'default');
        },
      ),
      { numRuns: 300 },
    );
  });

  describe('fast zone offsets agree with Temporal', () => {
    /** Zones with odd offsets, half-hour DST, southern DST, negative DST and a skipped day. */
    const zones = ['Europe/Stockholm', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Europe/Dublin', 'America/Sao_Paulo', 'Pacific/Apia', 'UTC'];
    const zoneArb = fc.constantFrom(...zones);
    /** 1900–2200 to the second, plus the minutes around Stockholm's 2026 changes. */
    const instantNsArb = fc.oneof(
      fc.integer({ min: -2_208_988_800, max: 7_258_118_400 }).map((s) => BigInt(s) * 1_000_000_000n),
      dstArb.map((i) => i.epochNanoseconds),
    );

    it('offsetNanosecondsAt', () => {
      fc.assert(
        fc.property(zoneArb, instantNsArb, (zone, ns) => offsetNanosecondsAt(zone, ns) === new Temporal.ZonedDateTime(ns, zone).offsetNanoseconds),
        { numRuns: 1000 },
      );
    });

    it('epochNanosecondsOfLocal (compatible disambiguation)', () => {
      fc.assert(
        fc.property(zoneArb, instantNsArb, fc.integer({ min: -180, max: 180 }), (zone, ns, minutes) => {
          // Wall-clock times near real transitions: take an instant's wall clock and nudge it.
          const wallClock = new Temporal.ZonedDateTime(ns, zone).toPlainDateTime().add({ minutes });
          const expected = wallClock.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochNanoseconds;
          const localNs = wallClock.toZonedDateTime('UTC').epochNanoseconds;
          return epochNanosecondsOfLocal(zone, localNs) === expected;
        }),
        { numRuns: 1000 },
      );
    });

    it('formatOffsetDateTime writes what Temporal writes, without the zone', () => {
      fc.assert(
        fc.property(zoneArb, instantNsArb, fc.integer({ min: 0, max: 999_999_999 }), (zone, ns, subSecond) => {
          const z = new Temporal.ZonedDateTime(ns + BigInt(subSecond % 7 === 0 ? 0 : subSecond), zone);
          return formatOffsetDateTime(z) === z.toString({ timeZoneName: 'never', calendarName: 'never' });
        }),
        { numRuns: 1000 },
      );
    });

    it('calendarDays equals ZonedDateTime.add({ days }) in every zone', () => {
      const calendars = new Map(zones.map((zone) => [zone, createWorkingCalendar({ timeZone: zone })]));
      fc.assert(
        fc.property(zoneArb, anyReceivedArb, fc.integer({ min: 0, max: 400 }), (zone, received, days) => {
          const due = addDuration(received, { unit: 'calendarDays', amount: days }, calendars.get(zone)!);
          return due.epochNanoseconds === received.toZonedDateTimeISO(zone).add({ days }).epochNanoseconds;
        }),
        { numRuns: 500 },
      );
    });
  });
});
