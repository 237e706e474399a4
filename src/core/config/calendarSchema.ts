import { z } from 'zod';

/** `HH:MM` on a 24-hour clock; `24:00` means midnight at the end of the day. */
export const clockTimeSchema = z
  .string()
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: 'expected a time HH:MM (00:00–24:00)' });

/** An ISO calendar date, `YYYY-MM-DD`. */
export const plainDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'expected a date YYYY-MM-DD' });

export const openingIntervalSchema = z
  .object({ from: clockTimeSchema, to: clockTimeSchema })
  .strict()
  .refine((i) => i.from < i.to, { message: 'an opening interval must end after it starts' });
export type OpeningInterval = z.infer<typeof openingIntervalSchema>;

const dayHours = z
  .array(openingIntervalSchema)
  .refine(
    (list) => list.every((iv, i) => i === 0 || list[i - 1]!.to <= iv.from),
    { message: 'intervals of one day must be in order and must not overlap' },
  );

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
 * The working calendar of SPEC §2. A date is a working day when it is not a Swedish
 * holiday (allmän helgdag, midsommarafton, julafton, nyårsafton), not a local closed day,
 * and has opening hours (after dated exceptions). Business time is the opening hours of
 * working days.
 */
export const calendarConfigSchema = z
  .object({
    timeZone: z.string().min(1).default('Europe/Stockholm'),
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
  })
  .strict();
export type CalendarConfig = z.infer<typeof calendarConfigSchema>;
