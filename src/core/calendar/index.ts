/**
 * The working calendar of SPEC §2: Swedish holidays, opening hours, business time.
 * Pure: no I/O, runs in Node and browsers.
 */
export * from './swedishHolidays';
export * from './workingCalendar';
export {
  civilFromEpochDay,
  epochDayFromCivil,
  epochDayOfPlainDate,
  isoWeekdayOfEpochDay,
  plainDateOfEpochDay,
  type CivilDate,
} from './epochDays';
export { epochNanosecondsOfLocal, localNanoseconds, offsetNanosecondsAt } from './zoneOffsets';
