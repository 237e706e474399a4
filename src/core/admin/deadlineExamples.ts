import { Temporal } from 'temporal-polyfill';
import { deadlineFor } from '../assess';
import type { SvarstidConfig } from '../config/schema';
import type { DeadlineRule } from '../config/policySchema';
import { swedishHolidays } from '../calendar/swedishHolidays';
import { formatHumanDateTime, type Lang } from '../humanTime';
import type { Channel, Kind } from '../vocabulary';

/**
 * The admin view's live examples of a deadline rule: three moments a message may arrive and the
 * deadline the rule gives each ("mottaget fredag 20 november kl. 15.30 → svar senast tisdag 24
 * november kl. 15.30"), computed by the core's deadline function under the draft's calendar.
 */

/** Three telling moments after `now`: a Friday afternoon, a Wednesday morning, the afternoon before the next holiday. */
export function exampleMoments(now: Temporal.Instant, timeZone: string): string[] {
  const today = now.toZonedDateTimeISO(timeZone).toPlainDate();
  const next = (weekday: number) => today.add({ days: ((weekday - today.dayOfWeek + 7) % 7) || 7 });
  const at = (date: Temporal.PlainDate, time: string) => date.toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(time) }).toInstant().toString();
  const holiday = [...swedishHolidays(today.year), ...swedishHolidays(today.year + 1)]
    .map((h) => h.date)
    .find((d) => Temporal.PlainDate.compare(d, today.add({ days: 1 })) > 0);
  const beforeHoliday = holiday ? holiday.subtract({ days: 1 }) : next(6);
  return [at(next(5), '15:30'), at(next(3), '10:00'), at(beforeHoliday, '14:00')];
}

export interface DeadlineExample {
  received: string;
  due: string | null;
  sv: string;
  en: string;
}

function when(iso: string, timeZone: string, lang: Lang, year: number): string {
  return formatHumanDateTime(iso, timeZone, lang, { omitYear: year });
}

/**
 * What one deadline rule gives at each moment (the rule alone, with the draft's calendar and
 * default): its first channel and kind stand for the case.
 */
export function deadlineExamples(config: SvarstidConfig, rule: Pick<DeadlineRule, 'channel' | 'kind' | 'due' | 'target' | 'override'> | null, moments: readonly string[]): DeadlineExample[] {
  const tz = config.calendar.timeZone;
  const policy = rule === null ? { ...config.policy, rules: [] } : { ...config.policy, rules: [{ ...rule, id: 'exempel' }] };
  const probe: SvarstidConfig = { ...config, policy };
  const channel: Channel = rule?.channel?.[0] ?? 'epost';
  const kind: Kind = rule?.kind?.[0] ?? 'fraga';
  return moments.map((received) => {
    const year = Temporal.Instant.from(received).toZonedDateTimeISO(tz).year;
    const answer = deadlineFor({ channel, kind, received, anonymous: false }, probe);
    const due = answer.due;
    const r = { sv: when(received, tz, 'sv', year), en: when(received, tz, 'en', year) };
    return {
      received,
      due,
      sv: due ? `mottaget ${r.sv} → svar senast ${when(due, tz, 'sv', year)}` : `mottaget ${r.sv} → ingen svarstid`,
      en: due ? `received ${r.en} → answer by ${when(due, tz, 'en', year)}` : `received ${r.en} → no deadline`,
    };
  });
}
