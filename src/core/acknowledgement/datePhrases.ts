/**
 * The grammar of time phrases in a reply: "senast fredag 27 november", "inom två veckor",
 * "vecka 48", "i början av nästa vecka", "före jul", "by Friday", "within 3 working days",
 * `27/11`, `2026-11-27`. A small recursive-descent reader over the tokens of one sentence; it
 * knows only syntax (what was said), not the calendar (`resolvePhrase.ts` says when that is).
 */
import {
  HOLIDAY_WORDS,
  LEAD_WORDS,
  MONTHS,
  MONTHS_WITH_DAY,
  NUMBER_WORDS,
  PART_WORDS,
  UNITS,
  WEEKDAYS,
  WORKING_ADJECTIVES,
  type DurationUnit,
  type HolidayKey,
  type LeadKind,
  type WeekPart,
} from './lexicon';
import type { Token } from './replyText';

/** What a time phrase says, before the calendar resolves it. */
export type PhraseCore =
  | { kind: 'date'; year: number | null; month: number; day: number }
  /** A weekday: the coming one (`weekOffset` null), or the one in this (0) or next (1) week. */
  | { kind: 'weekday'; weekday: number; weekOffset: 0 | 1 | null }
  /** Today (0), tomorrow (1), the day after tomorrow (2). */
  | { kind: 'day'; offset: number }
  | { kind: 'week'; week: number; year: number | null; part: WeekPart }
  /** This week (0) or next week (1). */
  | { kind: 'relWeek'; offset: number; part: WeekPart }
  | { kind: 'month'; month: number; year: number | null; part: WeekPart }
  /** This month (0) or next month (1). */
  | { kind: 'relMonth'; offset: number; part: WeekPart }
  | { kind: 'duration'; amount: number; unit: DurationUnit }
  /** The working days before a holiday ("före jul"), or the first working week after it ("efter nyår"). */
  | { kind: 'holiday'; holiday: HolidayKey; after: boolean }
  /** The first working week after the weekend ("efter helgen", "after the weekend"). */
  | { kind: 'afterWeekend' };

export interface TimeOfDay {
  hour: number;
  minute: number;
}

/** One time phrase of a sentence. */
export interface DatePhrase {
  core: PhraseCore;
  /** The word before it that says how the date relates: "senast" (deadline), "inom" (within) … */
  lead: LeadKind | null;
  time: TimeOfDay | null;
  /** Token range [first, end) of the phrase, lead included. */
  first: number;
  end: number;
}

type Read<T> = { value: T; next: number } | null;

const word = (tokens: readonly Token[], i: number): string => {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' ? t.text : '';
};
const punct = (tokens: readonly Token[], i: number, ch: string): boolean => {
  const t = tokens[i];
  return t !== undefined && t.kind === 'punct' && t.text === ch;
};
const num = (tokens: readonly Token[], i: number): number | null => {
  const t = tokens[i];
  return t !== undefined && t.kind === 'num' && Number.isFinite(t.value) ? t.value : null;
};
/** Token i follows token i-1 with no space between them. */
const glued = (tokens: readonly Token[], i: number): boolean => tokens[i] !== undefined && !tokens[i]!.spaced;

/** Finds every time phrase of a sentence, left to right, without overlaps. */
export function findDatePhrases(tokens: readonly Token[]): DatePhrase[] {
  const out: DatePhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      out.push(phrase);
      i = phrase.end;
    } else {
      i++;
    }
  }
  return out;
}

function phraseAt(tokens: readonly Token[], i: number): DatePhrase | null {
  const lead = readLead(tokens, i);
  const core = readCore(tokens, lead.next, lead.value);
  if (core === null) return null;
  const time = readTime(tokens, core.next);
  return { core: core.value, lead: lead.value, time: time?.value ?? null, first: i, end: time?.next ?? core.next };
}

const LEAD_RANK: Record<LeadKind, number> = { after: 5, deadline: 4, within: 3, in: 2, on: 1 };

/** Lead words before a phrase ("senast på", "no later than", "till och med"); the strongest wins. */
function readLead(tokens: readonly Token[], i: number): { value: LeadKind | null; next: number } {
  let kind: LeadKind | null = null;
  let j = i;
  const take = (k: LeadKind, n: number): void => {
    if (kind === null || LEAD_RANK[k] > LEAD_RANK[kind]) kind = k;
    j += n;
  };
  for (let steps = 0; steps < 4; steps++) {
    const w = word(tokens, j);
    if ((w === 'no' || w === 'not') && word(tokens, j + 1) === 'later' && word(tokens, j + 2) === 'than') take('deadline', 3);
    else if (w === 'till' && word(tokens, j + 1) === 'och' && word(tokens, j + 2) === 'med') take('deadline', 3);
    else if (w === 'som' && word(tokens, j + 1) === 'senast') take('deadline', 2);
    else if (w === 'at' && word(tokens, j + 1) === 'the' && word(tokens, j + 2) === 'latest') take('deadline', 3);
    else if (LEAD_WORDS.has(w)) take(LEAD_WORDS.get(w)!, 1);
    else break;
  }
  return { value: kind, next: j };
}

function readCore(tokens: readonly Token[], i: number, lead: LeadKind | null): Read<PhraseCore> {
  return (
    isoDate(tokens, i) ??
    numericDate(tokens, i) ??
    weekdayPhrase(tokens, i) ??
    dayMonth(tokens, i) ??
    monthDay(tokens, i) ??
    relativeDay(tokens, i) ??
    weekNumber(tokens, i, 'whole') ??
    partOf(tokens, i) ??
    relativeWeekOrMonth(tokens, i, 'whole') ??
    monthAlone(tokens, i, 'whole', lead) ??
    duration(tokens, i, lead) ??
    holiday(tokens, i, lead) ??
    dayOfMonth(tokens, i)
  );
}

const validDay = (month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;
const isYear = (n: number | null): n is number => n !== null && n >= 2000 && n <= 2100;

/** `2026-11-27` */
function isoDate(tokens: readonly Token[], i: number): Read<PhraseCore> {
  const y = num(tokens, i);
  if (!isYear(y) || tokens[i]!.text.length !== 4) return null;
  if (!(punct(tokens, i + 1, '-') && glued(tokens, i + 1) && glued(tokens, i + 2) && punct(tokens, i + 3, '-') && glued(tokens, i + 3) && glued(tokens, i + 4))) return null;
  const m = num(tokens, i + 2);
  const d = num(tokens, i + 4);
  if (m === null || d === null || !validDay(m, d)) return null;
  return { value: { kind: 'date', year: y, month: m, day: d }, next: i + 5 };
}

/** `27/11`, `27/11/2026`, `27.11`, `27.11.26`; `11/27` when the first cannot be a month day order. */
function numericDate(tokens: readonly Token[], i: number): Read<PhraseCore> {
  const a = num(tokens, i);
  if (a === null || tokens[i]!.text.length > 2) return null;
  const sep = tokens[i + 1];
  if (!sep || sep.kind !== 'punct' || (sep.text !== '/' && sep.text !== '.') || !glued(tokens, i + 1) || !glued(tokens, i + 2)) return null;
  // "kl 15.30" and "at 10.15" are times of day
  const before = word(tokens, i - 1);
  if (sep.text === '.' && (before === 'kl' || before === 'klockan' || before === 'at' || punct(tokens, i - 1, '.'))) return null;
  const b = num(tokens, i + 2);
  if (b === null || tokens[i + 2]!.text.length > 2) return null;
  let day = a;
  let month = b;
  if (!validDay(month, day) && validDay(a, b)) {
    day = b;
    month = a;
  }
  if (!validDay(month, day)) return null;
  let next = i + 3;
  let year: number | null = null;
  if (punct(tokens, i + 3, sep.text) && glued(tokens, i + 3) && glued(tokens, i + 4)) {
    const y = num(tokens, i + 4);
    if (y !== null && tokens[i + 4]!.text.length === 4 && isYear(y)) year = y;
    else if (y !== null && tokens[i + 4]!.text.length === 2) year = 2000 + y;
    else return null;
    next = i + 5;
  }
  return { value: { kind: 'date', year, month, day }, next };
}

/** A day number with its ordinal ending: `27`, `27:e`, `27e`, `27th`, `1st`. */
function dayNumber(tokens: readonly Token[], i: number): Read<number> {
  const d = num(tokens, i);
  if (d === null || d < 1 || d > 31 || tokens[i]!.text.length > 2) return null;
  let next = i + 1;
  const suffix = word(tokens, next);
  if (glued(tokens, next) && ['e', 'a', 'th', 'st', 'nd', 'rd'].includes(suffix)) next++;
  else if (punct(tokens, next, ':') && glued(tokens, next) && glued(tokens, next + 1) && ['e', 'a'].includes(word(tokens, next + 1))) next += 2;
  return { value: d, next };
}

/** An optional year after a date: `2026`, `, 2026`. */
function optionalYear(tokens: readonly Token[], i: number): { year: number | null; next: number } {
  const j = punct(tokens, i, ',') ? i + 1 : i;
  const y = num(tokens, j);
  return isYear(y) && tokens[j]!.text.length === 4 ? { year: y, next: j + 1 } : { year: null, next: i };
}

/** `27 november`, `den 27:e nov. 2026`, `the 27th of November` */
function dayMonth(tokens: readonly Token[], i: number): Read<PhraseCore> {
  let j = i;
  if (word(tokens, j) === 'den' || word(tokens, j) === 'the') j++;
  const d = dayNumber(tokens, j);
  if (!d) return null;
  j = d.next;
  if (word(tokens, j) === 'av' || word(tokens, j) === 'of') j++;
  const month = MONTHS_WITH_DAY.get(word(tokens, j));
  if (month === undefined || !validDay(month, d.value)) return null;
  // the dot of an abbreviation ("27 nov."), not a full stop after a full name
  if (punct(tokens, j + 1, '.') && glued(tokens, j + 1) && word(tokens, j).length <= 4 && !MONTHS.has(word(tokens, j))) j++;
  j++;
  const y = optionalYear(tokens, j);
  return { value: { kind: 'date', year: y.year, month, day: d.value }, next: y.next };
}

/** `November 27`, `Nov 27th, 2026` */
function monthDay(tokens: readonly Token[], i: number): Read<PhraseCore> {
  const month = MONTHS_WITH_DAY.get(word(tokens, i));
  if (month === undefined) return null;
  let j = i + 1;
  if (punct(tokens, j, '.') && glued(tokens, j)) j++;
  const d = dayNumber(tokens, j);
  if (!d || !validDay(month, d.value)) return null;
  // "maj 2026" is a month and a year, not a day
  if (num(tokens, j) !== null && tokens[j]!.text.length === 4) return null;
  const y = optionalYear(tokens, d.next);
  return { value: { kind: 'date', year: y.year, month, day: d.value }, next: y.next };
}

/** `fredag`, `fredag 27 november`, `fredag den 27/11`, `fredag nästa vecka`, `nästa fredag`, `on Friday next week` */
function weekdayPhrase(tokens: readonly Token[], i: number): Read<PhraseCore> {
  let j = i;
  const before = word(tokens, j);
  if (before === 'nasta' || before === 'kommande' || before === 'next' || before === 'coming' || before === 'denna' || before === 'this') j++;
  const weekday = WEEKDAYS.get(word(tokens, j));
  if (weekday === undefined) return null;
  j++;
  if (punct(tokens, j, ',')) j++;
  // a date after the weekday says which one: the date decides
  const dated = dayMonth(tokens, j) ?? numericDate(tokens, j) ?? (word(tokens, j) === 'den' ? numericDate(tokens, j + 1) : null) ?? monthDay(tokens, j);
  if (dated) return dated;
  let weekOffset: 0 | 1 | null = null;
  let k = j;
  if (word(tokens, k) === 'i' || word(tokens, k) === 'in') k++;
  const w1 = word(tokens, k);
  const w2 = word(tokens, k + 1);
  if ((w1 === 'nasta' || w1 === 'kommande' || w1 === 'next') && (w2 === 'vecka' || w2 === 'week')) {
    weekOffset = 1;
    j = k + 2;
  } else if (w1 === 'veckan' && (w2 === 'efter' || w2 === 'darpa')) {
    weekOffset = 1;
    j = k + 2;
  } else if ((w1 === 'denna' || w1 === 'this') && (w2 === 'vecka' || w2 === 'week')) {
    weekOffset = 0;
    j = k + 2;
  } else if (w1 === 'veckan' && k > j) {
    // "fredag i veckan"
    weekOffset = 0;
    j = k + 1;
  }
  return { value: { kind: 'weekday', weekday, weekOffset }, next: j };
}

/** `idag`, `i dag`, `imorgon`, `i morgon`, `i övermorgon`, `today`, `tomorrow`, `i eftermiddag`, `ikväll` */
function relativeDay(tokens: readonly Token[], i: number): Read<PhraseCore> {
  const w = word(tokens, i);
  const at = (offset: number, next: number): Read<PhraseCore> => ({ value: { kind: 'day', offset }, next });
  if (w === 'idag' || w === 'today' || w === 'ikvall' || w === 'tonight') return at(0, i + 1);
  if (w === 'imorgon' || w === 'tomorrow') return at(1, i + 1);
  if (w === 'overmorgon') return at(2, i + 1);
  if (w === 'this') {
    const n = word(tokens, i + 1);
    if (n === 'afternoon' || n === 'evening') return at(0, i + 2);
  }
  // "i dag", "i morgon": the lead reader has taken the "i"
  if (word(tokens, i - 1) === 'i') {
    if (w === 'dag' || w === 'eftermiddag' || w === 'kvall' || w === 'formiddag') return at(0, i + 1);
    if (w === 'morgon') return at(1, i + 1);
  }
  // "under eftermiddagen", "i förmiddag", "during the day"
  if (w === 'eftermiddagen' || w === 'formiddagen' || (w === 'dagen' && word(tokens, i - 1) === 'under')) return at(0, i + 1);
  if (w === 'day' && word(tokens, i + 1) === 'after' && word(tokens, i + 2) === 'tomorrow') return at(2, i + 3);
  return null;
}

/** `vecka 48`, `v. 48`, `v48`, `week 48`, `vecka 48–49` (the later one), `vecka 2 2027` */
function weekNumber(tokens: readonly Token[], i: number, part: WeekPart): Read<PhraseCore> {
  const w = word(tokens, i);
  if (w !== 'vecka' && w !== 'v' && w !== 'week' && w !== 'wk' && w !== 'veckan') return null;
  let j = i + 1;
  if (punct(tokens, j, '.')) j++;
  let week = num(tokens, j);
  if (week === null || week < 1 || week > 53 || tokens[j]!.text.length > 2) return null;
  j++;
  // a range: the later week
  if ((punct(tokens, j, '-') || punct(tokens, j, '–') || word(tokens, j) === 'till' || word(tokens, j) === 'to' || word(tokens, j) === 'eller' || word(tokens, j) === 'or')) {
    const w2 = num(tokens, j + 1);
    if (w2 !== null && w2 >= week && w2 <= 53) {
      week = w2;
      j += 2;
    }
  }
  const y = optionalYear(tokens, j);
  return { value: { kind: 'week', week, year: y.year, part }, next: y.next };
}

/** `i början av nästa vecka`, `i slutet av november`, `end of the month`, `mitten av vecka 48`, `early next week` */
function partOf(tokens: readonly Token[], i: number): Read<PhraseCore> {
  const part = PART_WORDS.get(word(tokens, i));
  if (part === undefined) return null;
  let j = i + 1;
  if (word(tokens, j) === 'av' || word(tokens, j) === 'of' || word(tokens, j) === 'pa') j++;
  if (word(tokens, j) === 'the') j++;
  return weekNumber(tokens, j, part) ?? relativeWeekOrMonth(tokens, j, part) ?? monthAlone(tokens, j, part, 'on');
}

/**
 * `nästa vecka`, `kommande vecka`, `denna vecka`, `den här veckan`, `i veckan`, `veckan`,
 * `next week`, `this week`, `nästa månad`, `månaden`, `månadsskiftet`, `helgen` (the weekend:
 * before it = this week's end), `next month`
 */
function relativeWeekOrMonth(tokens: readonly Token[], i: number, part: WeekPart): Read<PhraseCore> {
  const w1 = word(tokens, i);
  const w2 = word(tokens, i + 1);
  const week = (offset: number, next: number): Read<PhraseCore> => ({ value: { kind: 'relWeek', offset, part }, next });
  const month = (offset: number, next: number): Read<PhraseCore> => ({ value: { kind: 'relMonth', offset, part }, next });
  const nextWords = ['nasta', 'kommande', 'next', 'coming'];
  const thisWords = ['denna', 'this', 'innevarande', 'current'];
  if (nextWords.includes(w1) && (w2 === 'vecka' || w2 === 'week' || w2 === 'veckan')) return week(1, i + 2);
  if (thisWords.includes(w1) && (w2 === 'vecka' || w2 === 'week' || w2 === 'veckan')) return week(0, i + 2);
  if (w1 === 'den' && w2 === 'har' && word(tokens, i + 2) === 'veckan') return week(0, i + 3);
  if (w1 === 'veckan' && (w2 === 'som' && word(tokens, i + 2) === 'kommer')) return week(1, i + 3);
  if (w1 === 'veckan' || (w1 === 'the' && w2 === 'week')) return week(0, w1 === 'the' ? i + 2 : i + 1);
  if (w1 === 'week' && part !== 'whole') return week(0, i + 1);
  if (nextWords.includes(w1) && (w2 === 'manad' || w2 === 'month' || w2 === 'manaden')) return month(1, i + 2);
  if (thisWords.includes(w1) && (w2 === 'manad' || w2 === 'month' || w2 === 'manaden')) return month(0, i + 2);
  if (w1 === 'manaden' || (w1 === 'the' && w2 === 'month') || (w1 === 'month' && part !== 'whole')) return month(0, w1 === 'the' ? i + 2 : i + 1);
  if (w1 === 'manadsskiftet') return { value: { kind: 'relMonth', offset: 0, part: 'end' }, next: i + 1 };
  if (part === 'whole' && (w1 === 'helgen' || (w1 === 'the' && w2 === 'weekend') || w1 === 'weekend')) {
    return { value: { kind: 'relWeek', offset: 0, part: 'end' }, next: w1 === 'the' ? i + 2 : i + 1 };
  }
  return null;
}

/** `december`, `i december 2026`; `may`/`march` and abbreviations only with a day. Needs a lead or a part. */
function monthAlone(tokens: readonly Token[], i: number, part: WeekPart, lead: LeadKind | null): Read<PhraseCore> {
  if (lead === null && part === 'whole') return null;
  const month = MONTHS.get(word(tokens, i));
  if (month === undefined) return null;
  const y = optionalYear(tokens, i + 1);
  return { value: { kind: 'month', month, year: y.year, part }, next: y.next };
}

/** An amount: `3`, `tre`, `2-3`, `två till tre`, `ett par`, `a couple of`, `några`. */
function amount(tokens: readonly Token[], i: number): Read<number> {
  const one = (j: number): Read<number> => {
    const n = num(tokens, j);
    if (n !== null && tokens[j]!.text.length <= 3) return { value: n, next: j + 1 };
    const w = word(tokens, j);
    const v = NUMBER_WORDS.get(w);
    if (v === undefined) return null;
    // "ett par", "a couple of", "a few"
    if ((w === 'ett' || w === 'a') && (word(tokens, j + 1) === 'par' || word(tokens, j + 1) === 'couple' || word(tokens, j + 1) === 'few')) {
      const next = word(tokens, j + 2) === 'of' ? j + 3 : j + 2;
      return { value: NUMBER_WORDS.get(word(tokens, j + 1))!, next };
    }
    return { value: v, next: j + 1 };
  };
  const first = one(i);
  if (!first) return null;
  const j = first.next;
  if (punct(tokens, j, '-') || punct(tokens, j, '–') || ['till', 'to', 'eller', 'or', 'a'].includes(word(tokens, j))) {
    const second = one(j + 1);
    if (second && second.value >= first.value) return second;
  }
  return first;
}

/** `två veckor`, `3 arbetsdagar`, `48 timmar`, `a week`, `10 working days`, `två veckors tid` */
function duration(tokens: readonly Token[], i: number, lead: LeadKind | null): Read<PhraseCore> {
  if (lead !== 'within' && lead !== 'in' && lead !== 'deadline') return null;
  const a = amount(tokens, i);
  if (!a || a.value <= 0 || a.value > 400) return null;
  let j = a.next;
  let working = false;
  if (WORKING_ADJECTIVES.has(word(tokens, j))) {
    working = true;
    j++;
  }
  const unit = UNITS.get(word(tokens, j));
  if (unit === undefined) return null;
  j++;
  if (word(tokens, j) === 'tid') j++;
  // "inom tre veckor från att beslutet anslogs", "ten weeks from when the application is complete":
  // counted from another event, not from this reply
  const after = word(tokens, j);
  if (after === 'fran' || after === 'from' || after === 'efter' || after === 'after') {
    const anchor = word(tokens, j + 1);
    const fromNow = anchor === 'idag' || anchor === 'today' || anchor === 'nu' || anchor === 'now' || (anchor === 'i' && word(tokens, j + 2) === 'dag');
    if (!fromNow) return null;
  }
  const resolved: DurationUnit = working && unit === 'days' ? 'workingDays' : unit;
  return { value: { kind: 'duration', amount: a.value, unit: resolved }, next: j };
}

/**
 * `jul`, `julen`, `nyår`, `påsk`, `midsommar`, `Christmas`, `New Year` — after "före", "innan",
 * "by" (the working days before it) or "efter", "after" (the first working week after it; not
 * summer, which lasts too long to say when); `helgen`/`the weekend` after "efter"/"after".
 */
function holiday(tokens: readonly Token[], i: number, lead: LeadKind | null): Read<PhraseCore> {
  if (lead !== 'deadline' && lead !== 'after') return null;
  let j = i;
  if (word(tokens, j) === 'the') j++;
  const w = word(tokens, j);
  if (lead === 'after' && (w === 'helgen' || w === 'weekend')) return { value: { kind: 'afterWeekend' }, next: j + 1 };
  let h = HOLIDAY_WORDS.get(w);
  let next = j + 1;
  if (h === undefined && w === 'new' && (word(tokens, j + 1) === 'year' || word(tokens, j + 1) === 'years')) {
    h = 'nyar';
    next = j + 2;
    if (punct(tokens, next, "'") && word(tokens, next + 1) === 's') next += 2;
  }
  if (h === undefined || (lead === 'after' && h === 'midsommar' && w !== 'midsommar' && w !== 'midsummer')) return null;
  return { value: { kind: 'holiday', holiday: h, after: lead === 'after' }, next };
}

/** `den 30` (a day of this or next month) */
function dayOfMonth(tokens: readonly Token[], i: number): Read<PhraseCore> {
  if (word(tokens, i) !== 'den') return null;
  const d = dayNumber(tokens, i + 1);
  if (!d) return null;
  return { value: { kind: 'date', year: null, month: 0, day: d.value }, next: d.next };
}

/** `kl 15`, `kl. 15.30`, `klockan 14:00`, `at 3 pm`, `15:00`, `before noon` */
function readTime(tokens: readonly Token[], i: number): Read<TimeOfDay> {
  let j = i;
  if (punct(tokens, j, ',')) j++;
  if (['fore', 'innan', 'senast', 'before', 'by'].includes(word(tokens, j))) j++;
  const w = word(tokens, j);
  let marked = false;
  if (w === 'kl' || w === 'klockan' || w === 'at') {
    marked = true;
    j++;
    if (punct(tokens, j, '.')) j++;
  }
  if (word(tokens, j) === 'noon' || word(tokens, j) === 'lunch') return { value: { hour: 12, minute: 0 }, next: j + 1 };
  const h = num(tokens, j);
  if (h === null || h > 24 || tokens[j]!.text.length > 2) return null;
  j++;
  let minute = 0;
  if ((punct(tokens, j, ':') || punct(tokens, j, '.')) && glued(tokens, j) && glued(tokens, j + 1)) {
    const m = num(tokens, j + 1);
    if (m === null || m > 59 || tokens[j + 1]!.text.length !== 2) return null;
    minute = m;
    j += 2;
  } else if (!marked) {
    return null;
  }
  let hour = h;
  const ampm = word(tokens, j);
  if (ampm === 'pm' || ampm === 'am') {
    if (ampm === 'pm' && hour < 12) hour += 12;
    if (ampm === 'am' && hour === 12) hour = 0;
    j++;
  }
  if (hour === 24) hour = 23;
  return { value: { hour, minute }, next: j };
}
