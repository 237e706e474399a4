import { checkOutgoingMail, isMunicipalAddress, lix, sendAlertText, statesAnswerTime } from '../../src/core/sender';
import { presetConfig } from '../../src/core/config';

const ljungby = presetConfig('ljungby');
const signed = 'Hej Anna!\n\nTack för ditt mejl. Vi svarar senast fredag.\n\nMed vänlig hälsning\nKontaktcenter\nLjungby kommun';

describe('a reply to a report of concern not yet handed on (reader round 33, B1)', () => {
  const social = { sv: 'Socialförvaltningen', en: 'Social services' };
  const onCall = 'Socialjouren i Ljungby och Markaryd, 08-465 004 21 (dygnet runt, också helger och helgdagar)';
  const withOnCall = { ...ljungby, municipality: { ...ljungby.municipality, concernOnCall: onCall } };

  it('says how to hand it on today: by phone in the last hour, the on-call service after closing (its number), 112 in acute danger', () => {
    const [finding] = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: signed, openConcern: social }, withOnCall).findings;
    expect(finding!.code).toBe('concern-not-handed-on');
    expect(finding!.sv).toContain('Den sista timmen före stängning: ring dem. Efter stängning ska du kontakta jouren: ' + onCall);
    expect(finding!.sv).toContain('Vid akut fara: ring 112.');
    expect(finding!.en).toContain('after closing you should contact the on-call service: ' + onCall);
    // without a configured number: who to call, not a number
    const without = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: signed, openConcern: social }, ljungby).findings[0]!;
    expect(without.sv).toContain('Efter stängning ska du kontakta socialjouren');
  });

  it('comes first in the Send box, before two blocking findings, with a long department name and a long on-call text (independent review)', () => {
    const long = { sv: 'Socialförvaltningen, individ- och familjeomsorgen, barn och unga', en: 'Social services, individual and family care, children and young people' };
    const result = checkOutgoingMail({ from: 'anna@gmail.example', bodyText: 'Hej, tack!', answersOpenContact: true, openConcern: long }, withOnCall);
    expect(result.findings.filter((f) => f.severity === 'block').length).toBeGreaterThanOrEqual(2);
    for (const lang of ['sv', 'en'] as const) {
      for (const withButton of [true, false]) {
        const text = sendAlertText(result, lang, withButton)!;
        expect(text.length).toBeLessThanOrEqual(500);
        expect(text).toMatch(lang === 'sv' ? /^Svarstid: Meddelandet har inte skickats\. Orosanmälan som inte är markerad som lämnad vidare/ : /^Svarstid: The message has not been sent\. Report of concern not marked as handed on/);
        expect(text).toContain(lang === 'sv' ? 'akut fara: 112' : 'acute danger: 112');
      }
    }
  });

  it('stays in the Send box beside a blocking finding, in both languages, however long the on-call text is', () => {
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: 'Hej, tack!', answersOpenContact: true, openConcern: social }, withOnCall);
    expect(result.allowSend).toBe(false);
    for (const lang of ['sv', 'en'] as const) {
      const text = sendAlertText(result, lang)!;
      expect(text.length).toBeLessThanOrEqual(500);
      // the on-call number, not its whole description (reader round 34, U3)
      expect(text).toContain(lang === 'sv' ? 'efter stängning: ring jouren, 08-465 004 21; akut fara: 112' : 'after closing: call the on-call service, 08-465 004 21; acute danger: 112');
    }
  });
});

describe('checkOutgoingMail', () => {
  it('allows mail from the shared mailbox that names the municipality', () => {
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: signed }, ljungby);
    expect(result.allowSend).toBe(true);
    expect(result.findings).toEqual([]);
    expect(result.signature).toBeNull();
  });

  it('accepts any address in the municipal domain, including sub-domains, case-insensitively', () => {
    expect(isMunicipalAddress('Anna.Berg@Ljungby.se', ljungby)).toBe(true);
    expect(isMunicipalAddress('bygg@skola.ljungby.se', ljungby)).toBe(true);
    expect(isMunicipalAddress('anna@ljungby.se.evil.example', ljungby)).toBe(false);
    expect(isMunicipalAddress('anna@notljungby.se', ljungby)).toBe(false);
    expect(isMunicipalAddress('', ljungby)).toBe(false);
  });

  it('a reply to an open contact from a municipal address that is not the shared mailbox is sent, with a hint that it will not count', () => {
    const result = checkOutgoingMail({ from: 'anna.berg@ljungby.se', bodyText: signed, answersOpenContact: true }, ljungby);
    expect(result.allowSend).toBe(true);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['not-shared-mailbox', 'hint']]);
    expect(result.findings[0]!.sv).toBe('Du skickar från anna.berg@ljungby.se, inte från funktionsbrevlådan kommun@ljungby.se: svaret räknas då inte i Svarstid, och meddelandet står kvar som obesvarat. Välj kommun@ljungby.se i fältet Från.');
    // from the shared mailbox, or not a reply to an open contact: nothing to say
    expect(checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: signed, answersOpenContact: true }, ljungby).findings).toEqual([]);
    expect(checkOutgoingMail({ from: 'anna.berg@ljungby.se', bodyText: signed }, ljungby).findings).toEqual([]);
  });

  it('blocks a private sender address with a Swedish explanation naming the shared mailbox', () => {
    const result = checkOutgoingMail({ from: 'anna.berg@gmail.com', bodyText: signed }, ljungby);
    expect(result.allowSend).toBe(false);
    expect(result.findings.map((f) => f.code)).toEqual(['sender-not-municipal']);
    expect(result.findings[0]!.sv).toContain('kommun@ljungby.se');
  });

  it('blocks mail whose text does not name the municipality and offers the standard signature', () => {
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: 'Hej!\nVi återkommer.\n/Anna' }, ljungby);
    expect(result.allowSend).toBe(false);
    expect(result.findings.map((f) => f.code)).toContain('municipality-not-named');
    expect(result.signature).toContain('Ljungby kommun');
    const fixed = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: `Hej!\nVi återkommer.\n\n${result.signature}` }, ljungby);
    expect(fixed.allowSend).toBe(true);
  });

  it('recognises the name across line breaks, non-breaking spaces and case', () => {
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: 'Hälsningar\nLJUNGBY\u00a0kommun' }, ljungby);
    expect(result.findings.map((f) => f.code)).not.toContain('municipality-not-named');
  });

  it('does not accept another municipality\'s name', () => {
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: 'Hälsningar\nAlvesta kommun' }, ljungby);
    expect(result.findings.map((f) => f.code)).toContain('municipality-not-named');
  });

  it('only warns in warn mode', () => {
    const warnConfig = { ...ljungby, senderCheck: { ...ljungby.senderCheck, mode: 'warn' as const } };
    const result = checkOutgoingMail({ from: 'anna@gmail.com', bodyText: 'Hej' }, warnConfig);
    expect(result.allowSend).toBe(true);
    expect(result.findings.every((f) => f.severity !== 'block')).toBe(true);
    expect(result.findings.length).toBeGreaterThanOrEqual(2);
  });

  it('warns, without blocking, when a reply to an open contact does not say when an answer comes', () => {
    const body = 'Hej!\nTack, vi har tagit emot ditt ärende.\n\nLjungby kommun';
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: body, answersOpenContact: true }, ljungby);
    expect(result.allowSend).toBe(true);
    expect(result.findings.map((f) => f.code)).toEqual(['answer-time-missing']);
    const withTime = checkOutgoingMail(
      { from: 'kommun@ljungby.se', bodyText: body.replace('ärende.', 'ärende och svarar inom två arbetsdagar.'), answersOpenContact: true },
      ljungby,
    );
    expect(withTime.findings).toEqual([]);
    // without the case's day, the advice keeps to the case's deadline
    expect(result.findings[0]!.sv).toContain('helst inom ärendets svarstid');
    // … and it says what happens if it is sent as it is: a reply without a date is the answer (SPEC §6).
    expect(result.findings[0]!.sv).toContain('Skickar du det så här räknas ärendet som besvarat och försvinner ur kön; lovar det bara att ni återkommer, utan datum, ligger det kvar och svarstiden gäller fortfarande.');
    expect(result.findings[0]!.en).toContain('Sent like this, the case counts as answered and leaves the queue; if it only promises to come back, without a date, the case stays and its deadline still runs.');
    expect(result.findings[0]!.sv).toContain('då ligger ärendet kvar i kön tills det riktiga svaret skickas');
  });

  it("suggests the case's own answer-by day as the promise, never a later one", () => {
    const body = 'Hej!\nTack, vi har tagit emot ditt ärende.\n\nLjungby kommun';
    const answerBy = { sv: 'tisdag 24 november', en: 'Tuesday 24 November' };
    const [finding] = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: body, answersOpenContact: true, answerBy }, ljungby).findings;
    expect(finding!.sv).toContain('till exempel ”Du får svar senast tisdag 24 november” (svarstiden för det här ärendet)');
    expect(finding!.en).toContain('for example \'You will have an answer by Tuesday 24 November\' (this case\'s deadline)');
    expect(finding!.sv).not.toContain('27 november');
    // with the deadline's time, the day is suggested and the time said beside it (reader round 29, U6)
    const timed = { ...answerBy, at: { sv: 'tisdag 24 november kl. 15.30', en: 'Tuesday 24 November at 15:30' } };
    const [withTime] = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: body, answersOpenContact: true, answerBy: timed }, ljungby).findings;
    expect(withTime!.sv).toContain('till exempel ”Du får svar senast tisdag 24 november” (svarstiden för det här ärendet går ut tisdag 24 november kl. 15.30)');
    expect(withTime!.en).toContain("(this case's deadline ends Tuesday 24 November at 15:30)");
  });

  it('gives a klarspråk hint for hard text', () => {
    const hard = 'Kommunstyrelsens förvaltningsorganisation handlägger myndighetsutövningsärenden enligt delegationsordningens bestämmelser avseende tillståndsprövning. Ljungby kommun';
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: hard }, ljungby);
    const hint = result.findings.find((f) => f.code === 'hard-to-read');
    expect(hint?.severity).toBe('hint');
    // it points at the words that make it hard, longest first
    expect(hint?.sv).toContain("Långa ord gör texten svår: 'myndighetsutövningsärenden', 'förvaltningsorganisation', 'delegationsordningens'.");
    expect(hint?.en).toContain('Long words make the text hard:');
    expect(result.allowSend).toBe(true);
  });
});

describe('lix', () => {
  it('computes words per sentence plus the share of long words', () => {
    // 8 words, 2 sentences, 1 long word ("hälsningar" has 10 letters): 4 + 12.5
    expect(lix('Vi svarar snart. Många hälsningar till er alla.')).toBe(Math.round(8 / 2 + 100 / 8));
  });
  it('is null for text without words', () => {
    expect(lix('  \n ... ')).toBeNull();
  });
});

describe('statesAnswerTime', () => {
  it.each([
    'Du får svar senast fredag.',
    'Vi svarar inom två arbetsdagar.',
    'Du får besked den 24 november.',
    'Svar kommer 2026-11-24.',
    'Vi hör av oss i morgon.',
    'Handläggaren återkommer vecka 48.',
    'We will reply within 2 working days.',
  ])('finds a time statement in %p', (text) => {
    expect(statesAnswerTime(text)).toBe(true);
  });
  it.each(['Tack för ditt mejl.', 'Vi återkommer så snart vi kan.'])('finds none in %p', (text) => {
    expect(statesAnswerTime(text)).toBe(false);
  });
});
