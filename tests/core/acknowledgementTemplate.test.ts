import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDIN_ID } from '../../src/core/addinId';
import { configSchema, presetConfig, presetDocument, validateConfig } from '../../src/core/config';
import {
  DEFAULT_ACKNOWLEDGEMENT_TEMPLATE,
  SEND_ALERT_MAX_LENGTH,
  acknowledgementTemplateProblems,
  checkOutgoingMail,
  effectiveSenderAddress,
  plainLanguageHints,
  renderAcknowledgement,
  sendAlertText,
  statesAnswerTime,
} from '../../src/core/sender';

const ljungby = presetConfig('ljungby');

describe('the acknowledgement template', () => {
  const values = { kommun: 'Ljungby kommun', svar_senast: 'tisdag 24 november', handlaggare: 'Anna Berg', avdelning: 'Kontaktcenter' };

  it('is in every configuration by default and names the municipality, the date and who handles it', () => {
    expect(ljungby.senderCheck.acknowledgement).toBe(DEFAULT_ACKNOWLEDGEMENT_TEMPLATE);
    const text = renderAcknowledgement(ljungby.senderCheck.acknowledgement, values);
    expect(text).toContain('Ljungby kommun');
    expect(text).toContain('Du får svar senast tisdag 24 november.');
    expect(text).toContain('Anna Berg på Kontaktcenter');
    expect(text).not.toMatch(/[{}]/);
  });

  it('states the answer time in a way the sender check recognises', () => {
    expect(statesAnswerTime(renderAcknowledgement(DEFAULT_ACKNOWLEDGEMENT_TEMPLATE, values))).toBe(true);
  });

  it('is validated: unknown placeholders and a missing {kommun} or {svar_senast} are errors', () => {
    expect(acknowledgementTemplateProblems('Hej {namn}! {kommun} {svar_senast}').map((p) => p.en)).toEqual([
      'unknown placeholder {namn} (known: {kommun}, {svar_senast}, {handläggare}, {förvaltning})',
    ]);
    expect(acknowledgementTemplateProblems('Tack! {kommun}').map((p) => p.en)).toEqual(['the template must contain {svar_senast}']);
    const doc = presetDocument('ljungby');
    const bad = validateConfig({ ...doc, senderCheck: { ...doc.senderCheck, acknowledgement: 'Tack!' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.path)).toEqual(['senderCheck.acknowledgement', 'senderCheck.acknowledgement']);
    const good = configSchema.parse({ ...doc, senderCheck: { ...doc.senderCheck, acknowledgement: 'Svar senast {svar_senast}.\n{kommun}' } });
    expect(good.senderCheck.acknowledgement).toBe('Svar senast {svar_senast}.\n{kommun}');
  });

  it('takes {handläggare} and {förvaltning}, the words every other text uses, for {handlaggare} and {avdelning}', () => {
    const template = 'Svar senast {svar_senast}. {handläggare} på {förvaltning}, {Förvaltning}\n{kommun}';
    expect(acknowledgementTemplateProblems(template)).toEqual([]);
    expect(renderAcknowledgement(template, values)).toBe('Svar senast tisdag 24 november. Anna Berg på Kontaktcenter, Kontaktcenter\nLjungby kommun');
    expect(acknowledgementTemplateProblems('{kommun} {svar_senast} {forvaltningschef}').map((p) => p.sv)).toEqual([
      'okänd platshållare {forvaltningschef} (kända: {kommun}, {svar_senast}, {handläggare}, {förvaltning})',
    ]);
  });
});

describe('the add-in id the acknowledgement marker is stored under', () => {
  it('is the manifest’s id', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'manifest', 'manifest.json'), 'utf8')) as { id: string };
    expect(ADDIN_ID).toBe(manifest.id);
  });
});

describe('effectiveSenderAddress', () => {
  it('prefers the shared mailbox owner over a From that desktop Outlook may report wrongly', () => {
    expect(effectiveSenderAddress({ from: 'anna.berg@gmail.com', sharedOwner: 'kommun@ljungby.se' })).toBe('kommun@ljungby.se');
  });
  it('uses From in one’s own mailbox, and gives null when nothing is known', () => {
    expect(effectiveSenderAddress({ from: ' kommun@ljungby.se ', sharedOwner: null })).toBe('kommun@ljungby.se');
    expect(effectiveSenderAddress({ from: '', sharedOwner: undefined })).toBeNull();
  });
});

describe('sendAlertText', () => {
  it('says in Swedish what is wrong and how to fix it', () => {
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: 'Hej! Vi återkommer.' }, ljungby);
    const text = sendAlertText(result)!;
    expect(text).toContain('Ditt svar nämner inte Ljungby kommun');
    // the box's own button is the quickest fix, never Outlook's own signature menu (a person's signatures, not the municipality's)
    expect(text).toContain('välj Infoga signatur här nedan');
    expect(text).not.toContain('Infoga > Signatur');
    expect(text.length).toBeLessThanOrEqual(SEND_ALERT_MAX_LENGTH);
  });
  it('names the alert’s button only where Outlook shows it; elsewhere the compose pane’s button of the same name', () => {
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: 'Hej! Vi återkommer.' }, ljungby);
    const text = sendAlertText(result, 'sv', false)!;
    expect(text).not.toContain('här nedan');
    expect(text).toContain('Avsändarkontroll och sedan Infoga signatur');
  });
  it('tells of the same problems in Swedish and in English', () => {
    const result = checkOutgoingMail({ from: 'anna.berg@gmail.com', bodyText: 'Hej!\nVi har tagit emot din fråga.', answersOpenContact: true, answerBy: { sv: 'tisdag 24 november', en: 'Tuesday 24 November' } }, ljungby);
    const sv = sendAlertText(result, 'sv')!;
    const en = sendAlertText(result, 'en')!;
    expect(sv).toContain('Välj kommun@ljungby.se i fältet Från.');
    expect(en).toContain('Choose kommun@ljungby.se in the From field.');
    expect(sv).toContain('Ditt svar nämner inte Ljungby kommun');
    expect(en).toContain('Your reply does not name Ljungby kommun');
    expect(sv).toContain('”Du får svar senast tisdag 24 november”');
    expect(en).toContain("'You will have an answer by Tuesday 24 November'");
    expect(Math.max(sv.length, en.length)).toBeLessThanOrEqual(SEND_ALERT_MAX_LENGTH);
  });
  it('stays within 500 characters however many findings there are', () => {
    const longName = { ...ljungby, municipality: { ...ljungby.municipality, domains: Array.from({ length: 40 }, (_, i) => `domän${i}.example.se`), mailbox: undefined } };
    const result = checkOutgoingMail({ from: 'x@example.com', bodyText: 'Hej', answersOpenContact: true }, longName);
    const text = sendAlertText(result)!;
    expect(text.length).toBeLessThanOrEqual(SEND_ALERT_MAX_LENGTH);
    expect(text.startsWith('Svarstid:')).toBe(true);
  });
  it('says first whether the message was held back or can be sent anyway', () => {
    const blocked = sendAlertText(checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: 'Hej! Vi återkommer.' }, ljungby))!;
    expect(blocked.startsWith('Svarstid: Meddelandet har inte skickats. ')).toBe(true);
    const warned = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: 'Hej! Vi har tittat på det.\n\nLjungby kommun', answersOpenContact: true }, ljungby);
    expect(warned.findings.map((f) => f.severity)).toEqual(['warn']);
    expect(sendAlertText(warned)!.startsWith('Svarstid: Läs detta innan du skickar; du kan skicka ändå. ')).toBe(true);
    expect(sendAlertText(warned, 'en')!.startsWith('Svarstid: Read this before you send; you can send anyway. ')).toBe(true);
  });
  it('tells in the compose pane how to show a hidden From field, and keeps Outlook\'s short box to the fix', () => {
    const result = checkOutgoingMail({ from: 'anna.berg@gmail.com', bodyText: 'Hej!\n\nLjungby kommun' }, ljungby);
    const finding = result.findings.find((f) => f.code === 'sender-not-municipal')!;
    expect(finding.sv).toContain('slå på det under Alternativ (Visa Från)');
    expect(finding.en).toContain('turn it on under Options (Show From)');
    expect(sendAlertText(result, 'sv')).toContain('Välj kommun@ljungby.se i fältet Från.');
    expect(sendAlertText(result, 'sv')).not.toContain('Visa Från');
  });
  it('says what stops the mail first and marks what is only advice, never one list of both', () => {
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: 'Hej!\nVi har tagit emot din fråga.', answersOpenContact: true, answerBy: { sv: 'tisdag 24 november', en: 'Tuesday 24 November' } }, ljungby);
    const severities = result.findings.map((f) => f.severity);
    expect(severities).toContain('block');
    expect(severities).toContain('warn');
    for (const [lang, label] of [['sv', 'Ett råd, som inte stoppar meddelandet:'], ['en', 'Advice only:']] as const) {
      const text = sendAlertText(result, lang)!;
      const block = result.findings.find((f) => f.severity === 'block')!;
      const blockText = (block.brief?.withButton?.[lang] ?? block.brief?.[lang] ?? block[lang]).slice(0, 20);
      expect(text.indexOf(blockText)).toBeGreaterThan(0);
      expect(text.indexOf(label)).toBeGreaterThan(text.indexOf(blockText));
      expect(text.split(label)).toHaveLength(2);
    }
  });
  it('is null when nothing needs saying', () => {
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: 'Hej!\n\nLjungby kommun' }, ljungby);
    expect(sendAlertText(result)).toBeNull();
  });
});

describe('plainLanguageHints', () => {
  it('names long sentences and long words', () => {
    const long = Array.from({ length: 30 }, (_, i) => `ord${i % 5 === 0 ? 'en' : ''}`).join(' ');
    const hints = plainLanguageHints(`Kort mening. ${long}. Handläggningstiden för bygglovsansökningar är lång.`);
    expect(hints.longSentences).toHaveLength(1);
    expect(hints.longSentences[0]!.words).toBe(30);
    expect(hints.longWords).toEqual(['bygglovsansökningar', 'handläggningstiden']);
  });
  it('gives nothing for short plain text', () => {
    expect(plainLanguageHints('Hej! Vi svarar på fredag.')).toEqual({ longSentences: [], longWords: [] });
  });
});
