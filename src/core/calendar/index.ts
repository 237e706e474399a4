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
