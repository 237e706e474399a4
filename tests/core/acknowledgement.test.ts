import { describeConfig } from '../../src/cli/describeConfig';
import { Temporal } from 'temporal-polyfill';
import {
  ACK_PROPERTY_ID,
  ackMarkerOf,
  customPropertiesId,
  parseAckMarker,
  proposePromise,
  recogniseReply,
  setPromised,
  splitReplies,
  withAcknowledgements,
  fitRecord,
  type AckEvent,
  MAX_ACK_HISTORY,
} from '../../src/core/acknowledgement';
import { calendarOf } from '../../src/core/assess';
import { parseConfig, presetConfig, presetDocument, validateConfig } from '../../src/core/config';
import { deadlineInForce, flagFor, parseRecord, serializeRecord, toGraphDateTime, RECORD_MAX_LENGTH, type SvarstidRecord } from '../../src/core/record';
import { queueStatus } from '../../src/core/queue';
import { confirmationOutcome, dueOutcome, inTimeShare, promiseOutcome, serviceLevel } from '../../src/core/serviceLevel';

const ljungby = presetConfig('ljungby');
const calendar = calendarOf(ljungby);
/** Monday 2026-11-23 10:00 in Stockholm. */
const MONDAY = '2026-11-23T09:00:00Z';

function recognise(text: string, sentAt = MONDAY) {
  return recogniseReply({ text, sentAt }, calendar);
}
function promisedBy(text: string, sentAt = MONDAY): string | null {
  const r = recognise(text, sentAt);
  return r.kind === 'acknowledgement' ? r.promised : null;
}

describe('recogniseReply: acknowledgements in words', () => {
  it.each([
    ['Hej! Du får svar senast fredag 27 november.', '2026-11-27T16:00:00+01:00'],
    ['Vi återkommer senast fredag.', '2026-11-27T16:00:00+01:00'],
    ['Vi återkommer till dig inom två veckor.', '2026-12-07T16:00:00+01:00'],
    ['Ditt ärende handläggs inom 3 arbetsdagar.', '2026-11-26T16:00:00+01:00'],
    ['Du får besked vecka 48.', '2026-11-27T16:00:00+01:00'],
    ['Vi hör av oss i början av nästa vecka.', '2026-12-01T16:00:00+01:00'],
    ['Vi återkommer före jul.', '2026-12-23T16:00:00+01:00'],
    ['We will get back to you by Friday.', '2026-11-27T16:00:00+01:00'],
    ['You will hear from us within two weeks.', '2026-12-07T16:00:00+01:00'],
    ['We will get back to you next week.', '2026-12-04T16:00:00+01:00'],
    ['Du får svar senast 27/11.', '2026-11-27T16:00:00+01:00'],
    ['Du får svar senast 2026-11-27.', '2026-11-27T16:00:00+01:00'],
    ['Du får svar senast 27 nov.', '2026-11-27T16:00:00+01:00'],
    ['Vi ringer dig imorgon kl 10.', '2026-11-24T10:00:00+01:00'],
    ['Vi återkommer i december.', '2026-12-30T16:00:00+01:00'],
    ['We expect to have an answer by the end of next week.', '2026-12-04T16:00:00+01:00'],
    ['Vi återkommer. Senast fredag.', '2026-11-27T16:00:00+01:00'],
  ])('%s → %s', (text, promised) => {
    expect(promisedBy(text)).toBe(promised);
  });

  it('reads only the newest text: a date in the quoted history is not a promise', () => {
    const text = 'Hej! Soptunnan töms på tisdagar.\n\nMed vänlig hälsning\nKommunen\n\nDen 20 nov 2026 skrev Eva <eva@example.org>:\n> Kommer ni att svara senast fredag?';
    expect(recognise(text).kind).toBe('answer');
  });

  it('explains the decision and quotes the promising words', () => {
    const r = recognise('Tack för ditt mejl! Vi återkommer med besked senast den 4 december. Handläggare är Anna Svensson.');
    expect(r).toMatchObject({ kind: 'acknowledgement', by: 'text', phrase: 'senast den 4 december', promised: '2026-12-04T16:00:00+01:00' });
    expect(r.explanation.sv).toContain('senast den 4 december');
    expect(r.explanation.en).toContain('answer promised by 2026-12-04 16:00');
  });
});

describe('recogniseReply: how vague phrases resolve', () => {
  it('a weekday is the next such day after the day sent (Friday said on a Friday is next Friday)', () => {
    expect(promisedBy('Vi återkommer på fredag.', '2026-11-27T08:00:00Z')).toBe('2026-12-04T16:00:00+01:00');
  });
  it('a day that is not a working day moves to the next working day’s closing time', () => {
    // 2026-11-29 is a Sunday
    expect(promisedBy('Du får svar senast 29/11.')).toBe('2026-11-30T16:00:00+01:00');
  });
  it('a week is its last working day; its start the second working day, its middle the third', () => {
    expect(promisedBy('Vi återkommer vecka 49.')).toBe('2026-12-04T16:00:00+01:00');
    expect(promisedBy('Vi återkommer i början av vecka 49.')).toBe('2026-12-01T16:00:00+01:00');
    expect(promisedBy('Vi återkommer i mitten av nästa vecka.')).toBe('2026-12-02T16:00:00+01:00');
  });
  it('a week containing holidays ends on its last working day (week 52 of 2026: 23 December)', () => {
    expect(promisedBy('Vi återkommer vecka 52.')).toBe('2026-12-23T16:00:00+01:00');
  });
  it('a month is its last working day; its start the 10th at the latest', () => {
    expect(promisedBy('Vi återkommer i slutet av januari.')).toBe('2027-01-29T16:00:00+01:00');
    expect(promisedBy('Vi återkommer i början av december.')).toBe('2026-12-10T16:00:00+01:00');
  });
  it('working days count from the day sent; hours are exact', () => {
    expect(promisedBy('Vi återkommer inom 5 arbetsdagar.')).toBe('2026-11-30T16:00:00+01:00');
    expect(promisedBy('Vi återkommer inom 48 timmar.')).toBe('2026-11-25T10:00:00+01:00');
  });
  it('"före jul" is the last working day before julafton; "före påsk" before långfredagen', () => {
    expect(promisedBy('Du får besked före påsk.')).toBe('2027-03-25T16:00:00+01:00');
  });
  it('a date without a year takes the year nearest the day sent', () => {
    expect(promisedBy('Vi återkommer senast 8 januari.', '2026-12-15T09:00:00Z')).toBe('2027-01-08T16:00:00+01:00');
  });
  it('"idag" said after closing moves to the next working day', () => {
    expect(promisedBy('Vi återkommer idag.', '2026-11-27T17:00:00Z')).toBe('2026-11-30T16:00:00+01:00');
  });
});

describe('recogniseReply: answers', () => {
  it.each([
    ['a reply that only mentions a past date', 'Tack för ditt mejl den 3 november. Biblioteket har öppet 10–18 på lördagar.'],
    ['a past decision date', 'Hej! Bygglovet beviljades den 10 november och beslutet skickades med post samma dag.'],
    ['the citizen’s own deadline', 'Ansök senast 30 november via e-tjänsten på vår webbplats.'],
    ['a yes/no answer that also promises more', 'Ja, du kan hämta kompostgallret på återvinningscentralen. Vi återkommer senast fredag om detaljerna.'],
    ['a date that promises nothing', 'Biblioteket är stängt fredag 27 november på grund av inventering.'],
    ['no date at all', 'Hej! Kompostgaller finns att hämta gratis på återvinningscentralen vid Norra vägen.'],
    ['an offer to help again if the citizen asks', 'Hej! Soptunnorna töms på tisdagar. Vi återkommer gärna om du har fler frågor.'],
    ['a short answer with "vi återkommer"', 'Hej! Ja, det går bra att hämta sand i lådan vid skolan. Vi återkommer.'],
    [
      'a long substantive answer that also names a date',
      'Hej! Parkeringstillstånd för rörelsehindrade söker du hos kommunens parkeringshandläggare. Du behöver ett läkarintyg som visar hur långt du kan gå, ' +
        'och tillståndet gäller i högst fem år. Avgiften är noll kronor. Tillståndet gäller på alla allmänna parkeringar i landet. ' +
        'Vi återkommer om något saknas senast fredag.',
    ],
  ])('%s', (_why, text) => {
    const r = recognise(text);
    expect(r.kind).toBe('answer');
    expect(r.explanation.sv).toMatch(/^Svar: /);
  });
});

describe('recogniseReply: holding replies ("vi återkommer" with no date)', () => {
  it.each([
    ['Hej! Vi har tagit emot ditt ärende och återkommer så snart vi kan.', 'återkommer så snart vi kan'],
    ['Hej,\n\nTack för ditt mejl om bullret. Vi har lämnat det till miljöenheten och vi återkommer till dig.\n\nMed vänlig hälsning\nKontaktcenter', 'vi återkommer till dig'],
    ['Hello,\n\nThank you for your message. We have forwarded it and will get back to you.\n\nRegards', 'get back to you'],
    ['Tack för din felanmälan! Vi hör av oss så snart vi vet mer.', 'Vi hör av oss så snart'],
    ['Ditt ärende är vidarebefordrat till tekniska förvaltningen. De kontaktar dig.', 'De kontaktar dig'],
  ])('%s', (text, words) => {
    const r = recognise(text);
    expect(r).toMatchObject({ kind: 'holding', phrase: words });
    // plain words for people, Swedish and English, that say the deadline still runs
    expect(r.explanation.sv).toBe(`Väntesvar: ”${words}” utan datum — varken besked eller svar, svarstiden gäller.`);
    expect(r.explanation.en).toContain('the deadline still runs');
  });
  it('with a date it is an acknowledgement, with a past date an answer', () => {
    expect(recognise('Vi återkommer till dig senast fredag.').kind).toBe('acknowledgement');
    expect(recognise('Vi återkommer till dig senast den 2 januari 2026.').kind).toBe('answer');
  });
});

describe('automatic receipts (round 26 of the text review: Power Automate)', () => {
  it('a bare receipt is an answer (SPEC §6), which is why the texts ask automatic receipts to say when the answer comes', () => {
    expect(recognise('Tack för ditt meddelande! Vi har tagit emot det.').kind).toBe('answer');
  });
  it.each([
    'Tack för ditt meddelande! Vi har tagit emot det. Du får svar inom två arbetsdagar.\n\nMed vänlig hälsning\nKontaktcenter',
    'Thank you, we have received your message. You will have an answer within two working days.',
  ])('the receipt the texts advise is a notice, promised two working days on: %s', (text) => {
    const r = recognise(text);
    expect(r.kind).toBe('acknowledgement');
  });
});

describe('the acknowledgement marker', () => {
  it('a marked reply is an acknowledgement whatever its text, promised the marker’s time', () => {
    const r = recogniseReply({ text: 'Hej! Vi har tagit emot ditt ärende.', sentAt: MONDAY, marker: '2026-12-01T16:00:00+01:00' }, calendar);
    expect(r).toMatchObject({ kind: 'acknowledgement', by: 'marker', promised: '2026-12-01T16:00:00+01:00' });
  });
  it('a marker that is not a time, or lies before sending, leaves the decision to the text', () => {
    expect(recogniseReply({ text: 'Svaret är ja.', sentAt: MONDAY, marker: 'soon' }, calendar).kind).toBe('answer');
    expect(recogniseReply({ text: 'Svaret är ja.', sentAt: MONDAY, marker: '2026-11-01T16:00:00+01:00' }, calendar).kind).toBe('answer');
  });
  it('is read from the svarstidAck property or from an add-in’s custom properties', () => {
    expect(ackMarkerOf([{ id: ACK_PROPERTY_ID, value: '2026-12-01T16:00:00+01:00' }])).toBe('2026-12-01T16:00:00+01:00');
    const cecp = customPropertiesId('{6A3F1C2E-AAAA-4BBB-8CCC-123456789ABC}');
    expect(cecp).toBe('String {00020329-0000-0000-C000-000000000046} Name cecp-6a3f1c2e-aaaa-4bbb-8ccc-123456789abc');
    const json = JSON.stringify({ other: 1, svarstidAck: '2026-12-01T16:00:00+01:00' });
    expect(parseAckMarker(ackMarkerOf([{ id: cecp, value: json }]))).toBe('2026-12-01T16:00:00+01:00');
    expect(ackMarkerOf([{ id: cecp, value: JSON.stringify({ other: 1 }) }])).toBeNull();
  });
});

function baseRecord(over: Partial<SvarstidRecord> = {}): SvarstidRecord {
  return {
    v: 1,
    policy: 'ljungby@2026.1',
    channel: 'epost',
    kind: 'fraga',
    department: 'kontaktcenter',
    due: '2026-11-25T10:00:00+01:00',
    target: null,
    rules: ['kanal:epost'],
    source: 'auto',
    answeredAt: null,
    ...over,
  };
}
const ack = (at: string, promised: string, by: 'text' | 'marker' = 'text') => ({ at, promised, by, why: 'senast fredag' });

describe('acknowledgement history in the record', () => {
  it('old records without the new fields still parse; new fields round-trip', () => {
    expect(parseRecord(serializeRecord(baseRecord()))).toEqual(baseRecord());
    const r = withAcknowledgements(baseRecord(), [ack('2026-11-23T09:30:00Z', '2026-11-27T15:00:00Z')], null);
    expect(parseRecord(serializeRecord(r))).toEqual(r);
    expect(r).toMatchObject({ acknowledgedAt: '2026-11-23T10:30:00+01:00', promised: '2026-11-27T16:00:00+01:00' });
    // one acknowledgement adds about 195 characters (both times twice: fields and history entry)
    expect(serializeRecord(r).length).toBeLessThanOrEqual(serializeRecord(baseRecord()).length + 200);
  });
  it('the first answer closes; acknowledgements after it are not promises', () => {
    const split = splitReplies([
      { at: '2026-11-23T09:30:00Z', ack: { promised: '2026-11-27T15:00:00Z', by: 'text', why: 'x' } },
      { at: '2026-11-24T09:30:00Z', ack: null },
      { at: '2026-11-25T09:30:00Z', ack: { promised: '2026-12-27T15:00:00Z', by: 'text', why: 'y' } },
    ]);
    expect(split.answeredAt).toBe('2026-11-24T09:30:00Z');
    expect(split.acks.map((a) => a.why)).toEqual(['x']);
  });
  it('a later acknowledgement replaces the promise; the first stays acknowledgedAt; the due is kept', () => {
    const r = withAcknowledgements(baseRecord(), [ack('2026-11-23T09:30:00Z', '2026-11-27T15:00:00Z'), ack('2026-11-26T09:30:00Z', '2026-12-04T15:00:00Z')], null);
    expect(r.promised).toBe('2026-12-04T16:00:00+01:00');
    expect(r.acknowledgedAt).toBe('2026-11-23T10:30:00+01:00');
    expect(r.due).toBe('2026-11-25T10:00:00+01:00');
    expect(r.acks).toHaveLength(2);
  });
  it('keeps a person’s correction, and entries whose sent item is no longer read; a later acknowledgement wins again', () => {
    const first = withAcknowledgements(baseRecord(), [ack('2026-11-23T09:30:00Z', '2026-11-27T15:00:00Z')], null);
    const corrected = setPromised(first, '2026-12-02T15:00:00Z', '2026-11-24T08:00:00Z');
    expect(corrected.promised).toBe('2026-12-02T16:00:00+01:00');
    expect(withAcknowledgements(corrected, [], corrected)).toEqual(corrected);
    const again = withAcknowledgements(corrected, [ack('2026-11-30T09:30:00Z', '2026-12-09T15:00:00Z')], corrected);
    expect(again.promised).toBe('2026-12-09T16:00:00+01:00');
    expect(again.acks!.map((e) => e.by)).toEqual(['text', 'manual', 'text']);
  });
  it('keeps the first and the latest acknowledgements when there are many', () => {
    const few = Array.from({ length: 9 }, (_, i) => ({ ...ack(`2026-11-${String(10 + i).padStart(2, '0')}T09:00:00Z`, `2026-12-${String(10 + i).padStart(2, '0')}T15:00:00Z`), why: '' }));
    // a short record: the count decides (first + latest five)
    const short = withAcknowledgements(baseRecord({ policy: 'p', rules: [] }), few.slice(0, 7).map((e) => ({ ...e, by: 'marker' as const })), null);
    expect(short.acks).toHaveLength(MAX_ACK_HISTORY);
    const local = (e: { at: string }): string => e.at.replace('T09', 'T10').replace('Z', '+01:00');
    expect(short.acks!.map((e) => e.at)).toEqual([local(few[0]!), ...few.slice(7 - (MAX_ACK_HISTORY - 1), 7).map(local)]);
    // a full one: the length does (below)
    const r = withAcknowledgements(baseRecord(), few.map((e) => ({ ...e, why: 'senast fredag' })), null);
    expect(r.acknowledgedAt).toBe('2026-11-10T10:00:00+01:00');
    expect(r.promised).toBe('2026-12-18T16:00:00+01:00');
    expect(r.acks![0]!.at).toBe('2026-11-10T10:00:00+01:00');
    expect(r.acks![r.acks!.length - 1]).toEqual({ at: '2026-11-18T10:00:00+01:00', p: '2026-12-18T16:00:00+01:00', by: 'text', why: 'senast fredag' });
  });
  it(`never grows past ${RECORD_MAX_LENGTH} characters: older words go first, then the middle entries; the newest promise and acknowledgedAt stay`, () => {
    // a heavy record: a long name, a long policy name, several rules (all within the schema's limits)
    const handler = { name: 'Anna-Karin Lindqvist Bergström (vikarierande handläggare, Kontaktcenter Norra, Samhällsbyggnadsförvaltningen)', at: '2026-11-10T09:00:00+01:00' };
    const long = 'du får besked senast fredag den 18 december efter nämndens möte'; // cut to 60
    const events = Array.from({ length: 9 }, (_, i) => ack(`2026-11-${String(10 + i).padStart(2, '0')}T09:00:00Z`, `2026-12-${String(10 + i).padStart(2, '0')}T15:00:00Z`)).map((e) => ({ ...e, why: long }));
    const base = baseRecord({ handler, policy: 'ljungby-kommun-servicedeklaration@2026.11-reviderad-efter-nämndbeslut', rules: ['kanal:epost', 'typ:fraga', 'avd:kontaktcenter'], ackMeetsDue: true });
    let record = base;
    const lengths: number[] = [];
    // every pass reads every sent item again, as the worker does: acknowledgements and holding replies
    const sent: AckEvent[] = [];
    for (let n = 1; n <= events.length; n++) {
      sent.push(events[n - 1]!, { at: events[n - 1]!.at.replace('09:00', '09:30'), promised: null, by: 'text', why: 'vi återkommer till dig' });
      record = withAcknowledgements(base, sent, record);
      const text = serializeRecord(record);
      lengths.push(text.length);
      expect(text.length).toBeLessThanOrEqual(RECORD_MAX_LENGTH);
      expect(parseRecord(text)).toEqual(record);
      expect(record.acknowledgedAt).toBe('2026-11-10T10:00:00+01:00');
      expect(record.promised).toBe(record.acks![record.acks!.length - 1]!.p);
      expect(Date.parse(record.promised!)).toBe(Date.parse(events[n - 1]!.promised!));
      // the labels and the claim are never what gives way
      expect(record).toMatchObject({ handler, rules: base.rules, due: base.due, ackMeetsDue: true });
      // the newest entry keeps its words as long as anything older is there to give way
      if (record.acks!.length > 1) expect(record.acks![record.acks!.length - 1]!.why).toBe(`${long.slice(0, 59)}…`);
    }
    // at the limit: the history was cut, and cutting again changes nothing (idempotent labelling)
    expect(Math.max(...lengths)).toBeGreaterThan(RECORD_MAX_LENGTH - 80);
    expect(record.acks!.length).toBeLessThan(MAX_ACK_HISTORY);
    expect(withAcknowledgements(base, sent, record)).toEqual(record);
    expect(record.holding).toEqual({ at: '2026-11-18T10:30:00+01:00' });
    expect(fitRecord(record)).toBe(record);
  });
  it('the flag’s due is the promise once there is one', () => {
    const r = withAcknowledgements(baseRecord(), [ack('2026-11-23T09:30:00Z', '2026-11-27T15:00:00Z')], null);
    expect(flagFor(r, '2026-11-23T08:00:00Z', null)?.dueDateTime).toEqual(toGraphDateTime('2026-11-27T15:00:00Z'));
  });
  it('a report of concern keeps its own time: a date told to the reporter is history, never the time in force', () => {
    const concern = baseRecord({ kind: 'orosanmalan', department: 'socialtjanst', due: '2026-11-23T11:30:00+01:00', rules: ['typ:orosanmalan'] });
    const r = withAcknowledgements(concern, [ack('2026-11-23T09:40:00Z', '2026-11-27T15:00:00Z')], null);
    expect(r.promised).toBeUndefined();
    expect(r.acks).toHaveLength(1);
    expect(r.acknowledgedAt).toBe('2026-11-23T10:40:00+01:00');
    expect(deadlineInForce(r)).toBe('2026-11-23T11:30:00+01:00');
    expect(flagFor(r, '2026-11-23T09:30:00Z', null)?.dueDateTime).toEqual(toGraphDateTime('2026-11-23T11:30:00+01:00'));
    // a person's date does not move it either; re-routed to another kind, the promise is back
    expect(setPromised(r, '2026-12-02T15:00:00Z', '2026-11-23T10:00:00Z').promised).toBeUndefined();
    const rerouted = withAcknowledgements({ ...r, kind: 'fraga' }, [], r);
    expect(rerouted.promised).toBe('2026-11-27T16:00:00+01:00');
  });
});

describe('policy: satisfiedBy and handling times', () => {
  it('a rule may say satisfiedBy acknowledgement; anything else is rejected with its path', () => {
    const doc = presetDocument('ljungby');
    const rules = doc.policy.rules!.map((r) => (r.id === 'kanal:epost' ? { ...r, satisfiedBy: 'acknowledgement' } : r));
    expect(parseConfig({ ...doc, policy: { ...doc.policy, rules } }).policy.rules.find((r) => r.id === 'kanal:epost')?.satisfiedBy).toBe('acknowledgement');
    const bad = validateConfig({ ...doc, policy: { ...doc.policy, rules: doc.policy.rules!.map((r) => ({ ...r, satisfiedBy: 'reply' })) } });
    expect(bad.ok).toBe(false);
  });
  it('presets set it where their documents say so: Salem’s applications and fault reports, Värmdö’s e-mail', () => {
    const ackRules = (id: 'ljungby' | 'alvesta' | 'varmdo' | 'salem' | 'harnosand') =>
      presetConfig(id).policy.rules.filter((r) => r.satisfiedBy === 'acknowledgement').map((r) => r.id);
    expect(ackRules('salem')).toEqual(['typ:ansokan', 'typ:felanmalan']);
    expect(ackRules('varmdo')).toEqual(['kanal:epost']);
    expect(ackRules('ljungby')).toEqual([]);
    expect(ackRules('alvesta')).toEqual([]);
    expect(ackRules('harnosand')).toEqual([]);
  });
});

describe('proposePromise', () => {
  it('proposes the due’s day when an answer meets the due', () => {
    const p = proposePromise({ kind: 'fraga', channel: 'epost', due: '2026-11-25T10:00:00+01:00' }, '2026-11-23T10:30:00+01:00', ljungby);
    expect(p).toMatchObject({ promised: '2026-11-25T16:00:00+01:00', basis: 'due' });
  });
  it('a confirmation due is no answer date: the policy’s answer rules count from now (Salem, e-mailed application)', () => {
    const salem = presetConfig('salem');
    const p = proposePromise({ kind: 'ansokan', channel: 'epost', due: '2026-11-24T10:00:00+01:00', ackMeetsDue: true }, '2026-11-23T10:30:00+01:00', salem);
    // kanal:epost is 72 h → Thursday 10:30 → that day's closing time
    expect(p).toMatchObject({ promised: '2026-11-26T16:00:00+01:00', basis: 'answerRules' });
  });
  it('uses the admin’s typical handling time for the kind', () => {
    const doc = presetDocument('ljungby');
    const config = parseConfig({ ...doc, policy: { ...doc.policy, handlingTimes: { ansokan: { unit: 'workingDays', amount: 10 } } } });
    const p = proposePromise({ kind: 'ansokan', channel: 'epost', due: '2026-11-25T10:00:00+01:00' }, '2026-11-23T10:30:00+01:00', config);
    expect(p).toMatchObject({ promised: '2026-12-07T16:00:00+01:00', basis: 'handlingTime' });
    // the officer is told where the time comes from (reader round 33, U7), and check-config lists it
    expect(p.explanation.sv).toBe('Föreslaget datum 2026-12-07 16:00: handläggningstiden som kommunens konfiguration anger för ärendetypen ansökan, räknad från nu.');
    expect(describeConfig(config, 'sv')).toContain('Handläggningstider ("handlingTimes" under "policy"): när en handläggare skickar ett besked om när svaret kommer föreslår Svarstid ett datum så långt fram från nu: ansökan tio arbetsdagar.');
  });
  it('never proposes a past time or a closed day (due already passed, written on Friday evening before Christmas)', () => {
    const p = proposePromise({ kind: 'fraga', channel: 'epost', due: '2026-12-18T10:00:00+01:00' }, '2026-12-23T17:30:00+01:00', ljungby);
    expect(Date.parse(p.promised)).toBeGreaterThan(Date.parse('2026-12-23T17:30:00+01:00'));
    expect(calendar.isWorkingDay(Temporal.PlainDate.from(p.promised.slice(0, 10)))).toBe(true);
    expect(p.promised).toBe('2026-12-29T16:00:00+01:00');
  });
});

describe('service level with acknowledgements', () => {
  const now = Temporal.Instant.from('2026-12-10T12:00:00Z');
  const acked = withAcknowledgements(baseRecord(), [ack('2026-11-23T09:30:00Z', '2026-11-27T15:00:00Z')], null);
  it('an acknowledgement meets the due only where the rule says so', () => {
    expect(dueOutcome(acked, now)).toBe('overdue');
    expect(dueOutcome({ ...acked, ackMeetsDue: true }, now)).toBe('met');
  });
  it('"confirmed in time" and "answered by the promised time" are separate figures', () => {
    expect(confirmationOutcome(acked, now)).toBe('met');
    expect(promiseOutcome(acked, now)).toBe('overdue');
    const answered = { ...acked, answeredAt: '2026-11-26T10:00:00+01:00' };
    expect(promiseOutcome(answered, now)).toBe('met');
    expect(dueOutcome(answered, now)).toBe('late');
    expect(promiseOutcome(baseRecord(), now)).toBeNull();
  });
  it('the queue is open and overdue against the promise', () => {
    expect(queueStatus(acked, Temporal.Instant.from('2026-11-26T12:00:00Z'))).toBe('dueWithinWeek');
    expect(queueStatus(baseRecord(), Temporal.Instant.from('2026-11-26T12:00:00Z'))).toBe('overdue');
  });
  it('groups by week of receipt, department and channel', () => {
    const rows = serviceLevel(
      [
        { record: acked, received: '2026-11-23T08:00:00Z' },
        { record: { ...baseRecord(), answeredAt: '2026-11-24T10:00:00+01:00' }, received: '2026-11-23T08:00:00Z' },
        { record: { ...baseRecord({ channel: 'telefon' }) }, received: '2026-11-30T08:00:00Z' },
      ],
      now,
      'week',
    );
    expect(rows.map((r) => r.key)).toEqual(['2026-W48', '2026-W49']);
    expect(rows[0]).toMatchObject({ messages: 2, due: { met: 1, overdue: 1 }, confirmed: { met: 2 }, promise: { overdue: 1 } });
    expect(inTimeShare(rows[0]!.confirmed)).toBe(1);
    expect(inTimeShare(rows[0]!.due)).toBe(0.5);
    expect(serviceLevel([{ record: acked, received: '2026-11-23T08:00:00Z' }], now, 'channel')[0]!.key).toBe('epost');
  });
});
