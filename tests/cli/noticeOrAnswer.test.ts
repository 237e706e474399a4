import { recogniseReply } from '../../src/core/acknowledgement';
import { calendarOf } from '../../src/core/assess';
import { presetConfig } from '../../src/core/config';
import { NOTICE_OR_ANSWER, ruleTimes } from '../../src/cli/describeConfig';

/**
 * `run --help`, `presets` and `check-config` tell people how a reply is read (round 10 of the
 * message review). Their examples must be what the reply reader does, in both languages: each
 * quoted example, sent as a reply on Thursday 26 November 2026, is read as the text says.
 */
const calendar = calendarOf(presetConfig('salem'));
const read = (text: string) => recogniseReply({ text: `Hej! ${text}. Hälsningar Salems kommun`, sentAt: '2026-11-26T10:00:00Z' }, calendar).kind;
// each example stands in brackets, in the language's quotation marks: (”…”) in Swedish, ('…') in English
const quoted = (text: string) => [...text.matchAll(/\((?:'([^']+)'|”([^”]+)”)\)/g)].map((m) => (m[1] ?? m[2])!);

describe('the words on notices and answers', () => {
  it('hold exactly five examples in each language: a notice, an answer, a receipt, an automatic receipt that says when and a reply that only says we will come back', () => {
    expect(quoted(NOTICE_OR_ANSWER.sv)).toHaveLength(5);
    expect(quoted(NOTICE_OR_ANSWER.en)).toHaveLength(5);
  });

  it('are what the reply reader does with each example', () => {
    for (const lang of ['sv', 'en'] as const) {
      const [notice, answer, receipt, timedReceipt, holding] = quoted(NOTICE_OR_ANSWER[lang]);
      expect({ lang, notice, kind: read(notice!) }).toEqual({ lang, notice, kind: 'acknowledgement' });
      expect({ lang, answer, kind: read(answer!) }).toEqual({ lang, answer, kind: 'answer' });
      // a receipt alone counts as an answer: the message leaves the queue (round 11 asked that this be said)
      expect({ lang, receipt, kind: read(receipt!) }).toEqual({ lang, receipt, kind: 'answer' });
      // the automatic receipt the text advises (round 26: Power Automate) is a notice
      expect({ lang, timedReceipt, kind: read(timedReceipt!) }).toEqual({ lang, timedReceipt, kind: 'acknowledgement' });
      expect({ lang, holding, kind: read(holding!) }).toEqual({ lang, holding, kind: 'holding' });
    }
  });
});

describe('the time a rule gives, as check-config and presets print it', () => {
  const concernRule = presetConfig('salem').policy.rules.find((r) => r.override && r.kind?.length === 1 && r.kind[0] === 'orosanmalan');
  it('says a report of concern is handed on within its time, not answered or "handled" (reader round 29, U5)', () => {
    expect(concernRule).toBeDefined();
    expect(ruleTimes(concernRule!, 'sv')).toMatch(/^lämnas vidare inom /);
    expect(ruleTimes(concernRule!, 'en')).toMatch(/^handed on within /);
  });
  it('an ordinary rule still gives the time to answer', () => {
    const email = presetConfig('salem').policy.rules.find((r) => !r.override && r.due && r.channel?.includes('epost') && r.kind === undefined)!;
    expect(ruleTimes(email, 'sv')).toMatch(/^svar inom /);
  });
});
