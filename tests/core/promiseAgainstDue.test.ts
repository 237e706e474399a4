import { Temporal } from 'temporal-polyfill';
import { noticeAndDue, promiseAgainstDue } from '../../src/core/acknowledgement';
import { calendarOf } from '../../src/core/assess';
import { presetConfig } from '../../src/core/config';

const calendar = calendarOf(presetConfig('ljungby'));
const now = Temporal.Instant.from('2026-11-18T09:42:00Z'); // Wed 10.42
const due = '2026-11-24T15:30:00+01:00'; // Tue 15.30, before closing time

describe('a promised date against the deadline, as the officer is told when choosing it', () => {
  it('says nothing for the due’s own day or earlier, nor for a day the action would refuse, nor without a due', () => {
    expect(promiseAgainstDue('2026-11-24', { due }, now, calendar)).toBeNull();
    expect(promiseAgainstDue('2026-11-20', { due }, now, calendar)).toBeNull();
    expect(promiseAgainstDue('2026-11-28', { due }, now, calendar)).toBeNull(); // a Saturday: refused by the action itself
    expect(promiseAgainstDue('2026-11-27', { due: null }, now, calendar)).toBeNull();
  });

  it('a later day: the queue follows it, but the case counts against the deadline — late unless a notice is enough and is sent in time', () => {
    const plain = promiseAgainstDue('2026-11-27', { due }, now, calendar)!;
    expect(plain.sv).toBe('Datumet ligger efter svarstiden (tisdag 24 nov kl. 15.30). Kön följer datumet, men i statistiken räknas ärendet mot svarstiden: här räcker inte ett besked, så ärendet räknas som sent besvarat om svaret kommer efter tisdag 24 nov kl. 15.30, även om det kommer före datumet.');
    expect(promiseAgainstDue('2026-11-27', { due, ackMeetsDue: true }, now, calendar)!.sv).toMatch(/skickas beskedet senast då, räknas ärendet som besvarat i tid, annars som sent besvarat\.$/);
    expect(promiseAgainstDue('2026-11-27', { due, ackMeetsDue: true, acknowledgedAt: '2026-11-19T09:00:00+01:00' }, now, calendar)!.en).toMatch(/it is already met by the notice sent in time\.$/);
    // a notice sent after the due does not meet it
    expect(promiseAgainstDue('2026-11-27', { due, ackMeetsDue: true, acknowledgedAt: '2026-11-25T09:00:00+01:00' }, now, calendar)!.sv).toMatch(/skickas beskedet senast då/);
  });

  it('whether a notice is enough, in one sentence beside the notice button', () => {
    expect(noticeAndDue({ due }, calendar, now)!.sv).toBe('Här räcker inte ett besked för svarstiden: svaret behövs senast tisdag 24 nov kl. 15.30.');
    expect(noticeAndDue({ due, ackMeetsDue: true }, calendar, now)!.en).toBe('Here a notice meets the deadline if it is sent by Tuesday 24 Nov at 15:30.');
    expect(noticeAndDue({ due: null }, calendar, now)).toBeNull();
  });
});
