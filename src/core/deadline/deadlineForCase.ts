/**
 * A whole configuration in, a deadline out: the convenience the CLI, worker, add-in and tab share.
 */
import type { SvarstidConfig } from '../config/schema';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/workingCalendar';
import { computeDeadline } from './computeDeadline';
import type { DeadlineCase, DeadlineOutcome } from './types';

/** One calendar per calendar section: building it is cheap, but its per-date caches are the point. */
const calendars = new WeakMap<SvarstidConfig['calendar'], WorkingCalendar>();

/**
 * The working calendar of a configuration, built once per `calendar` object. Configurations
 * are treated as immutable: a changed calendar must be a new object (as a parsed or edited
 * configuration is), or the cached calendar keeps the old hours.
 */
export function workingCalendarOf(config: Pick<SvarstidConfig, 'calendar'>): WorkingCalendar {
  let calendar = calendars.get(config.calendar);
  if (!calendar) {
    calendar = createWorkingCalendar(config.calendar);
    calendars.set(config.calendar, calendar);
  }
  return calendar;
}

/**
 * @summary The deadline of one message under a whole configuration.
 *
 * {@link computeDeadline} under a whole configuration: its policy, its calendar and its
 * working-day length.
 *
 * @example
 * const out = deadlineForCase({ channel: 'epost', kind: 'fraga', anonymous: false,
 *   received: parseReceived('2026-11-20T14:30:00Z') }, presetConfig('ljungby'));
 * formatOffsetDateTime(out.due!) //=> '2026-11-24T15:30:00+01:00'
 */
export function deadlineForCase(c: DeadlineCase, config: Pick<SvarstidConfig, 'calendar' | 'policy'>): DeadlineOutcome {
  return computeDeadline(c, config.policy, workingCalendarOf(config), config.calendar.workingDayHours);
}
