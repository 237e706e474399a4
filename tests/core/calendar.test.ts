import Holidays from 'date-holidays';
import { Temporal } from 'temporal-polyfill';
import {
  createWorkingCalendar,
  easterSunday,
  epochDayOfPlainDate,
  swedishHolidayName,
  swedishHolidays,
} from '../../src/core/calendar';

const TZ = 'Europe/Stockholm';
const date = (iso: string) => Temporal.PlainDate.from(iso);
const local = (wallClock: string): Temporal.Instant =>
  Temporal.PlainDateTime.from(wallClock).toZonedDateTime(TZ, { disambiguation: 'reject' }).toInstant();
const holidayTable = (year: number) => swedishHolidays(year).map((h) => [h.date.toString(), h.name]);

describe('swedishHolidays', () => {
  it('lists the sixteen closed days of 2025 in calendar order', () => {
    expect(holidayTable(2025)).toEqual([
      ['2025-01-01', 'nyårsdagen'],
      ['2025-01-06', 'trettondedag jul'],
      ['2025-04-18', 'långfredagen'],
      ['2025-04-20', 'påskdagen'],
      ['2025-04-21', 'annandag påsk'],
      ['2025-05-01', 'första maj'],
      ['2025-05-29', 'Kristi himmelsfärdsdag'],
      ['2025-06-06', 'Sveriges nationaldag'],
      ['2025-06-08', 'pingstdagen'],
      ['2025-06-20', 'midsommarafton'],
      ['2025-06-21', 'midsommardagen'],
      ['2025-11-01', 'alla helgons dag'],
      ['2025-12-24', 'julafton'],
      ['2025-12-25', 'juldagen'],
      ['2025-12-26', 'annandag jul'],
      ['2025-12-31', 'nyårsafton'],
    ]);
  });

  it('lists the sixteen closed days of 2026 in calendar order', () => {
    expect(holidayTable(2026)).toEqual([
      ['2026-01-01', 'nyårsdagen'],
      ['2026-01-06', 'trettondedag jul'],
      ['2026-04-03', 'långfredagen'],
      ['2026-04-05', 'påskdagen'],
      ['2026-04-06', 'annandag påsk'],
      ['2026-05-01', 'första maj'],
      ['2026-05-14', 'Kristi himmelsfärdsdag'],
      ['2026-05-24', 'pingstdagen'],
      ['2026-06-06', 'Sveriges nationaldag'],
      ['2026-06-19', 'midsommarafton'],
      ['2026-06-20', 'midsommardagen'],
      ['2026-10-31', 'alla helgons dag'],
      ['2026-12-24', 'julafton'],
      ['2026-12-25', 'juldagen'],
      ['2026-12-26', 'annandag jul'],
      ['2026-12-31', 'nyårsafton'],
    ]);
  });

  it('lists the sixteen closed days of 2027 in calendar order', () => {
    expect(holidayTable(2027)).toEqual([
      ['2027-01-01', 'nyårsdagen'],
      ['2027-01-06', 'trettondedag jul'],
      ['2027-03-26', 'långfredagen'],
      ['2027-03-28', 'påskdagen'],
      ['2027-03-29', 'annandag påsk'],
      ['2027-05-01', 'första maj'],
      ['2027-05-06', 'Kristi himmelsfärdsdag'],
      ['2027-05-16', 'pingstdagen'],
      ['2027-06-06', 'Sveriges nationaldag'],
      ['2027-06-25', 'midsommarafton'],
      ['2027-06-26', 'midsommardagen'],
      ['2027-11-06', 'alla helgons dag'],
      ['2027-12-24', 'julafton'],
      ['2027-12-25', 'juldagen'],
      ['2027-12-26', 'annandag jul'],
      ['2027-12-31', 'nyårsafton'],
    ]);
  });

  it('lists the sixteen closed days of 2028 in calendar order', () => {
    expect(holidayTable(2028)).toEqual([
      ['2028-01-01', 'nyårsdagen'],
      ['2028-01-06', 'trettondedag jul'],
      ['2028-04-14', 'långfredagen'],
      ['2028-04-16', 'påskdagen'],
      ['2028-04-17', 'annandag påsk'],
      ['2028-05-01', 'första maj'],
      ['2028-05-25', 'Kristi himmelsfärdsdag'],
      ['2028-06-04', 'pingstdagen'],
      ['2028-06-06', 'Sveriges nationaldag'],
      ['2028-06-23', 'midsommarafton'],
      ['2028-06-24', 'midsommardagen'],
      ['2028-11-04', 'alla helgons dag'],
      ['2028-12-24', 'julafton'],
      ['2028-12-25', 'juldagen'],
      ['2028-12-26', 'annandag jul'],
      ['2028-12-31', 'nyårsafton'],
    ]);
  });

  it('puts långfredagen 2026 on Friday 3 April', () => {
    expect(swedishHolidayName(date('2026-04-03'))).toBe('långfredagen');
  });

  it('puts midsommarafton on the Friday between 19 and 25 June (2026-06-19, 2027-06-25)', () => {
    expect(swedishHolidayName(date('2026-06-19'))).toBe('midsommarafton');
    expect(swedishHolidayName(date('2027-06-25'))).toBe('midsommarafton');
    for (let year = 1900; year <= 2200; year++) {
      const eve = swedishHolidays(year).find((h) => h.id === 'midsommarafton')!.date;
      expect({ year, weekday: eve.dayOfWeek, inRange: eve.month === 6 && eve.day >= 19 && eve.day <= 25 }).toEqual({
        year,
        weekday: 5,
        inRange: true,
      });
    }
  });

  it('puts alla helgons dag on the Saturday between 31 October and 6 November (2026-10-31, 2027-11-06)', () => {
    expect(swedishHolidayName(date('2026-10-31'))).toBe('alla helgons dag');
    expect(swedishHolidayName(date('2027-11-06'))).toBe('alla helgons dag');
    expect(swedishHolidayName(date('2026-11-01'))).toBeNull();
  });

  it('keeps trettondedag jul on 6 January, also on a weekday (Tuesday 2026-01-06)', () => {
    expect(swedishHolidayName(date('2026-01-06'))).toBe('trettondedag jul');
    expect(createWorkingCalendar().isWorkingDay(date('2026-01-06'))).toBe(false);
  });

  it('keeps Sveriges nationaldag on 6 June and does not close annandag pingst', () => {
    expect(swedishHolidayName(date('2026-06-06'))).toBe('Sveriges nationaldag');
    expect(swedishHolidayName(date('2026-05-25'))).toBeNull(); // annandag pingst, abolished 2005
  });

  it('closes julafton and nyårsafton though they are not allmänna helgdagar', () => {
    const eves = swedishHolidays(2026).filter((h) => !h.statutory).map((h) => h.date.toString());
    expect(eves).toEqual(['2026-06-19', '2026-12-24', '2026-12-31']);
  });

  it('has thirteen allmänna helgdagar of lag 1989:253 each year', () => {
    expect(swedishHolidays(2026).filter((h) => h.statutory)).toHaveLength(13);
  });

  it('lets Kristi himmelsfärdsdag coincide with första maj (2008)', () => {
    const may1 = swedishHolidays(2008).filter((h) => h.date.toString() === '2008-05-01').map((h) => h.name);
    expect(may1).toEqual(['första maj', 'Kristi himmelsfärdsdag']);
  });

  it('computes the earliest and latest Easter in range (2008-03-23, 2038-04-25)', () => {
    expect(easterSunday(2008)).toEqual({ month: 3, day: 23 });
    expect(easterSunday(2038)).toEqual({ month: 4, day: 25 });
    expect(easterSunday(1900)).toEqual({ month: 4, day: 15 });
    expect(easterSunday(2000)).toEqual({ month: 4, day: 23 });
  });

  it('applies today\'s law to past years too (nationaldagen in 1990)', () => {
    expect(swedishHolidayName(date('1990-06-06'))).toBe('Sveriges nationaldag');
  });

  it('answers for 1900 and 2200 and refuses years outside', () => {
    expect(swedishHolidays(1900)).toHaveLength(16);
    expect(swedishHolidays(2200)).toHaveLength(16);
    expect(() => swedishHolidays(1899)).toThrow(RangeError);
    expect(() => swedishHolidays(2201)).toThrow(/1900–2200; got 2201/);
    expect(() => swedishHolidays(2026.5)).toThrow(RangeError);
  });

  it('gives every caller its own list (the memo cannot be mutated)', () => {
    const first = swedishHolidays(2026);
    first.pop();
    expect(swedishHolidays(2026)).toHaveLength(16);
  });

  it('agrees with date-holidays (SE public + midsommarafton, julafton, nyårsafton) for 2006–2150', () => {
    const hd = new Holidays('SE');
    for (let year = 2006; year <= 2150; year++) {
      const theirs = hd
        .getHolidays(year)
        .filter((h) => h.type === 'public' || (h.type === 'bank' && ['midsommarafton', 'julafton', 'nyårsafton'].includes(h.name)))
        .map((h) => h.date.slice(0, 10));
      const ours = swedishHolidays(year).map((h) => h.date.toString());
      expect({ year, dates: [...new Set(ours)].sort() }).toEqual({ year, dates: [...new Set(theirs)].sort() });
    }
  });

  it('agrees with date-holidays on which days are allmänna helgdagar', () => {
    const hd = new Holidays('SE');
    for (let year = 2006; year <= 2150; year++) {
      const theirs = hd.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10));
      const ours = swedishHolidays(year).filter((h) => h.statutory).map((h) => h.date.toString());
      expect({ year, dates: [...new Set(ours)].sort() }).toEqual({ year, dates: [...new Set(theirs)].sort() });
    }
  });
});

describe('createWorkingCalendar', () => {
  const calendar = createWorkingCalendar();

  describe('the default calendar is SPEC §2', () => {
    it('uses Europe/Stockholm and 8-hour working days', () => {
      expect({ timeZone: calendar.timeZone, workingDayHours: calendar.workingDayHours }).toEqual({ timeZone: TZ, workingDayHours: 8 });
    });
    it('opens Monday–Friday 08:00–16:00', () => {
      expect(calendar.openingIntervals(date('2026-11-16')).map((i) => [i.start.toString(), i.end.toString()])).toEqual([
        ['2026-11-16T08:00:00+01:00[Europe/Stockholm]', '2026-11-16T16:00:00+01:00[Europe/Stockholm]'],
      ]);
      for (const d of ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']) expect(calendar.isWorkingDay(date(d))).toBe(true);
    });
    it('keeps Saturday and Sunday closed', () => {
      expect(calendar.isWorkingDay(date('2026-11-21'))).toBe(false);
      expect(calendar.isWorkingDay(date('2026-11-22'))).toBe(false);
      expect(calendar.openingIntervals(date('2026-11-21'))).toEqual([]);
    });
    it('closes every holiday on a weekday', () => {
      for (const h of swedishHolidays(2026)) expect({ date: h.date.toString(), working: calendar.isWorkingDay(h.date) }).toEqual({ date: h.date.toString(), working: false });
    });
    it('closes midsommarafton (Friday 2026-06-19)', () => {
      expect(calendar.isWorkingDay(date('2026-06-19'))).toBe(false);
      expect(calendar.closingTime(date('2026-06-19'))).toBeNull();
    });
    it('closes julafton and nyårsafton (Thursdays in 2026)', () => {
      expect(calendar.isWorkingDay(date('2026-12-24'))).toBe(false);
      expect(calendar.isWorkingDay(date('2026-12-31'))).toBe(false);
    });
    it('keeps a klämdag open unless configured (Friday 2026-05-15)', () => {
      expect(calendar.isWorkingDay(date('2026-05-15'))).toBe(true);
    });
    it('says why a date is closed', () => {
      const at = (iso: string) => calendar.day(epochDayOfPlainDate(date(iso)));
      expect(at('2026-04-03')).toMatchObject({ working: false, closedBecause: 'holiday', holiday: 'långfredagen' });
      expect(at('2026-11-21')).toMatchObject({ working: false, closedBecause: 'noOpeningHours', holiday: null });
      expect(at('2026-11-20')).toMatchObject({ working: true, closedBecause: null });
    });
  });

  describe('business time is half-open', () => {
    it('is inside at exactly 08:00', () => {
      expect(calendar.isBusinessTime(local('2026-11-16T08:00'))).toBe(true);
    });
    it('is outside at exactly 16:00', () => {
      expect(calendar.isBusinessTime(local('2026-11-16T16:00'))).toBe(false);
    });
    it('is inside at 15:59:59.999999999 and outside at 07:59:59.999999999', () => {
      expect(calendar.isBusinessTime(local('2026-11-16T15:59:59.999999999'))).toBe(true);
      expect(calendar.isBusinessTime(local('2026-11-16T07:59:59.999999999'))).toBe(false);
    });
    it('is outside on a holiday at noon', () => {
      expect(calendar.isBusinessTime(local('2026-04-03T12:00'))).toBe(false);
    });
    it('accepts a ZonedDateTime for its instant', () => {
      expect(calendar.isBusinessTime(Temporal.ZonedDateTime.from('2026-11-16T09:00:00+00:00[UTC]'))).toBe(true);
    });
  });

  describe('nextBusinessStart', () => {
    it('is the instant itself inside business time', () => {
      expect(calendar.nextBusinessStart(local('2026-11-16T10:15')).toString()).toBe('2026-11-16T10:15:00+01:00[Europe/Stockholm]');
    });
    it('is the same morning before opening', () => {
      expect(calendar.nextBusinessStart(local('2026-11-16T06:00')).toString()).toBe('2026-11-16T08:00:00+01:00[Europe/Stockholm]');
    });
    it('is Monday 08:00 from Friday 16:00', () => {
      expect(calendar.nextBusinessStart(local('2026-11-20T16:00')).toString()).toBe('2026-11-23T08:00:00+01:00[Europe/Stockholm]');
    });
    it('skips Christmas: 2026-12-23 16:00 → 2026-12-28 08:00', () => {
      expect(calendar.nextBusinessStart(local('2026-12-23T16:00')).toString()).toBe('2026-12-28T08:00:00+01:00[Europe/Stockholm]');
    });
    it('skips Easter: långfredagen 2026 → tisdag 2026-04-07 08:00 (summer time)', () => {
      expect(calendar.nextBusinessStart(local('2026-04-03T10:00')).toString()).toBe('2026-04-07T08:00:00+02:00[Europe/Stockholm]');
    });
  });

  describe('dates and closing times', () => {
    it('gives the local date of an instant in the calendar zone', () => {
      expect(calendar.localDate(Temporal.Instant.from('2026-11-20T23:30:00Z')).toString()).toBe('2026-11-21');
      expect(calendar.localDate(Temporal.Instant.from('2026-06-20T22:00:00Z')).toString()).toBe('2026-06-21');
      expect(calendar.localDate(Temporal.Instant.from('2026-06-20T21:59:59Z')).toString()).toBe('2026-06-20');
    });
    it('gives opening and closing time of a working day', () => {
      expect(calendar.openingTime(date('2026-11-20'))?.toString()).toBe('2026-11-20T08:00:00+01:00[Europe/Stockholm]');
      expect(calendar.closingTime(date('2026-11-20'))?.toString()).toBe('2026-11-20T16:00:00+01:00[Europe/Stockholm]');
    });
    it('finds the next working day across midsommar and Christmas', () => {
      expect(calendar.nextWorkingDay(date('2026-06-18')).toString()).toBe('2026-06-22');
      expect(calendar.nextWorkingDay(date('2026-12-23')).toString()).toBe('2026-12-28');
      expect(calendar.nextWorkingDay(date('2026-12-30')).toString()).toBe('2027-01-04');
    });
    it('counts working days and business time per year', () => {
      // 261 weekdays less ten holidays on weekdays (1, 6 Jan; 3, 6 Apr; 1, 14 May; 19 Jun; 24, 25, 31 Dec).
      expect(calendar.yearSummary(2026)).toEqual({ workingDays: 251, businessNs: 251n * 8n * 3_600_000_000_000n });
    });
  });

  describe('across DST', () => {
    it('opens at 08:00 winter time on Friday 2026-03-27 and 08:00 summer time on Monday 2026-03-30', () => {
      expect(calendar.openingTime(date('2026-03-27'))?.toString()).toBe('2026-03-27T08:00:00+01:00[Europe/Stockholm]');
      expect(calendar.openingTime(date('2026-03-30'))?.toString()).toBe('2026-03-30T08:00:00+02:00[Europe/Stockholm]');
    });
    it('opens at 08:00 summer time on Friday 2026-10-23 and 08:00 winter time on Monday 2026-10-26', () => {
      expect(calendar.openingTime(date('2026-10-23'))?.toString()).toBe('2026-10-23T08:00:00+02:00[Europe/Stockholm]');
      expect(calendar.openingTime(date('2026-10-26'))?.toString()).toBe('2026-10-26T08:00:00+01:00[Europe/Stockholm]');
    });
    it('gives a round-the-clock Sunday 23 hours in spring and 25 in autumn', () => {
      const allDay = [{ from: '00:00', to: '24:00' }];
      const open = createWorkingCalendar({ openingHours: { sun: allDay } });
      const hours = (iso: string) => {
        const [iv] = open.openingIntervals(date(iso));
        return iv!.end.since(iv!.start).total('hours');
      };
      expect(hours('2026-03-29')).toBe(23);
      expect(hours('2026-10-25')).toBe(25);
      expect(hours('2026-11-22')).toBe(24);
    });
    it('gives hours that fall in the spring-forward gap no business time', () => {
      const gap = createWorkingCalendar({ exceptions: [{ date: '2026-03-29', hours: [{ from: '02:00', to: '03:00' }] }] });
      expect(gap.isWorkingDay(date('2026-03-29'))).toBe(false);
    });
    it('gives the repeated autumn hour twice the time', () => {
      const twice = createWorkingCalendar({ exceptions: [{ date: '2026-10-25', hours: [{ from: '02:00', to: '03:00' }] }] });
      const [iv] = twice.openingIntervals(date('2026-10-25'));
      expect([iv!.start.toString(), iv!.end.toString()]).toEqual([
        '2026-10-25T02:00:00+02:00[Europe/Stockholm]',
        '2026-10-25T03:00:00+01:00[Europe/Stockholm]',
      ]);
    });
  });

  describe('configuration', () => {
    it('closes local closed days', () => {
      const c = createWorkingCalendar({ closedDays: ['2026-05-15'] });
      expect(c.isWorkingDay(date('2026-05-15'))).toBe(false);
      expect(c.day(epochDayOfPlainDate(date('2026-05-15'))).closedBecause).toBe('closedDay');
    });
    it('replaces a date\'s hours with a dated exception', () => {
      const c = createWorkingCalendar({ exceptions: [{ date: '2026-04-30', hours: [{ from: '08:00', to: '12:00' }] }] });
      expect(c.closingTime(date('2026-04-30'))?.toString()).toBe('2026-04-30T12:00:00+02:00[Europe/Stockholm]');
      expect(c.closingTime(date('2026-04-29'))?.toString()).toBe('2026-04-29T16:00:00+02:00[Europe/Stockholm]');
    });
    it('closes a date with an empty exception', () => {
      const c = createWorkingCalendar({ exceptions: [{ date: '2026-11-17', hours: [] }] });
      expect(c.isWorkingDay(date('2026-11-17'))).toBe(false);
    });
    it('opens a weekend date with an exception', () => {
      const c = createWorkingCalendar({ exceptions: [{ date: '2026-11-21', hours: [{ from: '10:00', to: '14:00' }] }] });
      expect(c.isWorkingDay(date('2026-11-21'))).toBe(true);
    });
    it('does not let an exception open a holiday', () => {
      const c = createWorkingCalendar({ exceptions: [{ date: '2026-12-24', hours: [{ from: '08:00', to: '12:00' }] }] });
      expect(c.isWorkingDay(date('2026-12-24'))).toBe(false);
    });
    it('uses other weekday hours, with several intervals', () => {
      const c = createWorkingCalendar({ openingHours: { fri: [{ from: '09:00', to: '12:00' }, { from: '13:00', to: '15:00' }] } });
      expect(c.openingIntervals(date('2026-11-20')).map((i) => `${i.start.toPlainTime()}–${i.end.toPlainTime()}`)).toEqual([
        '09:00:00–12:00:00',
        '13:00:00–15:00:00',
      ]);
      expect(c.isBusinessTime(local('2026-11-20T12:30'))).toBe(false);
      expect(c.nextBusinessStart(local('2026-11-20T12:30')).toString()).toBe('2026-11-20T13:00:00+01:00[Europe/Stockholm]');
    });
    it('refuses an unknown time zone, naming it', () => {
      expect(() => createWorkingCalendar({ timeZone: 'Europe/Atlantis' })).toThrow(/Europe\/Atlantis/);
    });
    it('refuses an invalid configuration', () => {
      expect(() => createWorkingCalendar({ closedDays: ['2026-13-01'] })).toThrow();
    });
    it('refuses dates outside 1900–2200 with a clear error', () => {
      expect(() => calendar.isWorkingDay(date('2201-01-02'))).toThrow(/1900–2200/);
    });
  });
});
