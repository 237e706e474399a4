/**
 * The words the reply recogniser knows, folded as triage folds text (lower case, å/ä → a,
 * ö → o). Swedish first, English second. Data only: the grammar is in `datePhrases.ts`, the
 * cues in `replyCues.ts`.
 */

/** ISO weekday (1 = Monday) of full weekday names, with the Swedish definite form (`fredagen`). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['mandag', 1], ['mandagen', 1], ['tisdag', 2], ['tisdagen', 2], ['onsdag', 3], ['onsdagen', 3],
  ['torsdag', 4], ['torsdagen', 4], ['fredag', 5], ['fredagen', 5], ['lordag', 6], ['lordagen', 6],
  ['sondag', 7], ['sondagen', 7],
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

/** Month names that are never ordinary words: usable on their own ("i december", "in November"). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januari', 1], ['februari', 2], ['mars', 3], ['april', 4], ['maj', 5], ['juni', 6], ['juli', 7],
  ['augusti', 8], ['september', 9], ['oktober', 10], ['november', 11], ['december', 12],
  ['january', 1], ['february', 2], ['june', 6], ['july', 7], ['august', 8], ['october', 10],
]);

/**
 * Month names and abbreviations that are also ordinary words (`may`, `march`, `jul` = Christmas,
 * `dec`): a month only next to a day number.
 */
export const MONTHS_WITH_DAY: ReadonlyMap<string, number> = new Map([
  ...MONTHS,
  ['march', 3], ['may', 5],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['okt', 10], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Numbers written as words. `en`/`ett`/`a`/`an` are one only before a unit ("inom en vecka"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['en', 1], ['ett', 1], ['tva', 2], ['tre', 3], ['fyra', 4], ['fem', 5], ['sex', 6], ['sju', 7], ['atta', 8],
  ['nio', 9], ['tio', 10], ['elva', 11], ['tolv', 12], ['fjorton', 14], ['femton', 15], ['tjugo', 20], ['trettio', 30],
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fourteen', 14], ['fifteen', 15],
  ['twenty', 20], ['thirty', 30],
  // vague amounts, read generously for the citizen: "ett par veckor" = two, "några dagar" = three
  ['par', 2], ['couple', 2], ['nagra', 3], ['few', 3],
]);

export type DurationUnit = 'workingDays' | 'days' | 'weeks' | 'months' | 'hours';

/** Units of time by their folded word forms. */
export const UNITS: ReadonlyMap<string, DurationUnit> = new Map([
  ['arbetsdag', 'workingDays'], ['arbetsdagar', 'workingDays'], ['arbetsdagars', 'workingDays'],
  ['vardag', 'workingDays'], ['vardagar', 'workingDays'], ['vardagars', 'workingDays'],
  ['weekday', 'workingDays'], ['weekdays', 'workingDays'],
  ['dag', 'days'], ['dagar', 'days'], ['dagars', 'days'], ['dygn', 'days'], ['dygns', 'days'], ['day', 'days'], ['days', 'days'],
  ['vecka', 'weeks'], ['veckor', 'weeks'], ['veckors', 'weeks'], ['week', 'weeks'], ['weeks', 'weeks'],
  ['manad', 'months'], ['manader', 'months'], ['manaders', 'months'], ['month', 'months'], ['months', 'months'],
  ['timme', 'hours'], ['timmar', 'hours'], ['timmars', 'hours'], ['hour', 'hours'], ['hours', 'hours'],
]);

/** `working`/`business` before `day(s)` makes them working days. */
export const WORKING_ADJECTIVES = new Set(['working', 'business', 'work']);

/** Words that put a date before the answer: the promise's deadline. */
export const LEAD_WORDS: ReadonlyMap<string, LeadKind> = new Map([
  ['senast', 'deadline'], ['fore', 'deadline'], ['innan', 'deadline'], ['tills', 'deadline'], ['till', 'deadline'],
  ['by', 'deadline'], ['before', 'deadline'], ['until', 'deadline'], ['latest', 'deadline'],
  ['inom', 'within'], ['within', 'within'],
  ['om', 'in'], ['in', 'in'],
  ['pa', 'on'], ['on', 'on'], ['i', 'on'], ['under', 'on'], ['during', 'on'], ['kring', 'on'], ['omkring', 'on'],
  ['around', 'on'], ['the', 'on'], ['at', 'on'],
  ['efter', 'after'], ['after', 'after'], ['fran', 'after'], ['from', 'after'],
]);
export type LeadKind = 'deadline' | 'within' | 'in' | 'on' | 'after';

export type WeekPart = 'start' | 'mid' | 'end' | 'whole';

/** Words that pick a part of a week or month: "i början av", "end of". */
export const PART_WORDS: ReadonlyMap<string, WeekPart> = new Map([
  ['borjan', 'start'], ['start', 'start'], ['beginning', 'start'], ['early', 'start'],
  ['mitten', 'mid'], ['mid', 'mid'], ['middle', 'mid'],
  ['slutet', 'end'], ['end', 'end'], ['late', 'end'], ['later', 'end'],
]);

/** Holidays a promise can come "before": Swedish and English names. */
export type HolidayKey = 'jul' | 'nyar' | 'pask' | 'midsommar';
export const HOLIDAY_WORDS: ReadonlyMap<string, HolidayKey> = new Map([
  ['jul', 'jul'], ['julen', 'jul'], ['julhelgen', 'jul'], ['helgerna', 'jul'], ['christmas', 'jul'], ['xmas', 'jul'],
  ['nyar', 'nyar'], ['nyaret', 'nyar'], ['arsskiftet', 'nyar'],
  ['pask', 'pask'], ['pasken', 'pask'], ['paskhelgen', 'pask'], ['easter', 'pask'],
  ['midsommar', 'midsommar'], ['sommaren', 'midsommar'], ['semestern', 'midsommar'], ['sommarsemestern', 'midsommar'],
  ['summer', 'midsommar'], ['midsummer', 'midsommar'],
]);
