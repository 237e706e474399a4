import { Temporal } from 'temporal-polyfill';
import fc from 'fast-check';
import { presetConfig } from '../../src/core/config';
import { calendarOf } from '../../src/core/assess';
import { describeDue, describeDuration, describeRule, explanationSentences, formatDateText, messageStatus, relativeDueText } from '../../src/core/display';
import type { SvarstidRecord } from '../../src/core/record';

const config = presetConfig('ljungby');
const calendar = calendarOf(config);
const TZ = 'Europe/Stockholm';

describe('formatDateText', () => {
  it('writes the weekday, day, short month and the Swedish clock with a full stop', () => {
    expect(formatDateText('2026-11-24T14:30:00Z', TZ)).toEqual({ sv: 'tisdag 24 nov kl. 15.30', en: 'Tuesday 24 Nov at 15:30' });
  });
  it('uses the summer offset in summer (Stockholm local time, not UTC)', () => {
    expect(formatDateText('2026-06-05T06:05:00Z', TZ).sv).toBe('fredag 5 juni kl. 08.05');
  });
  it('adds the year only when it is not the year of now', () => {
    expect(formatDateText('2027-01-05T14:30:00Z', TZ, { now: '2026-12-30T10:00:00Z' }).sv).toBe('tisdag 5 jan 2027 kl. 15.30');
    expect(formatDateText('2027-01-05T14:30:00Z', TZ, { now: '2027-01-02T10:00:00Z' }).sv).toBe('tisdag 5 jan kl. 15.30');
  });
  it('writes long months and leaves the clock out when asked (the acknowledgement promise)', () => {
    expect(formatDateText('2026-11-24T14:30:00Z', TZ, { month: 'long', time: false })).toEqual({ sv: 'tisdag 24 november', en: 'Tuesday 24 November' });
  });
});

describe('relativeDueText', () => {
  it('counts working days from a Friday to a Tuesday as two (SPEC example)', () => {
    expect(relativeDueText('2026-11-24T14:30:00Z', '2026-11-20T14:30:00Z', calendar)).toEqual({ sv: 'om 2 arbetsdagar', en: 'in 2 working days' });
  });
  it('says today, tomorrow and yesterday by the local date', () => {
    expect(relativeDueText('2026-11-18T15:00:00Z', '2026-11-18T07:00:00Z', calendar).sv).toBe('i dag');
    expect(relativeDueText('2026-11-19T09:00:00Z', '2026-11-18T23:30:00Z', calendar).sv).toBe('i dag'); // 00:30 local is already Thursday
    expect(relativeDueText('2026-11-19T09:00:00Z', '2026-11-18T07:00:00Z', calendar).sv).toBe('i morgon');
    expect(relativeDueText('2026-11-17T09:00:00Z', '2026-11-18T07:00:00Z', calendar).sv).toBe('i går');
  });
  it('skips the Christmas holidays when counting', () => {
    // Wed 23 Dec → Tue 29 Dec: 24–26 Dec closed, 27 Dec Sunday; Mon 28 and Tue 29 count.
    expect(relativeDueText('2026-12-29T13:00:00Z', '2026-12-23T13:00:00Z', calendar).sv).toBe('om 2 arbetsdagar');
  });
  it('counts working days in the past for an overdue message', () => {
    expect(relativeDueText('2026-11-16T10:00:00Z', '2026-11-20T10:00:00Z', calendar)).toEqual({ sv: 'för 4 arbetsdagar sedan', en: '4 working days ago' });
  });
  it('says "om 1 arbetsdag" in the singular', () => {
    // Friday → Monday: Saturday is tomorrow only by the calendar, Monday is one working day away.
    expect(relativeDueText('2026-11-23T10:00:00Z', '2026-11-20T10:00:00Z', calendar).sv).toBe('om 1 arbetsdag');
  });
  it('never says "om 0 arbetsdagar": a due on a weekend after a holiday-free stretch counts calendar days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: -60, max: 60 }), (start, offset) => {
        const now = Temporal.Instant.from('2026-01-01T10:00:00Z').add({ hours: start * 24 });
        const due = now.add({ hours: offset * 24 });
        const text = relativeDueText(due, now, calendar).sv;
        return !/\b0 arbetsdag/.test(text) && !/\b0 dagar/.test(text);
      }),
    );
  });
});

describe('describeDue', () => {
  it('says the due time the way the issue writes it', () => {
    expect(describeDue('2026-11-24T15:30:00+01:00', '2026-11-20T14:00:00Z', calendar)?.line).toEqual({
      sv: 'Svara senast tisdag 24 nov kl. 15.30 — om 2 arbetsdagar',
      en: 'Answer by Tuesday 24 Nov at 15:30 — in 2 working days',
    });
  });
  it('says a report of concern is handed on, not answered: now while it is open', () => {
    expect(describeDue('2026-11-23T09:30:00+01:00', '2026-11-20T14:40:00Z', calendar, { handOn: 'open' })?.line.sv).toMatch(/^Lämna vidare nu, senast måndag 23 nov kl\. 09\.30 — /);
    expect(describeDue('2026-11-23T09:30:00+01:00', '2026-11-20T14:40:00Z', calendar, { handOn: 'open' })?.line.en).toMatch(/^Hand on now, at the latest by Monday 23 Nov at 09:30 — /);
    expect(describeDue('2026-11-23T09:30:00+01:00', '2026-11-20T14:40:00Z', calendar, { handOn: 'done' })?.line.sv).toMatch(/^Lämna vidare senast måndag/);
    // an open report's outer limit on Monday is no "om 1 arbetsdag": it is handed on today (reader round 31, U5)
    expect(describeDue('2026-11-23T09:30:00+01:00', '2026-11-20T14:40:00Z', calendar, { handOn: 'open' })?.line.sv).toBe('Lämna vidare nu, senast måndag 23 nov kl. 09.30 — lämna i dag, vänta inte');
    // once the limit has passed it says how long ago, like any deadline
    expect(describeDue('2026-11-23T09:30:00+01:00', '2026-11-24T10:00:00Z', calendar, { handOn: 'open' })?.line.sv).toMatch(/ — i går$/);
  });
  it('gives null when there is no due time', () => {
    expect(describeDue(null, '2026-11-20T14:00:00Z', calendar)).toBeNull();
  });
});

describe('messageStatus', () => {
  const now = Temporal.Instant.from('2026-11-18T10:00:00Z');
  const rec = (due: string | null, answeredAt: string | null = null): SvarstidRecord => ({
    v: 1, policy: 'ljungby@2026.1', channel: 'epost', kind: 'fraga', department: 'teknik', due, target: null, rules: [], source: 'auto', answeredAt,
  });
  it('names the six statuses', () => {
    expect(messageStatus(rec('2026-11-18T09:00:00Z'), now)).toBe('overdue');
    expect(messageStatus(rec('2026-11-18T15:00:00Z'), now)).toBe('dueToday');
    expect(messageStatus(rec('2026-11-20T15:00:00Z'), now)).toBe('onTime');
    expect(messageStatus(rec('2026-12-20T15:00:00Z'), now)).toBe('onTime');
    expect(messageStatus(rec('2026-11-17T15:00:00Z', '2026-11-17T14:00:00Z'), now)).toBe('answeredInTime');
    expect(messageStatus(rec('2026-11-17T15:00:00Z', '2026-11-17T16:00:00Z'), now)).toBe('answeredLate');
    expect(messageStatus(rec(null), now)).toBe('noDeadline');
  });
});

describe('explanationSentences', () => {
  it('splits a core explanation into one reason per sentence, quotes and apostrophes kept whole', () => {
    const reasons = explanationSentences({
      sv: "Kanal E-tjänst: avsändaren är e-tjänstens no-reply-adress och ämnesraden börjar med 'Webbformulär:'. Typ Fråga: regel 'Fråga. Svar' träffade 'hur'. Avdelning Teknik: regel 'Gata' träffade 'gatlyktan' i brödtexten.",
      en: "Channel Web form: the sender is the e-service's no-reply address and the subject starts with 'Webbformulär:'. Kind Question: rule 'Fråga. Svar' matched 'hur'. Department Teknik: rule 'Gata' matched 'gatlyktan' in the body.",
    });
    expect(reasons.map((r) => r.sv)).toEqual([
      "Kanal E-tjänst: avsändaren är e-tjänstens no-reply-adress och ämnesraden börjar med 'Webbformulär:'.",
      "Typ Fråga: regel 'Fråga. Svar' träffade 'hur'.",
      "Avdelning Teknik: regel 'Gata' träffade 'gatlyktan' i brödtexten.",
    ]);
    expect(reasons[0]!.en).toContain("e-service's");
  });
  it('keeps the explanation whole when the languages do not pair up', () => {
    const e = { sv: 'Ett. Två.', en: 'One two.' };
    expect(explanationSentences(e)).toEqual([e]);
  });
});

describe('describeRule', () => {
  it('names routing rules by their name and deadline rules by what they promise', () => {
    expect(describeRule('kanal:epost', config).sv).toBe('Svarstidsregel för E-post: svar inom 2 arbetsdagar');
    expect(describeRule('manuell:avdelning', config).sv).toBe('Förvaltningen ändrades för hand');
    expect(describeRule('orosanmalan', config).sv).toBe('Svarstidsregel för Orosanmälan: lämna vidare inom 2 timmar i öppettid (går före alla andra regler)');
    expect(describeRule('avd.kf.bibliotek', config).sv).toBe("Regel 'Bibliotek' → Kultur- och fritidsförvaltningen");
    expect(describeRule('gammal.regel', config).en).toBe('Rule gammal.regel (no longer in the configuration)');
  });
  it('describes every unit of SPEC §3', () => {
    expect(describeDuration({ unit: 'calendarHours', amount: 72, extend: true }).sv).toBe('72 timmar (på en stängd dag: nästa arbetsdag före stängning)');
    expect(describeDuration({ unit: 'endOfWorkingDay', amount: 0 }).sv).toBe('samma arbetsdag före stängning');
    expect(describeDuration({ unit: 'calendarDays', amount: 7 }).en).toBe('7 days');
    expect(describeDuration({ unit: 'businessHours', amount: 1 }).en).toBe('1 hour of opening time');
  });
});
