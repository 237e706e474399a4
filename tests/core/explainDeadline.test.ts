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
  it('gives one time only, the flag’s and the queue’s, even when the time runs past closing (Friday 15.30 → Monday 09.30)', () => {
    // Friday 20 November 2026 15:30 Swedish time
    const a = assessMessage(sms(concern, '2026-11-20T14:30:00Z'), presetConfig('salem'));
    expect(a.kind).toBe('orosanmalan');
    expect(a.due).toBe('2026-11-23T09:30:00+01:00');
    // one deadline, the one the flag and the queue show; what not to wait for has no time of its own
    expect(a.explanation.sv).toContain(
      'Lämna den till Socialförvaltningen nu, senast måndag 23 november kl. 09.30, enligt svarstidsregeln för orosanmälan (två timmar räknat i öppettid; tiden räknas fredag fram till stängning kl. 16.00 och fortsätter måndag). Det är den yttersta gränsen, inte en tid att vänta till: lämna en orosanmälan vidare så snart du har läst den. Den sista timmen före stängning räcker inget skriftligt: ring dem. Efter stängning ska du i dag kontakta socialjouren (numret finns på kommunens webbplats eller i er rutin); vänta inte till nästa arbetsdag. Vid akut fara: ring 112.',
    );
    // the errand for an administrator comes after the urgent sentence, never inside it (reader round 31, U4)
    expect(a.explanation.sv).toMatch(/ring 112\. .*Svarstid saknar jourens nummer: be en administratör lägga in det under Kommun och avsändarkontroll/s);
    expect(a.explanation.sv.indexOf('be en administratör')).toBeGreaterThan(a.explanation.sv.indexOf('vänta inte till nästa arbetsdag'));
    expect(a.explanation.sv).toContain(
      'Den är hanterad när Socialförvaltningen (efter stängning jouren) har tagit emot den så att någon läser den i dag',
    );
    // no day or date besides the deadline's (and the pause's own account of Friday's closing)
    expect(a.explanation.sv.match(/\d{1,2} november/g)).toEqual(['23 november']);
    expect(a.explanation.sv).not.toContain('redan');
    // the day it came is named by its date (read on Monday, "today" would be Monday); "i dag" speaks
    // only of the reader's own day: call the on-call service today (round 28), and handed on means read today (round 31)
    expect(a.explanation.sv.match(/\bi dag\b/g)).toEqual(['i dag', 'i dag']);
    expect(a.explanation.sv).toContain('Den sista timmen före stängning räcker inget skriftligt: ring dem. Efter stängning ska du i dag kontakta socialjouren');
    // the action comes first, the time as its outer limit (round 23: "Hantera senast måndag" read as leave to wait)
    expect(a.explanation.sv.match(/senast/g)).toHaveLength(1);
    expect(a.explanation.sv).toMatch(/^Kanalen är[^]*?\. Lämna den till Socialförvaltningen nu, senast/);
    expect(a.explanation.en).toContain('Hand it to Social services now, at the latest by Monday 23 November at 09:30');
    expect(a.explanation.en).toContain('That is the outer limit, not a time to wait for: hand a report of concern on as soon as you have read it');
    expect(a.explanation.en.match(/\d{1,2} November/g)).toEqual(['23 November']);
    expect(a.explanation.en).toContain('(two hours, counted in opening hours; the time counts on Friday until closing at 16:00 and resumes on Monday)');
  });

  it('names the on-call service and its number when the configuration gives one (round 25: no time to look it up at 15.55 on a Friday)', () => {
    const config = presetConfig('salem');
    const withOnCall = { ...config, municipality: { ...config.municipality, concernOnCall: 'Socialjouren Exempelby, 08-465 004 10' } };
    const a = assessMessage(sms(concern, '2026-11-20T14:30:00Z'), withOnCall);
    expect(a.explanation.sv).toContain('Den sista timmen före stängning räcker inget skriftligt: ring dem. Efter stängning ska du i dag kontakta jouren: Socialjouren Exempelby, 08-465 004 10; vänta inte till nästa arbetsdag. Vid akut fara: ring 112.');
    expect(a.explanation.en).toContain('In the last hour before closing, nothing in writing is enough: call them. After closing, today you should contact the on-call service: Socialjouren Exempelby, 08-465 004 10; do not wait for the next working day. In acute danger: call 112.');
    expect(a.explanation.sv).not.toContain('rutin');
  });

  it('says nothing of a pause when the whole time lies within one day', () => {
    // Monday 16 November 2026 10:00
    const a = assessMessage(sms(concern, '2026-11-16T09:00:00Z'), presetConfig('salem'));
    expect(a.kind).toBe('orosanmalan');
    expect(a.explanation.sv).toContain('Lämna den till Socialförvaltningen nu, senast måndag 16 november kl. 12.00, enligt svarstidsregeln för orosanmälan (två timmar räknat i öppettid).');
  });
});

/** A mail to Salem's shared mailbox from a resident. */
function mail(content: string, receivedDateTime: string) {
  const parsed = parseMailMessage({
    id: 'AAMk-fel',
    subject: 'Gatlampan',
    body: { contentType: 'text', content },
    from: { emailAddress: { address: 'anna.svensson@example.se' } },
    toRecipients: [{ emailAddress: { address: 'kommun@salem.se' } }],
    receivedDateTime,
    hasAttachments: false,
  });
  if (!parsed.ok) throw new Error('not a message');
  return parsed.message;
}

const fault = 'Gatlampan på Storgatan har slocknat. Jag vill göra en felanmälan.';

describe('whether a notice is enough (SPEC §6), said for each message', () => {
  it('on a tie a notice counts if any of the tied rules says so: an SMS fault report in Salem (SMS and fault-report rules both give 24 hours)', () => {
    // Friday 20 November 2026 15:30: both rules give Saturday 15:30, moved to Monday 16:00.
    const a = assessMessage(sms(fault, '2026-11-20T14:30:00Z'), presetConfig('salem'));
    expect(a.kind).toBe('felanmalan');
    expect(a.due).toBe('2026-11-23T16:00:00+01:00');
    // The rule earlier in the policy still names the time …
    expect(a.rules).toContain('kanal:sms');
    // … and the tied rule the explanation cites is among the deciding rules.
    expect(a.rules).toContain('typ:felanmalan');
    expect(a.explanation.sv).toContain('Svara senast måndag 23 november kl. 16.00, enligt svarstidsregeln för SMS');
    // … but the notice counts, and the explanation says so, and the target is not called "an answer".
    expect(a.ackMeetsDue).toBe(true);
    expect(a.explanation.sv).toContain('Målet är ett besked eller svar senast fredag 20 november kl. 16.00');
    expect(a.explanation.sv).toContain('Ett besked om när svaret eller beslutet kommer räcker här för att räknas som besvarat i tid (regeln för felanmälan, som ger samma tid, säger det)');
    expect(a.explanation.en).toContain('The target is a notice or an answer by Friday 20 November at 16:00');
    expect(a.explanation.en).toContain('the rule for fault reports, which gives the same time, says so');
  });

  it('when the channel gives an earlier time than the confirmation rule, a notice is not enough, and the explanation says which rule came first', () => {
    // Friday 20 November 2026 14:30 by e-mail: 72 hours end Monday 14:30, before the fault-report rule's Monday 16:00.
    const a = assessMessage(mail(fault, '2026-11-20T13:30:00Z'), presetConfig('salem'));
    expect(a.kind).toBe('felanmalan');
    expect(a.due).toBe('2026-11-23T14:30:00+01:00');
    expect(a.ackMeetsDue).toBe(false);
    // the deadline first and alone; the fault-report rule's 24 hours fall on the weekend and move to Monday's closing
    expect(a.explanation.sv).toContain(
      'Ett besked räcker inte för svarstiden här: det riktiga svaret måste komma senast måndag 23 november kl. 14.30, eftersom regeln för e-post ger den tidigaste tiden ' +
        '(regeln för felanmälan, där ett besked hade räckt, ger en senare tid: måndag 23 november kl. 16.00). ' +
        'Ett riktigt svar gör mer än att lova när svaret kommer, till exempel säger det att felet är åtgärdat eller vad som görs och när.',
    );
    expect(a.explanation.en).toContain(
      'A notice is not enough for the deadline here: the real answer must come by Monday 23 November at 14:30, because the rule for e-mail gives the earliest time ' +
        '(the rule for fault reports, where a notice would have been enough, gives a later time: Monday 23 November at 16:00).',
    );
  });

  it('a question by e-mail in Salem says nothing of notices; a plain target stays "an answer"', () => {
    const q = assessMessage(mail('När öppnar biblioteket på lördagar?', '2026-11-19T09:00:00Z'), presetConfig('salem'));
    expect(q.ackMeetsDue).toBe(false);
    expect(q.explanation.sv).not.toMatch(/besked/);
    const phone = assessMessage(
      { ...sms('När öppnar biblioteket på lördagar?', '2026-11-16T09:00:00Z'), subject: 'Telefonmeddelande', from: { emailAddress: { address: 'vaxel@salem.se' } } },
      presetConfig('salem'),
    );
    expect(phone.channel).toBe('telefon');
    expect(phone.explanation.sv).toContain('Målet är ett svar senast');
  });
});

describe('a request for public records', () => {
  it('says that the law asks for prompt handling, whatever the deadline (tryckfrihetsförordningen, "skyndsamt")', () => {
    const a = assessMessage(mail('Jag begär att få ta del av protokollen från kommunstyrelsen i mars.', '2026-11-19T09:00:00Z'), presetConfig('salem'));
    expect(a.kind).toBe('ansokan');
    expect(a.explanation.sv).toContain('En begäran om allmänna handlingar ska enligt tryckfrihetsförordningen behandlas skyndsamt, oftast samma dag');
    expect(a.explanation.en).toContain('must be handled promptly under the Freedom of the Press Act');
  });

  it('says nothing of it for other applications or for a question about how to ask', () => {
    for (const text of ['Jag vill ansöka om bygglov för en carport på Ekvägen 3.', 'Hur begär man ut allmänna handlingar hos er?']) {
      const a = assessMessage(mail(text, '2026-11-19T09:00:00Z'), presetConfig('salem'));
      expect(a.explanation.sv).not.toContain('tryckfrihetsförordningen');
    }
  });
});
