import fc from 'fast-check';
import { LOCAL_WORD_PATTERN, presetConfig } from '../../src/core/config';
import { parseMailMessage } from '../../src/core/message';
import { channelEvidence } from '../../src/core/triage/channel';
import { storableWords } from '../../src/core/triage/localFeatures';
import { learnLocalModel, type Correction } from '../../src/core/triage/localTraining';
import { messageZones } from '../../src/core/triage/zones';
import { foldText } from '../../src/core/text/fold';
import { KAJAN_TEXTS, KVARNKOLL_TEXTS, citizenMessage } from '../fixtures/learning/localWords';

/**
 * The local model stores no mail text: weights over single words of letters only, never an
 * e-mail address, phone number, personnummer, link or any token with a digit — in whole or in
 * pieces — whatever the mail holds, and however often it repeats.
 */

const config = presetConfig('ljungby');

/** Letter strings that only ever appear inside private details, so finding one in a model means a leak. */
const secret = fc.stringMatching(/^[a-z]{4,9}$/).map((s) => `zq${s}`);
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A private detail built around secret letters: an address, a link, a number, a personnummer, a token with digits. */
const privateDetail = fc.oneof(
  fc.tuple(secret, secret, fc.constantFrom('se', 'com', 'nu')).map(([a, b, tld]) => `${a}.${b}@${b}-${a}.${tld}`),
  fc.tuple(secret, secret).map(([a, b]) => `https://www.${a}.se/${b}?id=1`),
  fc.tuple(secret, secret).map(([a, b]) => `www.${a}-${b}.se`),
  fc.tuple(digits(3), digits(3), digits(2), digits(2)).map(([a, b, c, d]) => `07${a.slice(1)}-${b} ${c} ${d}`),
  fc.tuple(digits(2), digits(7)).map(([a, b]) => `+46 ${a} ${b}`),
  fc.tuple(fc.integer({ min: 1930, max: 2020 }), digits(4), digits(4)).map(([y, md, n]) => `${y}${md}-${n}`),
  fc.tuple(secret, digits(3)).map(([a, d]) => `${a}${d}`),
  fc.tuple(digits(2), secret).map(([d, a]) => `${d}${a}`),
  fc.tuple(secret, digits(4)).map(([a, d]) => `${a.toUpperCase()}-${d}`),
  fc.tuple(secret, secret).map(([a, b]) => `@${a}_${b}`),
);

const SAFE_WORDS = ['Hej', 'Kajan', 'öppet', 'lördag', 'undrar', 'badet', 'kväll', 'hälsningar', 'tack', 'biljett', 'simskola', 'bastun'];
const text = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...SAFE_WORDS), privateDetail), fc.constantFrom(' ', ', ', '. ', '\n', ' (', ') ')), { minLength: 3, maxLength: 30 })
  .map((parts) => parts.map(([part, separator]) => `${part}${separator}`).join(''));

function secretsIn(s: string): string[] {
  return [...foldText(s).matchAll(/zq[a-z]{4,9}/g)].map((m) => m[0]);
}

function leaks(words: Iterable<string>, secrets: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const letters = w.replace(/\*$/, '');
    if (!LOCAL_WORD_PATTERN.test(w) || /\d/.test(w) || secrets.some((s) => s.startsWith(letters) || letters.includes(s) || s.includes(letters))) out.push(w);
  }
  return out;
}

describe('privacy of the local model', () => {
  it('reads no storable word out of an address, number, personnummer, link or digit token', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('Fråga', 'SMS från +46701234567', 'Röstmeddelande 070-123 45 67'), (body, subject) => {
        const parsed = parseMailMessage(citizenMessage(1, subject, body));
        if (!parsed.ok) return;
        const channel = channelEvidence(parsed.message, config.triage.channelMarkers);
        const zones = messageZones(parsed.message, channel.channel, channel.subjectPrefixLength);
        const words = storableWords(zones, channel.channel, 5);
        expect(leaks(words.keys(), secretsIn(body))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('stores only weights of single letter words, whatever the corrections hold and however often', () => {
    fc.assert(
      fc.property(fc.array(privateDetail, { minLength: 1, maxLength: 4 }), fc.integer({ min: 10, max: 16 }), (details, n) => {
        // the same private details in every correction, from different writers, all corrected the same way:
        // if they could be learnt, they would be
        const corrections: Correction[] = KAJAN_TEXTS.slice(0, n).map((t, i) => {
          const parsed = parseMailMessage(citizenMessage(i, `Kajan ${details[0]}`, t, details.join(' ')));
          if (!parsed.ok) throw new Error(parsed.error);
          return { message: parsed.message, kind: 'fraga', department: 'kultur_fritid' };
        });
        const learning = learnLocalModel(corrections, config, { now: new Date('2026-12-01T00:00:00Z'), population: 100 });
        const stored = learning.trained;
        if (stored === null) return;
        const secrets = details.flatMap(secretsIn);
        const words = [...Object.keys(stored.kind?.weights ?? {}), ...Object.keys(stored.department?.weights ?? {})];
        expect(leaks(words, secrets)).toEqual([]);
        const json = JSON.stringify(stored);
        expect(json).not.toContain('@');
        for (const s of secrets) expect(json).not.toContain(s.slice(0, 5));
        // no text: every key is one word (and the default decisions are vocabulary ids)
        for (const head of [stored.kind, stored.department]) {
          for (const key of Object.keys(head?.defaults ?? {})) expect(key).toMatch(/^[a-z_]+$/);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('a facility name is learnt, the address it is written with is not', () => {
    const corrections: Correction[] = KAJAN_TEXTS.slice(0, 12).map((t, i) => {
      const parsed = parseMailMessage(
        citizenMessage(i, 'Kajan', t, 'Svara gärna till info@kajan-badhus.se eller ring 0372-123 45. Mitt personnummer: 19800101-1234.'),
      );
      if (!parsed.ok) throw new Error(parsed.error);
      return { message: parsed.message, kind: 'fraga', department: 'kultur_fritid' };
    });
    // fault reports beside them: what tells the facility's name from the other words of its questions
    KVARNKOLL_TEXTS.forEach((t, i) => {
      const parsed = parseMailMessage(citizenMessage(50 + i, 'Felanmälan', t));
      if (!parsed.ok) throw new Error(parsed.error);
      corrections.push({ message: parsed.message, kind: 'felanmalan', department: 'teknik' });
    });
    const learning = learnLocalModel(corrections, config, { now: new Date('2026-12-01T00:00:00Z'), population: 60 });
    const words = Object.keys(learning.trained!.department!.weights);
    expect(words).toContain('kajan');
    expect(words.filter((w) => /info|badhus|^se$|\d/.test(w))).toEqual([]);
  });
});
