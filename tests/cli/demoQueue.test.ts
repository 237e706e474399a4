import { Temporal } from 'temporal-polyfill';
import { demoConfig, renderQueue } from '../../src/cli/demoCommand';
import type { SvarstidRecord } from '../../src/core/record';

const record = (over: Partial<SvarstidRecord>): SvarstidRecord => ({
  v: 1,
  policy: 'ljungby@2026.1',
  channel: 'epost',
  kind: 'fraga',
  department: 'teknik',
  due: '2026-11-24T15:30:00+01:00',
  target: null,
  rules: ['kanal:epost'],
  source: 'auto',
  answeredAt: null,
  ...over,
});

describe('the demo queue a team lead reads', () => {
  const now = Temporal.Instant.from('2026-11-23T09:00:00Z');
  const messages = [
    { id: 'a', subject: 'Gatlampa släckt', receivedDateTime: '2026-11-20T14:30:00Z', record: record({}) },
    // acknowledged: "du får svar senast fredag 27 november"; the promise is the time in force
    {
      id: 'b',
      subject: 'Bygglov för altan',
      receivedDateTime: '2026-11-20T10:00:00Z',
      record: record({ department: 'samhallsbyggnad', due: '2026-11-24T11:00:00+01:00', acknowledgedAt: '2026-11-20T13:00:00+01:00', promised: '2026-11-27T16:00:00+01:00' }),
    },
    { id: 'c', subject: 'Tack för hjälpen', receivedDateTime: '2026-11-16T10:00:00Z', record: record({ due: '2026-11-18T11:00:00+01:00', answeredAt: '2026-11-17T10:00:00+01:00' }) },
    { id: 'd', subject: 'Parkering', receivedDateTime: '2026-11-16T10:00:00Z', record: record({ due: '2026-11-18T11:00:00+01:00', answeredAt: '2026-11-19T10:00:00+01:00' }) },
  ];

  it('shows a promised time as the promise, marked (utlovat), not the policy deadline', () => {
    const text = renderQueue(messages, demoConfig('ljungby'), 0, 'sv', now);
    const row = text.split('\n').find((l) => l.includes('Bygglov för altan'))!;
    expect(row).toMatch(/^ {2}fre 27 nov 16\.00 \(utlovat\) +Samhällsbyggnad/);
    expect(row).not.toContain('24 nov');
    expect(text).toContain('1 öppet meddelande har fått ett besked med ett utlovat datum');
    const en = renderQueue(messages, demoConfig('ljungby'), 0, 'en', now);
    expect(en).toMatch(/Fri 27 Nov 16:00 \(promised\)/);
  });

  it('gives the service level against the policy deadline, confirmed in time and answered by the promise, each with its base', () => {
    const text = renderQueue(messages, demoConfig('ljungby'), 0, 'sv', now);
    // c answered in time, d late; a and b still open before their deadline
    // Ljungby has no rule where a notice is enough, so the line does not speak of notices counting
    expect(text).toContain('  Besvarade i tid: 1 av 2 (50 %). Här räknas svar inom svarstiden (ingen regel här säger att ett besked räcker).');
    // b's acknowledgement came before its due: confirmed in time, though not an answer
    expect(text).toContain('  Besked eller svar i tid: 2 av 3 (67 %) fick ett besked eller ett svar inom svarstiden.');
    expect(text).toMatch(/^ +2 besvarade \(i tid eller inte/m);
    const en = renderQueue(messages, demoConfig('ljungby'), 0, 'en', now);
    expect(en).toContain('  Answered in time: 1 of 2 (50%). This counts answers within the deadline (no rule here says a notice is enough).');
    // Salem's rules let a notice count for applications and fault reports: then the line says so
    const salem = renderQueue(messages, demoConfig('salem'), 0, 'sv', now);
    expect(salem).toContain('Här räknas svar inom svarstiden och besked där regeln säger att ett besked räcker (de ligger kvar i kön');
  });

  it('measures answered in time against the deadline, not a later promised date', () => {
    const late = [
      { id: 'e', subject: 'Bygglov', receivedDateTime: '2026-11-16T10:00:00Z', record: record({ due: '2026-11-18T11:00:00+01:00', acknowledgedAt: '2026-11-17T09:00:00+01:00', promised: '2026-11-20T16:00:00+01:00', answeredAt: '2026-11-20T10:00:00+01:00' }) },
    ];
    const text = renderQueue(late, demoConfig('ljungby'), 0, 'sv', now);
    expect(text).toContain('Besvarade i tid: 0 av 1 (0 %)');
    expect(text).toContain('Besked eller svar i tid: 1 av 1 (100 %)');
    expect(text).toContain('Utlovat datum hållet: 1 av 1 besked med datum (100 %)');
    // where the rule says a notice is enough, the acknowledgement meets the due
    const ack = [{ ...late[0]!, record: { ...late[0]!.record, ackMeetsDue: true as const } }];
    expect(renderQueue(ack, demoConfig('varmdo'), 0, 'sv', now)).toContain('Besvarade i tid: 1 av 1 (100 %)');
  });
});
