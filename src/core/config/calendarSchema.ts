import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { closestMatch, issueText } from './messages';

const CLOCK_TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** `HH:MM` on a 24-hour clock; `24:00` means midnight at the end of the day. */
export const clockTimeSchema = z.string().superRefine((value, ctx) => {
  if (CLOCK_TIME.test(value)) return;
  // "8:00" and "8.00" are the usual slips: say exactly what to write instead
  const slip = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  const fixed = slip && Number(slip[1]) <= 24 && Number(slip[2]) <= 59 ? `${slip[1]!.padStart(2, '0')}:${slip[2]}` : null;
  const usable = fixed !== null && CLOCK_TIME.test(fixed) ? fixed : null;
  ctx.addIssue({
    code: 'custom',
    ...issueText({
      sv: `${JSON.stringify(value)} är ingen tid på formen TT:MM (00:00–24:00)${usable ? `; skriv "${usable}"` : ''}`,
      en: `${JSON.stringify(value)} is not a time written HH:MM (00:00–24:00)${usable ? `; write "${usable}"` : ''}`,
    }),
  });
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO calendar date, `YYYY-MM-DD`, that exists in the calendar (`2027-02-30` does not). */
export const plainDateSchema = z.string().superRefine((value, ctx) => {
  if (!ISO_DATE.test(value)) {
    ctx.addIssue({
      code: 'custom',
      ...issueText({ sv: `${JSON.stringify(value)} är inget datum på formen ÅÅÅÅ-MM-DD, till exempel "2027-05-07"`, en: `${JSON.stringify(value)} is not a date written YYYY-MM-DD, e.g. "2027-05-07"` }),
    });
    return;
  }
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12) {
    ctx.addIssue({ code: 'custom', ...issueText({ sv: `datumet ${value} finns inte: det finns ingen månad ${month}`, en: `the date ${value} does not exist: there is no month ${month}` }) });
    return;
  }
  const daysInMonth = Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
  if (day < 1 || day > daysInMonth) {
    ctx.addIssue({
      code: 'custom',
      ...issueText({
        sv: `datumet ${value} finns inte (${MONTHS_SV[month - 1]} ${year} har ${daysInMonth} dagar)`,
        en: `the date ${value} does not exist (${MONTHS_EN[month - 1]} ${year} has ${daysInMonth} days)`,
      }),
    });
  }
});

const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const openingIntervalSchema = z
  .object({ from: clockTimeSchema, to: clockTimeSchema })
  .strict()
  // only compared when both are times, so one bad time gives one error
  .superRefine((i, ctx) => {
    if (!CLOCK_TIME.test(i.from) || !CLOCK_TIME.test(i.to) || i.from < i.to) return;
    ctx.addIssue({
      code: 'custom',
      ...issueText(
        i.from === i.to
          ? { sv: `öppettiden börjar och slutar ${i.from}; "to" ska vara senare än "from"`, en: `the opening interval starts and ends at ${i.from}; "to" must be later than "from"` }
          : {
              sv: `öppettiden ${i.from}–${i.to} slutar innan den börjar; byt plats på värdena i "from" och "to"`,
              en: `the opening interval ${i.from}–${i.to} ends before it starts; swap the values of "from" and "to"`,
            },
      ),
    });
  });
export type OpeningInterval = z.infer<typeof openingIntervalSchema>;

const dayHours = z.array(openingIntervalSchema).superRefine((list, ctx) => {
  const i = list.findIndex((iv, n) => n > 0 && list[n - 1]!.to > iv.from && CLOCK_TIME.test(list[n - 1]!.to) && CLOCK_TIME.test(iv.from));
  if (i < 0) return;
  const a = `${list[i - 1]!.from}–${list[i - 1]!.to}`;
  const b = `${list[i]!.from}–${list[i]!.to}`;
  ctx.addIssue({
    code: 'custom',
    ...issueText({
      sv: `öppettiderna ${a} och ${b} överlappar eller står i fel ordning; skriv dagens öppettider i tidsordning, utan överlapp`,
      en: `the opening intervals ${a} and ${b} overlap or are out of order; write the day's intervals in time order, without overlap`,
    }),
  });
});

/** Time zone names the runtime knows (IANA), for "did you mean" hints; empty where it cannot list them. */
function knownTimeZones(): readonly string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  try {
    return typeof intl.supportedValuesOf === 'function' ? intl.supportedValuesOf('timeZone') : [];
  } catch {
    return [];
  }
}

function isTimeZone(name: string): boolean {
  try {
    Temporal.PlainDate.from('2026-01-01').toZonedDateTime(name);
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone the runtime knows, e.g. `Europe/Stockholm`. */
export const timeZoneSchema = z.string().superRefine((value, ctx) => {
  if (isTimeZone(value)) return;
  const guess = closestMatch(value, knownTimeZones()) ?? (closestMatch(value, ['Europe/Stockholm']) ? 'Europe/Stockholm' : null);
  ctx.addIssue({
    code: 'custom',
    ...issueText({
      sv: `okänd tidszon ${JSON.stringify(value)}${guess ? `; menade du ${JSON.stringify(guess)}?` : '; ange en IANA-tidszon, till exempel "Europe/Stockholm"'}`,
      en: `unknown time zone ${JSON.stringify(value)}${guess ? `; did you mean ${JSON.stringify(guess)}?` : '; give an IANA time zone such as "Europe/Stockholm"'}`,
    }),
  });
});

const NINE_TO_FOUR = [{ from: '08:00', to: '16:00' }];

/** Opening hours per weekday. A day with no interval is closed. */
export const weekScheduleSchema = z
  .object({
    mon: dayHours.default(NINE_TO_FOUR),
    tue: dayHours.default(NINE_TO_FOUR),
    wed: dayHours.default(NINE_TO_FOUR),
    thu: dayHours.default(NINE_TO_FOUR),
    fri: dayHours.default(NINE_TO_FOUR),
    sat: dayHours.default([]),
    sun: dayHours.default([]),
  })
  .strict();
export type WeekSchedule = z.infer<typeof weekScheduleSchema>;
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/**
 * The working calendar of docs/calendar.md. A date is a working day when it is not a Swedish
 * holiday (allmän helgdag, midsommarafton, julafton, nyårsafton), not a local closed day,
 * and has opening hours (after dated exceptions). Business time is the opening hours of
 * working days.
 */
export const calendarConfigSchema = z
  .object({
    timeZone: timeZoneSchema.default('Europe/Stockholm'),
    openingHours: weekScheduleSchema.default(() => weekScheduleSchema.parse({})),
    /** Dated exceptions replace that date's hours; an empty list closes the date. */
    exceptions: z
      .array(
        z
          .object({ date: plainDateSchema, hours: dayHours, note: z.string().optional() })
          .strict(),
      )
      .default([]),
    /** Local closed days (klämdagar, staff days) on top of the national holidays. */
    closedDays: z.array(plainDateSchema).default([]),
    /** Length of one working day for the `workingDays` unit, in hours. */
    workingDayHours: z.number().positive().max(24).default(8),
    /** Settings here that the municipality's documents do not give (a local choice). */
    local: z.array(z.enum(['timeZone', 'openingHours', 'exceptions', 'closedDays', 'workingDayHours'])).optional(),
  })
  .strict();
export type CalendarConfig = z.infer<typeof calendarConfigSchema>;
