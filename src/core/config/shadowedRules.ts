/**
 * Deadline rules that can never give a message its due (SPEC §3: due = the earliest due of all
 * matching rules). A case-type rule without a channel is shadowed when every channel has a
 * channel rule whose due is never later — e.g. Salem's "klagomål within seven days" against
 * e-mail 72 h, phone 24 h, post seven days. Only durations that compare without a calendar are
 * compared (calendar hours and days with the same `extend`; working days and business hours);
 * anything else is never reported.
 */
import { CHANNELS } from '../vocabulary';
import type { DeadlineRule, Duration } from './policySchema';

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
