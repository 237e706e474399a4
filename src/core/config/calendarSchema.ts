import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { bilingual, closestMatch, issueText } from './messages';

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
      sv: `'${value}' är ingen tid i formen TT:MM (00:00–24:00)${usable ? `; skriv '${usable}'` : ''}`,
      en: `'${value}' is not a time written HH:MM (00:00–24:00)${usable ? `; write '${usable}'` : ''}`,
    }),
  });
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO calendar date, `YYYY-MM-DD`, that exists in the calendar (`2027-02-30` does not). */
export const plainDateSchema = z.string().superRefine((value, ctx) => {
  if (!ISO_DATE.test(value)) {
    ctx.addIssue({
      code: 'custom',
      ...issueText({ sv: `'${value}' är inget datum i formen ÅÅÅÅ-MM-DD`, en: `'${value}' is not a date written YYYY-MM-DD` }),
    });
    return;
  }
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12) {
    ctx.addIssue({ code: 'custom', ...issueText({ sv: `'${value}' har ingen månad ${month}`, en: `'${value}' has no month ${month}` }) });
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
  .refine((i) => !CLOCK_TIME.test(i.from) || !CLOCK_TIME.test(i.to) || i.from < i.to, {
    message: bilingual({ sv: 'öppettiden måste sluta efter att den börjar', en: 'an opening interval must end after it starts' }),
  });
export type OpeningInterval = z.infer<typeof openingIntervalSchema>;

const dayHours = z
  .array(openingIntervalSchema)
  .refine(
    (list) => list.every((iv, i) => i === 0 || list[i - 1]!.to <= iv.from || !CLOCK_TIME.test(list[i - 1]!.to) || !CLOCK_TIME.test(iv.from)),
    {
      message: bilingual({
        sv: 'en dags öppettider måste stå i tidsordning och får inte överlappa',
        en: 'intervals of one day must be in order and must not overlap',
      }),
    },
  );

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
      sv: `okänd tidszon '${value}'${guess ? `; menade du '${guess}'?` : '; ange en IANA-tidszon, till exempel Europe/Stockholm'}`,
      en: `unknown time zone '${value}'${guess ? `; did you mean '${guess}'?` : '; give an IANA time zone such as Europe/Stockholm'}`,
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
