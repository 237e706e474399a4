// Independent reference for SPEC §2–§4 deadlines. Deliberately simple: day-by-day / interval walking
// in Europe/Stockholm with Temporal; holidays computed here, not taken from src/.
import { Temporal } from 'temporal-polyfill';

export const TZ = 'Europe/Stockholm';
type PD = Temporal.PlainDate;
type ZDT = Temporal.ZonedDateTime;

function easter(y: number): PD {
  // Anonymous Gregorian computus (Meeus/Jones/Butcher)
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return Temporal.PlainDate.from({ year: y, month, day });
}

const holidayCache = new Map<number, Map<string, string>>();
export function holidays(y: number): Map<string, string> {
  let m = holidayCache.get(y);
  if (m) return m;
  m = new Map();
  const add = (d: PD, name: string) => m!.set(d.toString(), name);
  const md = (mo: number, d: number) => Temporal.PlainDate.from({ year: y, month: mo, day: d });
  add(md(1, 1), 'nyårsdagen');
  add(md(1, 6), 'trettondedag jul');
  const e = easter(y);
  add(e.subtract({ days: 2 }), 'långfredagen');
  add(e, 'påskdagen');
  add(e.add({ days: 1 }), 'annandag påsk');
  add(md(5, 1), 'första maj');
  add(e.add({ days: 39 }), 'Kristi himmelsfärdsdag');
  add(e.add({ days: 49 }), 'pingstdagen');
  add(md(6, 6), 'nationaldagen');
  // midsommardagen: Saturday 20–26 June; midsommarafton: the Friday before
  for (let d = 20; d <= 26; d++) {
    const x = md(6, d);
    if (x.dayOfWeek === 6) { add(x, 'midsommardagen'); add(x.subtract({ days: 1 }), 'midsommarafton'); }
  }
  // alla helgons dag: Saturday 31 Oct – 6 Nov
  for (let i = 0; i < 7; i++) {
    const x = md(10, 31).add({ days: i });
    if (x.dayOfWeek === 6) add(x, 'alla helgons dag');
  }
  add(md(12, 24), 'julafton');
  add(md(12, 25), 'juldagen');
  add(md(12, 26), 'annandag jul');
  add(md(12, 31), 'nyårsafton');
  holidayCache.set(y, m);
  return m;
}

export function isWorkingDay(d: PD): boolean {
  return d.dayOfWeek <= 5 && !holidays(d.year).has(d.toString());
}
const OPEN = Temporal.PlainTime.from('08:00');
const CLOSE = Temporal.PlainTime.from('16:00');
const openOf = (d: PD): ZDT => d.toZonedDateTime({ timeZone: TZ, plainTime: OPEN });
const closeOf = (d: PD): ZDT => d.toZonedDateTime({ timeZone: TZ, plainTime: CLOSE });
function nextWorkingDay(d: PD): PD { let x = d.add({ days: 1 }); while (!isWorkingDay(x)) x = x.add({ days: 1 }); return x; }

function inBusiness(z: ZDT): boolean {
  const d = z.toPlainDate();
  if (!isWorkingDay(d)) return false;
  const e = z.epochNanoseconds;
  return e >= openOf(d).epochNanoseconds && e < closeOf(d).epochNanoseconds; // half-open
}
export function startOf(received: ZDT): ZDT {
  if (inBusiness(received)) return received;
  let d = received.toPlainDate();
  // same day before opening?
  if (isWorkingDay(d) && received.epochNanoseconds < openOf(d).epochNanoseconds) return openOf(d);
  d = nextWorkingDay(d);
  return openOf(d);
}
function addBusinessMinutes(received: ZDT, minutes: number): ZDT {
  let cur = startOf(received);
  let rem = BigInt(minutes) * 60_000_000_000n;
  for (;;) {
    const close = closeOf(cur.toPlainDate());
    const avail = close.epochNanoseconds - cur.epochNanoseconds;
    if (rem <= avail) return Temporal.Instant.fromEpochNanoseconds(cur.epochNanoseconds + rem).toZonedDateTimeISO(TZ);
    rem -= avail;
    cur = openOf(nextWorkingDay(cur.toPlainDate()));
  }
}

export type Rule =
  | { unit: 'workingDays' | 'businessHours' | 'endOfWorkingDay' | 'calendarHours' | 'calendarDays'; n: number; extend?: boolean };

export function applyRule(r: Rule, received: ZDT): ZDT {
  let res: ZDT;
  switch (r.unit) {
    case 'workingDays': res = addBusinessMinutes(received, r.n * 8 * 60); break;
    case 'businessHours': res = addBusinessMinutes(received, r.n * 60); break;
    case 'endOfWorkingDay': {
      let d = startOf(received).toPlainDate();
      for (let i = 0; i < r.n; i++) d = nextWorkingDay(d);
      res = closeOf(d); break;
    }
    case 'calendarHours': res = received.toInstant().add({ hours: r.n }).toZonedDateTimeISO(TZ); break;
    case 'calendarDays': res = received.add({ days: r.n }); break; // default disambiguation = compatible
  }
  if (r.extend && (r.unit === 'calendarHours' || r.unit === 'calendarDays')) {
    const d = res.toPlainDate();
    if (!isWorkingDay(d)) res = closeOf(nextWorkingDay(d));
  }
  return res;
}

type PolicyRule = { channel?: string; kind?: string; due: Rule; target?: Rule };
const wd = (n: number): Rule => ({ unit: 'workingDays', n });
const salemConfirm = { target: { unit: 'endOfWorkingDay', n: 0 } as Rule, due: { unit: 'calendarHours', n: 24, extend: true } as Rule };
const chan = (t: number, s: number, e: number, p: number, w: number): PolicyRule[] => [
  { channel: 'telefon', due: wd(t) }, { channel: 'sms', due: wd(s) }, { channel: 'epost', due: wd(e) },
  { channel: 'post', due: wd(p) }, { channel: 'webb', due: wd(w) },
];
export const PRESETS: Record<string, PolicyRule[]> = {
  ljungby: chan(1, 1, 2, 2, 2),
  varmdo: chan(1, 1, 2, 2, 2),
  alvesta: chan(1, 1, 2, 2, 2),
  harnosand: chan(1, 1, 2, 2, 2),
  salem: [
    { channel: 'telefon', ...salemConfirm },
    { channel: 'sms', ...salemConfirm },
    { channel: 'epost', due: { unit: 'calendarHours', n: 72, extend: true } },
    { channel: 'post', due: { unit: 'calendarDays', n: 7, extend: true } },
    { channel: 'webb', due: { unit: 'calendarHours', n: 72, extend: true } },
    { kind: 'ansokan', ...salemConfirm },
    { kind: 'felanmalan', ...salemConfirm },
    { kind: 'klagomal', due: { unit: 'calendarDays', n: 7, extend: true } },
  ],
};

export interface Case { channel: string; kind?: string; received: string; anonymous?: boolean }
export interface Answer { due: string | null; target: string | null }

const fmt = (z: ZDT): string => z.toString({ timeZoneName: 'never', smallestUnit: 'second' });

export function reference(preset: string, c: Case): Answer {
  const kind = c.kind ?? 'fraga';
  const received = Temporal.Instant.from(c.received).toZonedDateTimeISO(TZ);
  if (kind === 'ej_arende') return { due: null, target: null };
  if (kind === 'orosanmalan') return { due: fmt(applyRule({ unit: 'businessHours', n: 2 }, received)), target: null };
  if (c.anonymous) return { due: null, target: null };
  const rules = PRESETS[preset].filter((r) => (r.channel === undefined || r.channel === c.channel) && (r.kind === undefined || r.kind === kind));
  if (rules.length === 0) throw new Error('no rule (default) for ' + JSON.stringify(c));
  let due: ZDT | null = null, target: ZDT | null = null;
  for (const r of rules) {
    const d = applyRule(r.due, received);
    if (!due || Temporal.ZonedDateTime.compare(d, due) < 0) due = d;
    if (r.target) {
      const t = applyRule(r.target, received);
      if (!target || Temporal.ZonedDateTime.compare(t, target) < 0) target = t;
    }
  }
  if (target && due && Temporal.Instant.compare(target.toInstant(), due.toInstant()) >= 0) target = null;
  return { due: due ? fmt(due) : null, target: target ? fmt(target) : null };
}
