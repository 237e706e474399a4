import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { MAX_OTHER_WORDS, recogniseReply, withAcknowledgements, type AckEvent } from '../../src/core/acknowledgement';
import { calendarOf } from '../../src/core/assess';
import { presetConfig } from '../../src/core/config';
import type { SvarstidRecord } from '../../src/core/record';

const calendar = calendarOf(presetConfig('salem'));

/** A send time between 2025 and 2028 (any hour, weekends and holidays included). */
const sentAt = fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2028-12-31T00:00:00Z') }).map((ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString());

const PROMISES = [
  'Vi återkommer senast fredag.', 'Du får svar inom två veckor.', 'Vi hör av oss vecka 48.', 'Du får besked i början av nästa vecka.',
  'Vi återkommer före jul.', 'We will get back to you by Friday.', 'You will hear from us within 3 working days.', 'We will reply next week.',
  'Du får svar senast 27/11.', 'Vi återkommer senast den 3 mars.', 'Du får beslut inom 48 timmar.', 'Vi återkommer imorgon kl 15.',
  'Du får svar i slutet av månaden.', 'Vi ringer dig på måndag nästa vecka.', 'Vi återkommer idag.', 'Du får besked senast 2027-01-15.',
];
const TALK = ['Hej!', 'Tack för ditt mejl.', 'Vi har tagit emot ditt ärende.', 'Handläggare är Anna Berg.', 'Hello,', 'Thank you for your message.'];
/** Sentences that answer in substance (about 12–20 words each). */
const SUBSTANCE = [
  'Bygglov behövs inte för en friggebod på högst femton kvadratmeter om den står minst fyra och en halv meter från tomtgränsen.',
  'Avgiften för en plats i förskolan beräknas på hushållets samlade inkomst före skatt och är högst en viss del av maxtaxan.',
  'Sophämtningen i ditt område sker varannan vecka på onsdagar och kärlet ska stå vid vägen senast klockan sex på morgonen.',
  'The library lends e-books through the app, and you log in with your library card number and the four digit code.',
  'Parkering på gatan är tillåten i högst två timmar mellan klockan åtta och arton på vardagar med p-skiva synlig i bilen.',
  'Färdtjänst söker du hos socialförvaltningen med en blankett och ett intyg från läkare om hur länge funktionsnedsättningen väntas vara.',
];

describe('recogniseReply (properties)', () => {
  it('never throws, and an acknowledgement never promises a time before it was sent', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PROMISES, ...TALK, ...SUBSTANCE), fc.string({ maxLength: 40 })), { maxLength: 6 }), sentAt, (parts, at) => {
        const r = recogniseReply({ text: parts.join(' '), sentAt: at }, calendar);
        if (r.kind === 'acknowledgement') expect(Date.parse(r.promised)).toBeGreaterThanOrEqual(Date.parse(at));
        expect(r.explanation.sv.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('a promise with only greetings and thanks around it is an acknowledgement', () => {
    // relative phrases only: an explicit date may lie in the past of a random send time
    const relative = PROMISES.filter((p) => !/\d+\/\d+|\d{4}-|den 3 mars|vecka 48/.test(p));
    fc.assert(
      fc.property(fc.constantFrom(...relative), fc.subarray(TALK), sentAt, (promise, talk, at) => {
        const text = [...talk.slice(0, 2), promise, ...talk.slice(2), 'Med vänlig hälsning', 'Kommunen'].join('\n');
        const r = recogniseReply({ text, sentAt: at }, calendar);
        expect(r.kind).toBe('acknowledgement');
      }),
      { numRuns: 300 },
    );
  });

  it('a date phrase never turns a substantive answer into an acknowledgement', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROMISES), fc.array(fc.constantFrom(...SUBSTANCE), { minLength: 2, maxLength: 4 }), fc.nat(5), sentAt, (promise, answer, place, at) => {
        const sentences = [...answer];
        sentences.splice(place % (sentences.length + 1), 0, promise);
        const words = answer.join(' ').split(/\s+/).length;
        expect(words).toBeGreaterThan(MAX_OTHER_WORDS);
        expect(recogniseReply({ text: sentences.join(' '), sentAt: at }, calendar).kind).toBe('answer');
      }),
      { numRuns: 300 },
    );
  });

  it('a reply whose only dates lie before it was sent is an answer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), sentAt, fc.constantFrom('Vi återkommer senast {d}.', 'Du fick svar den {d}.', 'We replied on {d}.', 'Beslut fattades {d}.'), (daysBack, at, template) => {
        const date = Temporal.Instant.from(at).toZonedDateTimeISO('Europe/Stockholm').toPlainDate().subtract({ days: daysBack });
        const text = template.replace('{d}', date.toString());
        expect(recogniseReply({ text, sentAt: at }, calendar).kind).toBe('answer');
      }),
      { numRuns: 300 },
    );
  });
});

const record: SvarstidRecord = {
  v: 1, policy: 'salem@2026.1', channel: 'epost', kind: 'fraga', department: 'kontaktcenter',
  due: '2026-11-25T10:00:00+01:00', target: null, rules: ['kanal:epost'], source: 'auto', answeredAt: null,
};
const event = fc
  .tuple(fc.integer({ min: 0, max: 20 * 86400 }), fc.integer({ min: 3600, max: 30 * 86400 }), fc.constantFrom<'marker' | 'text'>('marker', 'text'))
  .map(([offset, ahead, by]): AckEvent => {
    const at = Date.parse('2026-11-20T08:00:00Z') + offset * 1000;
    return { at: new Date(at).toISOString(), promised: new Date(at + ahead * 1000).toISOString(), by, why: 'senast fredag' };
  });

describe('withAcknowledgements (properties)', () => {
  it('is idempotent and does not depend on the order the replies are read in; the latest acknowledgement is the promise', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 8 }), (events) => {
        const once = withAcknowledgements(record, events, null);
        expect(withAcknowledgements(once, events, once)).toEqual(once);
        expect(withAcknowledgements(record, [...events].reverse(), null).acks!.map((e) => e.at)).toEqual(once.acks!.map((e) => e.at));
        const latest = Math.max(...events.map((e) => Date.parse(e.at)));
        expect(Date.parse(once.acks![once.acks!.length - 1]!.at)).toBe(latest);
        expect(Date.parse(once.acknowledgedAt!)).toBe(Math.min(...events.map((e) => Date.parse(e.at))));
        expect(once.due).toBe(record.due);
      }),
      { numRuns: 300 },
    );
  });
});
