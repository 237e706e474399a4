/**
 * What people read about acknowledgements (issue 14): the promise and the history in plain
 * Swedish and English, never the record's codes; and the promised date a person may choose.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { choosePromise, setPromised, withAcknowledgements } from '../../src/core/acknowledgement';
import { calendarOf } from '../../src/core/assess';
import { presetConfig } from '../../src/core/config';
import { describeAcknowledgements } from '../../src/core/display';
import type { SvarstidRecord } from '../../src/core/record';

const calendar = calendarOf(presetConfig('ljungby'));
const ZONE = 'Europe/Stockholm';
/** Monday 2026-11-23 10:00 in Stockholm. */
const MONDAY = '2026-11-23T09:00:00Z';

const base: SvarstidRecord = {
  v: 1, policy: 'ljungby@2026.1', channel: 'epost', kind: 'fraga', department: 'kontaktcenter',
  due: '2026-11-25T10:00:00+01:00', target: null, rules: ['kanal:epost'], source: 'auto', answeredAt: null,
};

describe('describeAcknowledgements', () => {
  const record = setPromised(
    withAcknowledgements(base, [
      { at: '2026-11-23T09:30:00Z', promised: '2026-11-27T15:00:00Z', by: 'marker', why: '' },
      { at: '2026-11-24T09:30:00Z', promised: null, by: 'text', why: 'vi återkommer till dig' },
      { at: '2026-11-25T09:30:00Z', promised: '2026-12-04T15:00:00Z', by: 'text', why: 'senast fredag nästa vecka' },
    ], null),
    '2026-12-08T15:00:00Z', '2026-11-26T08:00:00Z', ZONE, 'Kim Lund',
  );
  const text = describeAcknowledgements(record, ZONE, MONDAY);

  it('heads with the promise in force, as the tab and the task pane say it', () => {
    expect(text.headline).toEqual({ sv: 'besked skickat — svar utlovat senast tisdag 8 dec kl. 16.00', en: 'notice sent — answer promised by Tuesday 8 Dec at 16:00' });
  });

  it('tells the history in order, in sentences, with the words the replies used and who changed the date', () => {
    expect(text.history.map((h) => h.sv)).toEqual([
      'måndag 23 nov kl. 10.30: besked skickat med Svara med besked — svar utlovat senast fredag 27 nov kl. 16.00.',
      'tisdag 24 nov kl. 10.30: ett väntesvar utan datum ("vi återkommer till dig") — det räknas inte som svar och lovar inget datum, så svarstiden gäller.',
      'onsdag 25 nov kl. 10.30: ett besked som bara säger när svaret kommer ("senast fredag nästa vecka") — svar utlovat senast fredag 4 dec kl. 16.00.',
      'torsdag 26 nov kl. 09.00: Kim Lund ändrade det utlovade datumet till tisdag 8 dec kl. 16.00.',
    ]);
    expect(text.history[3]!.en).toBe('Thursday 26 Nov at 09:00: Kim Lund changed the promised date to Tuesday 8 Dec at 16:00.');
    // no record codes reach people
    for (const line of text.history) for (const code of ['marker', 'manual', '"by"', 'text:', 'ackMeetsDue']) expect(line.sv + line.en).not.toContain(code);
  });

  it('a holding reply alone says the deadline still runs; nothing at all says nothing', () => {
    const held = withAcknowledgements(base, [{ at: '2026-11-24T09:30:00Z', promised: null, by: 'text', why: 'we will get back to you' }], null);
    expect(describeAcknowledgements(held, ZONE, MONDAY).headline).toEqual({ sv: 'väntesvar skickat utan datum — svarstiden gäller', en: 'holding reply sent with no date — the deadline still runs' });
    expect(describeAcknowledgements(base, ZONE, MONDAY)).toEqual({ headline: null, history: [] });
  });

  it('says when the policy lets the acknowledgement meet the deadline', () => {
    const r = withAcknowledgements({ ...base, ackMeetsDue: true }, [{ at: '2026-11-23T09:30:00Z', promised: '2026-11-27T15:00:00Z', by: 'marker', why: '' }], null);
    expect(describeAcknowledgements(r, ZONE, MONDAY).history.at(-1)!.sv).toContain('räcker ett besked för svarstiden');
  });
});

describe('choosePromise: the date a person sets in the add-in', () => {
  it('a working day becomes its closing time', () => {
    expect(choosePromise('2026-11-27', MONDAY, calendar)).toEqual({ ok: true, promised: '2026-11-27T16:00:00+01:00' });
    expect(choosePromise('2026-11-23', MONDAY, calendar)).toEqual({ ok: true, promised: '2026-11-23T16:00:00+01:00' });
  });

  it.each([
    ['2026-11-20', 'Datumet har redan passerat. Välj i dag eller ett senare datum.'],
    ['2026-11-28', 'Kommunen har stängt den dagen. Välj en arbetsdag, till exempel måndag 30 november.'],
    ['2026-12-24', 'Kommunen har stängt den dagen. Välj en arbetsdag, till exempel måndag 28 december.'],
    ['2026-02-30', 'Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-11-24.'],
    ['', 'Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-11-24.'],
  ])('%s is refused: %s', (date, sv) => {
    expect(choosePromise(date, MONDAY, calendar)).toEqual({ ok: false, problem: { sv, en: expect.any(String) } });
  });

  it('today after closing time is over', () => {
    expect(choosePromise('2026-11-23', '2026-11-23T15:30:00Z', calendar)).toMatchObject({ ok: false, problem: { sv: 'Den dagen är redan slut. Välj ett senare datum.' } });
  });

  it('never gives a time in the past or on a closed day (property)', () => {
    const start = Temporal.PlainDate.from('2026-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 365 }), fc.integer({ min: -30, max: 60 }), fc.integer({ min: 0, max: 24 * 60 - 1 }), (d, ahead, minute) => {
        const nowDay = start.add({ days: d });
        const now = nowDay.toZonedDateTime({ timeZone: ZONE, plainTime: Temporal.PlainTime.from({ hour: Math.floor(minute / 60), minute: minute % 60 }) }).toInstant();
        const r = choosePromise(nowDay.add({ days: ahead }).toString(), now, calendar);
        if (r.ok) {
          expect(Date.parse(r.promised)).toBeGreaterThan(now.epochMilliseconds);
          expect(calendar.isWorkingDay(Temporal.Instant.from(r.promised).toZonedDateTimeISO(ZONE).toPlainDate())).toBe(true);
        } else {
          expect(r.problem.sv.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
