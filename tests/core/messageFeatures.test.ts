import fc from 'fast-check';
import { visitKindFeatures, type KindFeatureOptions } from '../../src/core/triage/kindFeatures';
import { visitMessageFeatures } from '../../src/core/triage/messageFeatures';
import { ZONE_COUNT, ZONE_INDEX, type MessageZones } from '../../src/core/triage/zones';
import { CHANNELS } from '../../src/core/vocabulary';

function zonesOf(subject: string, body: string): MessageZones {
  const texts = new Array<string>(ZONE_COUNT).fill('');
  texts[ZONE_INDEX.subject] = subject;
  texts[ZONE_INDEX.body] = body;
  return { texts, rawSubject: subject, forward: false, reply: false, unread: false, subjectOnly: false, forwardsOurMail: false, sentOn: false, pasted: false, categoryDisowned: false };
}

function collect(visit: typeof visitKindFeatures, zones: MessageZones, channel: (typeof CHANNELS)[number], options: KindFeatureOptions): number[][] {
  const out: number[][] = [];
  visit(zones, channel, options, (...feature) => out.push(feature));
  return out;
}

const text = fc.array(fc.constantFrom('Hej', 'gatlampan', 'är', 'trasig', 'Kajan', '070-123', '.', '?', ' ', '\n', 'ö', 'bygglovsansökan'), { maxLength: 30 }).map((w) => w.join(' '));
const options = fc.record({ bigrams: fc.boolean(), prefix: fc.constantFrom(0, 3, 5), suffix: fc.constantFrom(0, 4) });

describe('message features', () => {
  it('give every model of a message exactly what a visit of its text gives, in any order of asking', () => {
    fc.assert(
      fc.property(text, text, fc.array(fc.tuple(options, fc.constantFrom(...CHANNELS)), { minLength: 1, maxLength: 4 }), (subject, body, asks) => {
        const zones = zonesOf(subject, body);
        for (const [o, channel] of asks) {
          expect(collect(visitMessageFeatures, zones, channel, o)).toEqual(collect(visitKindFeatures, zones, channel, o));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('read the next message afresh', () => {
    const o = { bigrams: true, prefix: 5, suffix: 0 };
    const first = zonesOf('Gatlampan', 'Gatlampan är trasig');
    const second = zonesOf('Bygglov', 'Hej, jag undrar om bygglov');
    visitMessageFeatures(first, 'epost', o, () => undefined);
    expect(collect(visitMessageFeatures, second, 'epost', o)).toEqual(collect(visitKindFeatures, second, 'epost', o));
  });
});
