import { assessMessage } from '../../src/core/assess';
import { presetConfig } from '../../src/core/config';
import { parseMailMessage } from '../../src/core/message';

/** An SMS to Salem's shared mailbox, relayed by the gateway. */
function sms(content: string, receivedDateTime: string) {
  const parsed = parseMailMessage({
    id: 'AAMk-oro',
    subject: 'SMS från 0701234567',
    body: { contentType: 'text', content },
    from: { emailAddress: { address: 'sms@salem.se' } },
    toRecipients: [{ emailAddress: { address: 'kommun@salem.se' } }],
    receivedDateTime,
    hasAttachments: false,
  });
  if (!parsed.ok) throw new Error('not a message');
  return parsed.message;
}

const concern = 'Barnen i lägenheten bredvid är ensamma hemma varje natt och gråter. Jag är orolig för dem.';

describe('the explanation of a report of concern', () => {
  it('says the time counts until closing today and goes on on the next working day (Friday 15.30 → Monday 09.30)', () => {
    // Friday 20 November 2026 15:30 Swedish time
    const a = assessMessage(sms(concern, '2026-11-20T14:30:00Z'), presetConfig('salem'));
    expect(a.kind).toBe('orosanmalan');
    expect(a.due).toBe('2026-11-23T09:30:00+01:00');
    expect(a.explanation.sv).toContain(
      'Hantera senast måndag 23 november kl. 09.30, enligt svarstidsregeln för orosanmälan (två timmar räknat i öppettid; tiden räknas fredag fram till stängning kl. 16.00 och fortsätter måndag).',
    );
    expect(a.explanation.en).toContain('(two hours, counted in opening hours; the time counts on Friday until closing at 16:00 and resumes on Monday)');
  });

  it('says nothing of a pause when the whole time lies within one day', () => {
    // Monday 16 November 2026 10:00
    const a = assessMessage(sms(concern, '2026-11-16T09:00:00Z'), presetConfig('salem'));
    expect(a.kind).toBe('orosanmalan');
    expect(a.explanation.sv).toContain('Hantera senast måndag 16 november kl. 12.00, enligt svarstidsregeln för orosanmälan (två timmar räknat i öppettid).');
  });
});
