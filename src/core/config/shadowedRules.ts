/**
 * Deadline rules that can never give a message its due (SPEC §3: due = the earliest due of all
 * matching rules). A case-type rule without a channel is shadowed when every channel has a
 * channel rule whose due is never later — e.g. Salem's "klagomål within seven days" against
 * e-mail 72 h, phone 24 h, post seven days. Only durations that compare without a calendar are
 * compared (calendar hours and days with the same `extend`; working days and business hours);
 * anything else is never reported.
 */
import { Temporal } from 'temporal-polyfill';
import { deadlineForCase } from '../deadline/deadlineForCase';
import { CHANNELS } from '../vocabulary';
import type { DeadlineRule, Duration } from './policySchema';
import type { SvarstidConfig } from './schema';

/** A duration as hours on one scale, or null when it does not compare without a calendar. */
function scale(d: Duration, workingDayHours: number): { scale: string; hours: number } | null {
  switch (d.unit) {
    case 'calendarHours':
      return { scale: `calendar:${d.extend === true}`, hours: d.amount };
    case 'calendarDays':
      return { scale: `calendar:${d.extend === true}`, hours: d.amount * 24 };
    case 'workingDays':
      return { scale: 'business', hours: d.amount * workingDayHours };
    case 'businessHours':
      return { scale: 'business', hours: d.amount };
    default:
      return null;
  }
}

/** True when `a` is never later than `b`. */
function notLater(a: Duration, b: Duration, workingDayHours: number): boolean {
  const x = scale(a, workingDayHours);
  const y = scale(b, workingDayHours);
  return x !== null && y !== null && x.scale === y.scale && x.hours <= y.hours;
}

/** The ids of case-type rules whose due never applies, because every channel's rule is as early or earlier. */
export function shadowedDueRules(rules: readonly DeadlineRule[], workingDayHours = 8): string[] {
  const channelRules = rules.filter((r) => r.kind === undefined && r.override !== true && r.due !== undefined);
  return rules
    .filter((r) => r.kind !== undefined && r.channel === undefined && r.override !== true && r.due !== undefined)
    .filter((r) => CHANNELS.every((ch) => channelRules.some((c) => c.channel!.includes(ch) && notLater(c.due!, r.due!, workingDayHours))))
    .map((r) => r.id);
}

/** How often a case-type rule the check above calls shadowed still gives the due. */
export type DueReach = 'never' | 'rarely';

/** Same unit, amount and extend: the two rules always give the same time. */
function sameDuration(a: Duration, b: Duration): boolean {
  return a.unit === b.unit && a.amount === b.amount && (a.extend === true) === (b.extend === true);
}

/**
 * @summary Whether each shadowed case-type rule really never gives the due, tried on the calendar.
 *
 * The comparison above is exact except for times that move off a closed day (`extend`): 72 hours
 * that end on Christmas Eve move to the next working day's closing and can end after seven days
 * that land on a working day. Where a channel's rule and the case-type rule differ that way, every
 * hour of `year` is tried with the calendar (stopping at the first hour the case-type rule gives an
 * earlier due): `rarely` when one is found, else `never`.
 */
export function shadowedDueReach(config: Pick<SvarstidConfig, 'calendar' | 'policy'>, year: number): Map<string, DueReach> {
  const rules = config.policy.rules;
  const reach = new Map<string, DueReach>();
  const channelRules = rules.filter((r) => r.kind === undefined && r.override !== true && r.due !== undefined);
  for (const id of shadowedDueRules(rules, config.calendar.workingDayHours)) {
    const rule = rules.find((r) => r.id === id)!;
    // channels whose earlier rule can still end later, after moving off closed days
    const unsure = CHANNELS.filter((ch) => {
      const earlier = channelRules.filter((c) => c.channel!.includes(ch) && notLater(c.due!, rule.due!, config.calendar.workingDayHours));
      return !earlier.some((c) => sameDuration(c.due!, rule.due!) || c.due!.extend !== true);
    });
    const without = { calendar: config.calendar, policy: { ...config.policy, rules: rules.filter((r) => r.id !== id) } };
    const kind = rule.kind![0]!;
    const start = Temporal.ZonedDateTime.from({ year, month: 1, day: 1, timeZone: config.calendar.timeZone }).toInstant();
    const hours = Temporal.PlainDate.from({ year, month: 1, day: 1 }).daysInYear * 24;
    const earlierSomewhere = unsure.some((channel) => {
      for (let h = 0; h < hours; h++) {
        const received = start.add({ hours: h });
        const a = deadlineForCase({ channel, kind, anonymous: false, received }, config).due;
        const b = deadlineForCase({ channel, kind, anonymous: false, received }, without).due;
        if (a !== null && b !== null && Temporal.ZonedDateTime.compare(a, b) < 0) return true;
      }
      return false;
    });
    reach.set(id, earlierSomewhere ? 'rarely' : 'never');
  }
  return reach;
}
