import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessMessage } from '../../src/core/assess';
import { presetConfig } from '../../src/core/config/presets';
import type { MailMessage } from '../../src/core/message';
import { triageMessage } from '../../src/core/triage';
import { mail } from '../fixtures/triage/messages';

/**
 * No citizen loses a deadline because triage could not read them: `ej_arende` needs positive
 * evidence (auto-reply, bounce, receipt, newsletter, spam); a message whose only text is its
 * subject, whose text sits behind any amount of markup, or whose content could not be read is a
 * contact and keeps its deadline.
 */
const config = presetConfig('ljungby');

/** What citizens ask for, in their own words (questions, faults, complaints, praise, applications). */
const REQUESTS = [
  'Gatlampan på Storgatan 5 är trasig sedan i fredags',
  'När töms soptunnorna i Östra delen efter helgen?',
  'Det är ett stort hål i asfalten vid busshållplatsen',
  'Hur lång är kön till förskolan i centrum?',
  'Jag vill klaga på att snöröjningen inte har kommit på tre dagar',
  'Tack till personalen på biblioteket för fin hjälp med min låneansökan',
  'Får jag bygga en friggebod på 15 kvadratmeter utan bygglov?',
  'Vattnet i kranen är brunt sedan i morse',
  'Kan man hyra idrottshallen en lördag för ett barnkalas?',
  'Jag söker jobbet som undersköterska, mitt CV är bifogat',
  'Min mamma behöver hemtjänst, hur ansöker vi?',
  'Varför har skolskjutsen slutat stanna vid vår gård?',
  'Förslag: ställ upp fler bänkar i parken vid sjön',
  'Kommunens bil körde på vårt staket, vi begär ersättning för reparationen',
  'The streetlight outside number 12 has been out for a week',
  'Where can I register my child for swimming lessons?',
  'Hej, har ni öppet i receptionen mellan jul och nyår?',
  'Trottoaren är spegelblank och ingen har sandat',
  'Jag vill ha kopia av beslutet i mitt bygglovsärende',
  'Grannen eldar sopor varje kväll och röken kommer in hos oss',
  'Kan någon ringa mig om min faktura på vatten och avlopp?',
  'Lekplatsen vid skolan har en trasig gunga med vassa kanter',
  'Vår son har inte fått plats på fritids, vad gör vi nu?',
  'Ok att parkera husbil på torget i helgen?',
  // requests in words that machine mail also uses (absence, thanks, codes, receipts)
  'Vi är på semester och grannen säger att vattnet forsar ur en brunn vid vår tomt, kan ni titta på det',
  'Jag är föräldraledig till augusti och undrar om vi kan få förskoleplats från då',
  'Tack för svaret! Men behöver jag bygglov för att riva friggeboden också?',
  'Okej, då skickar jag in ritningarna i morgon. Tack!',
  'Jag fick en verifieringskod men kommer inte in i e-tjänsten, vad gör jag',
  'Jag fick ett mejl att ni har tagit emot min anmälan men inget har hänt med lampan',
  // a thanks with one request more (these were inget ärende: the thanks rule counted words, not what they said)
  'Tack. Vad kostar det',
  'Tack, kan ni ringa mig',
  'Tack men det funkar inte',
  'Tack, skicka blanketten',
  'Ok, ring mig',
  'Tack! Ring Anna',
  'Tack, jag vill överklaga',
];

/** Machine mail a person forwards and asks about in their own words: a contact (Tegelby, 2026-12-06). */
const FORWARDED_WITH_A_QUESTION = [
  {
    subject: 'VB: Olevererbart: Byte av klass - Elias 8B',
    body: 'Hej\nJag har försökt mejla rektorn två gånger men mejlet kommer tillbaka, se nedan. Vilken adress gäller?\nMikael\n________________________________\nFrån: Microsoft Outlook <postmaster@outlook.example>\nSkickat: den 10 februari 2027 17:02\nTill: rektor@ljungby.se\nÄmne: Olevererbart: Byte av klass\nDet gick inte att leverera till följande mottagare:\nrektor@ljungby.se\nDiagnostisk information för administratörer:\nRemote Server returned \'550 5.1.1 RESOLVER.ADR.RecipNotFound\'',
  },
  {
    subject: 'VB: Din faktura är obetald',
    body: 'Är det här verkligen från er?\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Ljungby Kommun <info@ljungby-betala.example>\nDin faktura för vatten är obetald. Undvik avstängning, betala idag via https://ljungby-betala.example',
  },
];

const ADDRESS = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom('anna.svensson@gmail.com', 'lars@foretag.example', 'x@hotmail.se', 'ordforande@forening.example'),
);

/** Markup a mail client or a hostile sender can put before the words: any amount, any nesting. */
const PADDING_PIECES = [
  '<div>',
  '</div>',
  '<span style="font-family:Calibri,sans-serif;color:#1f497d">',
  '</span>',
  '<table><tr><td>',
  '</td></tr></table>',
  '<!-- [if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif] -->',
  '<style>p.MsoNormal{margin:0cm;font-size:11pt}</style>',
  '<p class="MsoNormal">&nbsp;</p>',
  '<br>',
  '\n   \n',
  '<o:p></o:p>',
  '<meta name="Generator" content="Microsoft Word 15">',
  '<font size="2"><b></b></font>',
];
const PADDING = fc
  .tuple(fc.array(fc.constantFrom(...PADDING_PIECES), { maxLength: 40 }), fc.integer({ min: 0, max: 20_000 }))
  .map(([pieces, repeat]) => pieces.join('') + '<div>'.repeat(repeat) + '<span>&nbsp;</span>'.repeat(Math.floor(repeat / 4)));

type Placement = 'subject' | 'body' | 'both';

function message(text: string, placement: Placement, from: string, padding: string): MailMessage {
  const subject = placement === 'body' ? '' : text;
  const words = placement === 'subject' ? '' : `<p>${text}</p>`;
  return {
    ...mail({ subject, html: true, body: `<html><head></head><body>${padding}${words}</body></html>`, from }),
    hasAttachments: false,
  };
}

describe('no citizen loses a deadline because triage could not read them', () => {
  it('never labels a request "inget ärende", wherever its words are and whatever markup comes first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REQUESTS), fc.constantFrom<Placement>('subject', 'body', 'both'), ADDRESS, PADDING, (text, placement, from, padding) => {
        const a = assessMessage(message(text, placement, from, padding), config);
        return a.kind !== 'ej_arende' && a.due !== null;
      }),
      { numRuns: 150 },
    );
  });

  it('markup before the text never changes kind, department or due', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REQUESTS), fc.constantFrom<Placement>('subject', 'body', 'both'), ADDRESS, PADDING, (text, placement, from, padding) => {
        const plain = assessMessage(message(text, placement, from, ''), config);
        const padded = assessMessage(message(text, placement, from, padding), config);
        return plain.kind === padded.kind && plain.department === padded.department && plain.due === padded.due;
      }),
      { numRuns: 150 },
    );
  });

  it('takes no subject line alone for inget ärende by its words, only a subject line a system writes as it is', () => {
    for (const subject of ['Avregistrera mig', 'Testmeddelande', 'Nyhetsbrev', 'Semester', 'Verifieringskod']) {
      expect(triageMessage(mail({ subject, body: '', from: 'anna.svensson@gmail.example' }), config).kind).not.toBe('ej_arende');
    }
    expect(triageMessage(mail({ subject: 'Accepterat: Samråd om detaljplan för Norra kajen', body: '', from: 'tomas.berg@exempel.se' }), config).kind).toBe(
      'ej_arende',
    );
  });

  it('keeps the deadline of a resident who opens with being away and goes on to tell what they found on coming back (session 21)', () => {
    const kind = (subject: string, body: string): string => triageMessage(mail({ subject, body, from: 'anna.berg@exempel.se' }), config).kind;
    expect(kind('Cykel', 'Jag är ledig i dag och när jag kom tillbaka var min cykel bortforslad från cykelstället vid stationen.')).not.toBe('ej_arende');
    expect(kind('Bike', 'I am away this week and when I got back my bike had been removed from the rack at the station.')).not.toBe('ej_arende');
    // an absence reply that says when the writer comes back, or who handles what, is one all the same
    for (const body of [
      'Jag är på semester till 10 augusti och svarar när jag kommer tillbaka. Kontoret är stängt vecka 29-31, ring växeln vid brådskande ärenden.',
      'Jag är ledig till och med 4 augusti och läser inte mejl. Vid brådskande ärenden, kontakta min kollega Sara Ek på 0701234567.',
    ]) {
      expect(kind('Automatiskt svar: Fråga', body)).toBe('ej_arende');
      expect(kind('Frånvarande', body)).toBe('ej_arende');
    }
  });

  it('keeps the deadline of a person who writes about an offer, a campaign or an advert they met; adverts themselves still go', () => {
    for (const body of [
      'Varför har kommunen en kampanj på bussarna för att spara vatten när ni själva vattnar gräsmattorna mitt på dagen? Helt orimligt.',
      'Jag vill klaga på reklamen som delas ut i brevlådorna trots nej tack-skylt.',
      'Min son har fått ett sms om snabblån med kommunens logga, är det ni?',
      'Vi har fått ett erbjudande från kommunen om att köpa tomten bredvid. Hur går vi vidare?',
      'Er kampanj om att sortera matavfall är jättebra, men de bruna påsarna tar slut hela tiden i affären.',
      'Reklamen på busshållplatsen vid skolan visar alkohol, det borde inte vara tillåtet nära barn.',
      'Finns det något erbjudande för pensionärer på busskort eller simhallen? Jag har låg pension.',
      // congratulations are praise, not a prize draw
      'Grattis till priset som årets miljökommun! Vi i Naturskyddsföreningen är stolta.',
    ]) {
      expect({ body, kind: triageMessage(mail({ subject: 'Hej', body, from: 'anna.svensson@gmail.example' }), config).kind }).not.toEqual({ body, kind: 'ej_arende' });
    }
    for (const body of [
      'Specialerbjudande! Fri frakt på alla kontorsstolar, beställ idag. Rabattkod KOMMUN20.',
      'Snabblån utan UC! Låna upp till 50 000 kr, svar direkt. Ansök idag.',
      'Grattis! Din e-postadress har dragits som vinnare av en iPhone 16. Klicka här för att hämta ditt pris inom 24 timmar.',
      'VÅRKAMPANJ! 30 procent rabatt på alla markiser. Boka kostnadsfritt hembesök före 31 mars. Erbjudandet gäller inte i kombination med andra erbjudanden.',
    ]) {
      expect({ body, kind: triageMessage(mail({ subject: 'Erbjudande', body, from: 'info@foretag.example' }), config).kind }).toEqual({ body, kind: 'ej_arende' });
    }
  });

  it('reads a subject line alone as a system\'s only in a system\'s shape: the machine word, then a colon, a bracket or nothing', () => {
    // a person's words that begin like a delivery report or a receipt keep their deadline
    for (const subject of ['Ej levererat paket', 'Olevererbart brev från er', 'Undeliverable mail from you', 'Automatiskt svar saknas']) {
      expect({ subject, kind: triageMessage(mail({ subject, body: '', from: 'anna.svensson@gmail.example' }), config).kind }).not.toEqual({ subject, kind: 'ej_arende' });
    }
    for (const subject of ['Ej levererat: SV: Bygglov Ekvägen 3', 'Delivery Status Notification (Failure)', 'Läst: kallelse till möte']) {
      expect({ subject, kind: triageMessage(mail({ subject, body: '', from: 'anna.svensson@gmail.example' }), config).kind }).toEqual({ subject, kind: 'ej_arende' });
    }
  });

  it('reads the subject as the author\'s text when the body is empty or only a mobile signature', () => {
    for (const body of ['', 'Skickat från min iPhone', '\n\n--\nSent from my Galaxy']) {
      const r = triageMessage(mail({ subject: 'Gatlampan på Storgatan 5 är trasig', body }), config);
      expect(r).toMatchObject({ kind: 'felanmalan', department: 'teknik', uncertain: true });
      expect(r.explanation.sv).toContain('bara ämnesraden har text');
      // the words are said to be where the writer put them
      expect(r.explanation.sv).toContain('står i ämnesraden');
      expect(r.explanation.sv).not.toContain('i brödtexten');
      expect(triageMessage(mail({ subject: 'Orosanmälan', body }), config).kind).toBe('orosanmalan');
    }
  });

  it('keeps the deadline of a message whose content could not be read, and says so', () => {
    const attachmentOnly = { ...mail({ subject: '', body: '' }), hasAttachments: true };
    const imageOnly = mail({ subject: '', html: true, body: '<html><body><img src="cid:image001.jpg"></body></html>' });
    const encoded = mail({ subject: '', body: 'UEsDBBQABgAIAAAAIQ'.repeat(40) });
    for (const m of [attachmentOnly, imageOnly, encoded]) {
      const a = assessMessage(m, config);
      expect(a.kind).not.toBe('ej_arende');
      expect(a.due).not.toBeNull();
      expect(a.triage.explanation.sv).toContain('en del av meddelandet kunde inte läsas');
    }
  });

  it('says so when the text is in a script it cannot read, and keeps its deadline; a Swedish text with one such word is read as usual', () => {
    const arabic = assessMessage(mail({ subject: 'سؤال', body: 'مرحبا، أريد أن أعرف متى يفتح المسبح يوم السبت؟ شكرا' }), config);
    expect(arabic.kind).not.toBe('ej_arende');
    expect(arabic.due).not.toBeNull();
    expect(arabic.triage.uncertainty?.sv).toContain('en skrift som Svarstid bara känner igen några få ord i');
    expect(arabic.triage.explanation.en).toContain('Find out now what it is about, with Outlook\'s translation (Translate) or someone who knows the language. If that cannot be done soon, and at the latest an hour before closing, call the social services');
    // not "before closing": in the last hour nothing in writing is enough (reader round 35, B2)
    expect(arabic.triage.explanation.sv).toContain('Går det inte inom kort, och senast en timme före stängning, ring socialtjänsten och lämna den som en möjlig orosanmälan (efter stängning: jouren; vid akut fara: 112)');
    expect(arabic.triage.explanation.sv).not.toContain('låt någon som kan språket läsa den nu');
    const cyrillic = assessMessage(mail({ subject: 'Вопрос', body: 'Здравствуйте, когда открывается бассейн в субботу? Спасибо.' }), config);
    expect(cyrillic.triage.uncertainty?.sv).toContain('en skrift som Svarstid bara känner igen några få ord i');
    const swedish = assessMessage(mail({ subject: 'Biblioteket', body: 'Hej! Har ni böcker på ukrainska (українською) för barn? Vi har nyss flyttat hit. Tack, Olena' }), config);
    expect(swedish.triage.uncertainty?.sv ?? '').not.toContain('skrift');
  });

  it('reads text that follows a body longer than the text budget only as far as the budget, and never calls it empty', () => {
    const huge = mail({ subject: '', html: true, body: `<div>${'<span> </span>'.repeat(300_000)}<p>Vattenläcka i källaren på Ekvägen 2</p></div>` });
    expect(assessMessage(huge, config)).toMatchObject({ kind: 'felanmalan', department: 'teknik' });
    const beyond = mail({ subject: '', body: `${'a '.repeat(40_000)}\nVattenläcka` });
    expect(assessMessage(beyond, config).kind).not.toBe('ej_arende');
  });

  it('keeps the deadline of machine mail a person forwards and asks about', () => {
    for (const m of FORWARDED_WITH_A_QUESTION) expect(triageMessage(mail(m), config).kind).not.toBe('ej_arende');
  });

  it('keeps the deadline of a note typed above a system confirmation the writer pasted without a header (review R of session 32)', () => {
    const booking = 'Tack för din bokning!\nDu har bokat: Simskola nybörjare, lördag 13 mars kl 10.00, Simhallen.\nBokningsnummer: 48213\nDetta mejl går inte att svara på.';
    const notes = [
      'Avbokar nedan tid, dottern är sjuk.',
      'Hej, jag vill avboka tiden nedan, dottern är sjuk.\nMvh Karin',
      'Kan jag flytta den här till söndag istället? /Karin',
      'Vi kan inte komma på lördag, vill avboka.',
    ];
    for (const note of notes) {
      const r = triageMessage(mail({ subject: 'Avbokning', body: `${note}\n\n${booking}` }), config);
      expect({ note, kind: r.kind }).not.toEqual({ note, kind: 'ej_arende' });
      // the paste says where the matter belongs (the swimming hall), not what the writer wants ("Tack" is no praise)
      expect({ note, department: r.department, kind: r.kind }).toEqual({ note, department: 'kultur_fritid', kind: expect.not.stringMatching(/berom/) });
    }
    const order = 'I ordered the wrong size, please cancel.\nThanks, Tom\n\nThank you for your order!\nOrder number 5521\nThis is an automated message, please do not reply.';
    expect(triageMessage(mail({ subject: 'Orderbekräftelse 5521', body: order }), config).kind).not.toBe('ej_arende');
  });

  it('keeps the deadline of a forward whose writer tells a matter of their own above it without a question mark (review AA)', () => {
    const newsletter =
      'Från: Ljungby kommun <nyhetsbrev@sjobacka.se>\nSkickat: onsdag 2 juni 2027 07:00\nÄmne: Nyheter – juni\n\nNya öppettider på återvinningscentralen från 1 juli.\nDu får detta nyhetsbrev eftersom du prenumererar. Avsluta prenumerationen: sjobacka.se/nyhetsbrev';
    const proposal = 'Hej, läste nyhetsbrevet nedan. Förslag: stäng hellre en förmiddag mitt i veckan och ha öppet till 20 en kväll, vi som pendlar hinner aldrig dit.\n\nIda';
    expect(triageMessage(mail({ subject: 'VB: Nyheter – juni', body: `${proposal}\n\n${newsletter}` }), config).kind).not.toBe('ej_arende');
    const notice =
      '---------- Forwarded message ---------\nFrom: Budbilen <avisering@budbilen.example>\nDate: Wed, 2 Jun 2027 at 08:14\nSubject: Ditt paket har levererats\n\nDitt paket har levererats vid brevlådan. Det här mejlet går inte att svara på.';
    const claim = 'Budet lämnade paketet vid brevlådan och sedan backade sopbilen rakt över det. Jag vill ha ersättning för kaffebryggaren, 1 299 kr.\n\nTobias';
    expect(triageMessage(mail({ subject: 'Fwd: Ditt paket har levererats', body: `${claim}\n\n${notice}` }), config).kind).not.toBe('ej_arende');
    // a header the writer trimmed of its date is still a header
    const trimmed = 'Jag vill veta hur ni politiker kan stänga biblioteket i Sörvik utan att fråga oss som bor här.\n\nGudrun\n\nFrån: Ljungby kommun <nyhetsbrev@sjobacka.se>\nÄmne: Nyheter – maj\nBiblioteket i Sörvik samlokaliseras från 2028. Avsluta prenumerationen: sjobacka.se/nyhetsbrev';
    expect(triageMessage(mail({ subject: 'VB: Nyheter – maj', body: trimmed }), config).kind).not.toBe('ej_arende');
    // … and a colleague's short FYI over a newsletter, or a spammer's forward with a link in its own text, is still machine mail
    expect(triageMessage(mail({ subject: 'VB: Nyheter – juni', body: `FYI\n\n${newsletter}` }), config).kind).toBe('ej_arende');
    const spam =
      'Vi har försökt nå dig flera gånger angående din återbetalning på 4 250 kr. Logga in och bekräfta dina uppgifter här: http://skatt-retur.example/login\n\n---------- Forwarded message ---------\nFrom: Skatteverket <info@skatt-retur.example>\nDate: Wed, 2 Jun 2027 at 08:14\nSubject: Återbetalning\n\nDu har en återbetalning. Klicka på länken för att få dina pengar.';
    expect(triageMessage(mail({ subject: 'Fwd: Återbetalning', body: spam, from: 'info@skatt-retur.example' }), config).kind).toBe('ej_arende');
  });

  it('keeps the deadline of an automatic reply whose typed part asks the municipality something, and of a reply over its receipt whose header the writer trimmed (review AA3)', () => {
    const absence = 'Tack för ditt mejl! Jag har semester t.o.m. 15 augusti och läser inte min e-post. Vid brådskande ärenden, ring 070-174 06 31.';
    const asked = `${absence}\n\nTill Sjöbacka kommun, eftersom det här går till er ändå: gäller skolskjutsbeslutet vi fick i våras även för årskurs 4 eller måste vi söka på nytt?\n\n/Helena`;
    expect(triageMessage(mail({ subject: 'Automatiskt svar: Re: Fråga om skolskjuts', body: asked }), config).kind).not.toBe('ej_arende');
    const invoice = 'I am out of the office until Monday 20 September with no access to e-mail.\n\nRegarding your invoice 2027-3391 from us: we still have your old invoice address. Could you please confirm the new e-invoice address?\n\nKind regards\nHannah';
    expect(triageMessage(mail({ subject: 'Automatic reply: Invoice address', body: invoice }), config).kind).not.toBe('ej_arende');
    // … while an absence reply's own questions that send the reader elsewhere keep it machine mail
    expect(triageMessage(mail({ subject: 'Automatiskt svar: Möte', body: `${absence}\n\nFrågor om fakturor? Kontakta ekonomi@foretag.example.` }), config).kind).toBe('ej_arende');
    expect(triageMessage(mail({ subject: 'Autosvar: Möte', body: 'Jag är ledig till 5 augusti.\n\nBrådskande? Ring växeln 08-46 500 400.' }), config).kind).toBe('ej_arende');
    const complaint =
      "Jag ringde hemtjänstens samordnare i fredags om att min pappa inte fått sin lunch två dagar i rad. Hon var otrevlig. Jag vill att ni tar upp det.\nCamilla\n\nFrån: Sjöbacka kommun <kontakt@sjobacka.se>\nÄmne: Vi har tagit emot ditt meddelande\nHej! Ditt meddelande har kommit fram och registrerats. Detta är ett automatiskt svar.";
    expect(triageMessage(mail({ subject: 'SV: Vi har tagit emot ditt meddelande', body: complaint }), config).kind).not.toBe('ej_arende');
  });

  it('still takes a confirmation for machine mail when what stands above it is the system’s own: a greeting, its "we look forward to seeing you", a colleague’s "FYI", a no-reply sender', () => {
    const booking = 'Tack för din bokning!\nDu har bokat: Simskola.\nBokningsnummer: 48213\nDetta mejl går inte att svara på.';
    const kind = (top: string, from = 'bokning@simhallen.example'): string => triageMessage(mail({ subject: 'Bokning', body: `${top}\n\n${booking}`, from }), config).kind;
    expect(kind('Hej Karin Svensson!')).toBe('ej_arende');
    expect(kind('Vi ser fram emot ditt besök!')).toBe('ej_arende');
    expect(kind('FYI', 'lisa.berg@sjobacka.se')).toBe('ej_arende');
    expect(kind('Bokningen gäller Simskola i Simhallen, entré vid parkeringen.', 'noreply@simhallen.example')).toBe('ej_arende');
  });

  it('keeps the deadline of a thanks with an attachment, by phone, and of a voicemail that ends with a kiss; takes a forged forward of spam for spam (second independent review)', () => {
    const kind = (m: Parameters<typeof mail>[0] & { hasAttachments?: boolean }) => {
      const message = mail(m);
      return triageMessage(m.hasAttachments ? { ...message, hasAttachments: true } : message, config).kind;
    };
    expect(kind({ subject: 'Re: Ansökan om bygglov', body: 'Tack för svaret!\n/Britt', hasAttachments: true })).not.toBe('ej_arende');
    expect(kind({ subject: 'Röstmeddelande från 0701740612', from: 'voicemail@ljungby.se', body: 'Hej, tack för svaret.' })).not.toBe('ej_arende');
    expect(kind({ subject: 'Röstmeddelande från 0701740612', from: 'voicemail@ljungby.se', body: 'hej det är greta på ekvägen fyra jag har ramlat i badrummet och kommer inte upp kan någon komma puss puss' })).not.toBe('ej_arende');
    expect(kind({ subject: 'Hej', body: 'Mammas faktura för hemtjänsten är obetald eftersom hon ligger på sjukhus. Hon kan inte betala idag men gör det när hon kommer hem.' })).not.toBe('ej_arende');
    expect(kind({ subject: 'FW: Ditt paket kunde inte levereras', body: 'Ditt paket kunde inte levereras. Vill du boka en ny tid? Bekräfta din adress och betala leveransavgift 19 kr här: http://x.example' })).toBe('ej_arende');
    expect(kind({ subject: 'Kan ni skicka', body: 'Kan ni skicka beslutet direkt till mig? Jag har tidigare pratat med en politiker om detta men vill nu ha svar från handläggaren.' })).not.toBe('fortroendevald');
  });

  it('still labels real machine mail "inget ärende"', () => {
    expect(triageMessage(mail({ subject: 'Automatiskt svar: Bygglov', body: 'Jag är på semester till 12 augusti.' }), config).kind).toBe('ej_arende');
    expect(triageMessage(mail({ subject: 'Undeliverable: Svar', from: 'postmaster@outlook.com', body: 'Delivery has failed.' }), config).kind).toBe('ej_arende');
    expect(triageMessage(mail({ subject: 'Läst: Faktura', body: 'Ditt meddelande lästes.' }), config).kind).toBe('ej_arende');
    expect(triageMessage(mail({ subject: 'Tack!', body: '' }), config).kind).toBe('ej_arende');
    expect(triageMessage(mail({ subject: 'SMS från 070-174 06 12', from: 'sms@sjobacka.se', body: '' }), config).kind).toBe('ej_arende');
  });

  it('takes a short thanks sent through the e-service for praise, not for a bare thanks closing a conversation', () => {
    const form = mail({
      subject: 'E-tjänst: Synpunkt',
      from: 'no-reply@sjobacka.se',
      body: 'Typ av synpunkt: Beröm\nMeddelande: Tack så mycket!\nSvarsadress: anna.svensson@gmail.example',
    });
    expect(triageMessage(form, config).kind).not.toBe('ej_arende');
    // nor is a thanks by SMS to the municipality's number: it costs a look, never a lost deadline
    const sms = mail({ subject: 'SMS från 070-174 06 33', from: 'sms@sjobacka.se', body: 'Tack så mycket!' });
    expect(triageMessage(sms, config).kind).not.toBe('ej_arende');
    // a bare thanks closing an e-mail conversation is still inget ärende
    expect(triageMessage(mail({ subject: 'SV: Din fråga om bygglov', body: 'Tack!' }), config).kind).toBe('ej_arende');
  });

  it('takes a pitch signed by a seller for inget ärende, and never a resident who tells of a seller', () => {
    const pitch = 'Hej!\nVi kör en demoturné med vår nya sopmaskin och visar den gärna för er gatuenhet, helt kostnadsfritt. Passar tisdag eller onsdag?\n\nMed vänlig hälsning\nPer Ek\nSäljare offentlig sektor\nMaskinhuset AB';
    expect(triageMessage(mail({ subject: 'Sopmaskin – demo hos er?', body: pitch }), config).kind).toBe('ej_arende');
    const resident = 'Hej, en säljare knackade på i dag och erbjöd en kostnadsfri visning av brandvarnare. Han sa att kommunen skickat honom. Stämmer det?\n\nMvh Greta';
    expect(triageMessage(mail({ subject: 'Säljare', body: resident }), config).kind).not.toBe('ej_arende');
  });

  it('does not take a resident who writes beside the municipality’s own receipt (“Tack för din felanmälan … ärendenummer”) for another organisation’s receipt', () => {
    const body =
      'Tack för din felanmälan, ärendenummer 2026-118 gäller fortfarande? Lampan vid busshållplatsen på Ekvägen är fortfarande släckt efter två veckor. Kan ni komma och laga den?';
    expect(triageMessage(mail({ subject: 'SV: Felanmälan', body }), config).kind).toBe('felanmalan');
    // a supplier's service desk thanking the municipality for its report is a receipt
    const desk = 'Hej,\nTack för er felanmälan. Vi har registrerat ärendet och en tekniker återkommer inom avtalad tid.\nÄrendenummer: CS-1188\nMed vänliga hälsningar\nKundservice';
    expect(triageMessage(mail({ subject: '[Ärende CS-1188] Skrivaren plan 3', body: desk }), config).kind).toBe('ej_arende');
  });

  it('does not take a household that writes "vi" beside a case number for another organisation’s receipt (eighteenth session’s second review, §8)', () => {
    const appeal = 'Tack för ditt meddelande! Vi förstår inte beslutet, ärendenummer SN 2027-55, och vill överklaga.';
    expect(triageMessage(mail({ subject: 'SV: Ert ärende', body: appeal }), config).kind).not.toBe('ej_arende');
    const drawings = 'Tack för ditt mejl. Vi skickar in ritningarna i morgon, ärendenummer BN 2027-114. Vi har registrerat oss på e-tjänsten.';
    expect(triageMessage(mail({ subject: 'Re: Bygglov', body: drawings }), config).kind).not.toBe('ej_arende');
    // another organisation's receipt, in its own "vi", stays one
    const receipt = 'Tack för ditt meddelande. Vi har tagit emot ditt ärende och det har fått ärendenummer 2027-0412. En handläggare kommer att kontakta dig inom fem arbetsdagar.';
    expect(triageMessage(mail({ subject: 'Vi har tagit emot ditt ärende', body: receipt }), config).kind).toBe('ej_arende');
  });

  it('does not take a citizen\'s reply to an auto-reply for one', () => {
    const r = triageMessage(mail({ subject: 'SV: Automatiskt svar: Soptunnan', body: 'Hej, soptunnan är fortfarande inte tömd. När kommer ni?' }), config);
    expect(r.kind).not.toBe('ej_arende');
  });
});

describe('voicemail and call notes: the caller\'s words are evidence, the system\'s are not', () => {
  const voicemail = (body: string, html = false): MailMessage =>
    ({ ...mail({ subject: 'Röstmeddelande från 0701740612 (00:45)', from: 'voicemail@sjobacka.se', body, html }), hasAttachments: true });

  it.each([
    ['a transcription on the label\'s line', 'Röstmeddelande (1:15) från 0701740612\n\nTranskribering: Hej, varje gång det snöar plogar ni så att snövallen hamnar framför vår infart. Det är inte rimligt.'],
    ['a transcription under a header', 'Du har fått ett nytt röstmeddelande.\nAnropande nummer: 0701740612\n\nTranskription (maskinell, kan vara felaktig):\nhej jag ringer om att det är stopp i avloppet och vatten i källaren ring mig\n\nLjudfilen finns som bilaga. Detta meddelande skickades automatiskt från telefonisystemet.'],
    ['a header without the word transcription', 'Röstbrevlåda: Kontaktcenter\nAvsändarnummer: +46701740618\n--- Transkription (beta) ---\nja hej jag ringer om snöröjningen på vår gata den har inte kommit på tre dagar\n--- Slut på transkription ---\nLyssna på meddelandet i appen.'],
    ['HTML paragraphs', '<p>Nytt röstmeddelande.</p><p>Automatisk transkribering:</p><p>hej jag ringer om att gatlampan utanför förskolan har slutat lysa</p><p>Ljudfilen bifogas.</p>'],
  ])('reads %s', (_what, body) => {
    const r = triageMessage(voicemail(body, body.startsWith('<')), config);
    expect(r.channel).toBe('telefon');
    expect(r.kind).not.toBe('ej_arende');
    expect(r.department).toBe('teknik');
  });

  it('keeps a transcription that mentions the voicemail itself', () => {
    const r = triageMessage(voicemail('Transkribering: hej jag lämnade ett röstmeddelande förra veckan om soptunnan som inte töms och ingen har ringt tillbaka det är inte rimligt'), config);
    expect(r.kind).toBe('klagomal');
    expect(r.department).toBe('teknik');
  });

  it('takes a silent voicemail for "inget ärende" and an empty transcription of a long recording for a contact', () => {
    expect(triageMessage(voicemail('Röstmeddelande (0:04)\n\nTranskribering: (inget tal)'), config).kind).toBe('ej_arende');
    const unread = assessMessage(voicemail('Nytt röstmeddelande.\nAutomatisk transkribering:\n\nLjudfilen bifogas.'), config);
    expect(unread.kind).not.toBe('ej_arende');
    expect(unread.due).not.toBeNull();
  });

  it('reads a switchboard call note', () => {
    const r = triageMessage(
      mail({ subject: 'Telefonmeddelande: Klagomål på sophämtningen', from: 'vaxel@sjobacka.se', body: 'Lars Ek ringde och var arg. Sopbilen har inte tömt hans kärl på tre veckor. Vill bli uppringd.' }),
      config,
    );
    expect(r).toMatchObject({ channel: 'telefon', kind: 'klagomal', department: 'teknik' });
  });
});

describe('keywords respect word structure', () => {
  it('does not fire inside a street name or another proper name', () => {
    const r = triageMessage(mail({ subject: 'Fråga', body: 'Jag bor på Fiskargatan 3 och undrar när biblioteket öppnar.' }), config);
    expect(r.kind).toBe('fraga');
    expect(r.department).toBe('kultur_fritid');
    expect(r.explanation.sv).not.toContain('Fiskargatan');
    expect(triageMessage(mail({ subject: 'Adressändring', body: 'Vi har flyttat till Skolvägen 12 i Fiskebäck.' }), config).department).not.toBe('utbildning');
  });

  it('still matches real compounds', () => {
    expect(triageMessage(mail({ subject: 'Mörkt', body: 'Gatubelysningen på vår väg är släckt.' }), config).department).toBe('teknik');
    expect(triageMessage(mail({ subject: 'Hej', body: 'Här kommer min bygglovsansökan för en carport.' }), config).department).toBe('samhallsbyggnad');
  });
});

describe('the text a system puts around a message is not the writer\'s (Lindnäs, tuning)', () => {
  const sms = (text: string): MailMessage =>
    mail({
      subject: 'SMS från +46701740612',
      from: 'sms@sjobacka.se',
      body: `Inkommande SMS\n\nFrån: +46701740612\nTill: 070-174 06 05 (Sjöbacka kommun)\nMottaget: 2027-03-17 12:02\n\n${text}\n\n--\nSvara på det här mejlet så skickas svaret som SMS (högst 480 tecken).\nTextlänk SMS-gateway för Sjöbacka kommun`,
    });

  it('reads a bare thanks by SMS under the gateway\'s header and footer as closing the exchange; a thanks for something, a question or a fault keeps its deadline', () => {
    expect(triageMessage(sms('Tack! 👍'), config).kind).toBe('ej_arende');
    expect(triageMessage(sms('Ok'), config).kind).toBe('ej_arende');
    for (const text of ['Tack för hjälpen med bygglovet igår', 'Tack, men lampan är fortfarande trasig', 'Tack! När kommer ni?']) {
      const r = assessMessage(sms(text), config);
      expect([text, r.kind === 'ej_arende']).toEqual([text, false]);
      expect(r.due).not.toBeNull();
    }
  });

  it('takes another organisation\'s registry receipt that says it cannot be answered for machine mail; a resident telling that their mail came in keeps the deadline', () => {
    const receipt = mail({
      subject: 'Mottagningsbekräftelse: SV: Inbjudan till möte 6 april',
      from: 'registrator@region.example',
      body: 'Hej!\n\nDitt e-postmeddelande har kommit in till Regionens registratur och kommer att fördelas till berörd verksamhet. Du behöver inte skicka det igen.\n\nDet här meddelandet går inte att svara på.\n\nMed vänlig hälsning\nRegistraturen',
    });
    expect(triageMessage(receipt, config).kind).toBe('ej_arende');
    const resident = assessMessage(mail({ subject: 'Min ansökan', body: 'Hej! Min ansökan har kommit in till er enligt kvittot, men jag har inte fått något beslut. När kommer det?' }), config);
    expect(resident.kind).not.toBe('ej_arende');
    expect(resident.due).not.toBeNull();
  });

  it('never drops a writer\'s own line for a gateway header, nor takes a resident who says their mail came in and not to answer by mail for a system (independent review)', () => {
    // a line shaped like a header with words in brackets is the writer's (only a phone number keeps a short name in brackets)
    for (const text of ['Kl 23:05 (grannens barn gråter och skriker, pappan slår dem)', 'Hej barnen bredvid skriker varje natt\nKl 23:10 (pappan slår dem igen)']) {
      const r = assessMessage(sms(text), config);
      expect([text, r.kind]).toEqual([text, 'orosanmalan']);
    }
    // a voicemail system that puts its transcription under a "--" line: the caller's words are read
    const voicemail = mail({ subject: 'Röstmeddelande från 0701234567', from: 'voicemail@sjobacka.se', body: 'Du har fått ett nytt röstmeddelande från 0701234567.\nLängd: 0:42\n--\nTranskribering (kan innehålla fel):\nhej det är Karin jag ringer för att barnen i lägenheten bredvid är ensamma hela nätterna och pappan slår dem ring mig\n--\nDetta meddelande skickades automatiskt av telefonisystemet.' });
    expect(assessMessage(voicemail, config)).toMatchObject({ channel: 'telefon', kind: 'orosanmalan' });
    // residents who use both halves of a system's receipt: that their mail came in, and not to answer by mail
    for (const body of [
      'Gatlampan på Storgatan är trasig igen. Min förra felanmälan har registrerats. Svara inte på detta, ring mig hellre.',
      'Min ansökan om försörjningsstöd har kommit in till er. Svara inte på mejlet, min e-post läses inte längre. Ring mig på 070-174 06 33.',
      'Min ansökan har registrerats men svara inte på den här adressen, den läses inte. När får jag besked?',
      'Min faktura för sophämtningen har skickats till min gamla adress. Den skapas automatiskt av ert system. Kan ni ändra adressen?',
    ]) {
      const r = assessMessage(mail({ subject: 'Hej', body }), config);
      expect([body, r.kind === 'ej_arende', r.due === null]).toEqual([body, false, false]);
    }
  });

  it('takes a digital mail service\'s notice that a letter was opened for machine mail; a resident who says they opened a letter keeps the deadline', () => {
    const notice = mail({
      subject: 'Leveranskvitto: Beslut om förskoleplats har öppnats',
      from: 'noreply@sakerpost.example',
      body: 'Leveranskvitto\n\nFörsändelse: Beslut om förskoleplats\nLevererad: 2027-03-30 09:14\nÖppnad av mottagaren: 2027-03-31 14:01\n\nDet här kvittot skapas automatiskt när en försändelse har öppnats av mottagaren. Meddelandet går inte att besvara.',
    });
    expect(triageMessage(notice, config).kind).toBe('ej_arende');
    const resident = assessMessage(mail({ subject: 'Beslutet', body: 'Jag har öppnat beslutet om förskoleplats i min digitala brevlåda men förstår inte vilket datum vi börjar. Kan ni förklara?' }), config);
    expect(resident.kind).not.toBe('ej_arende');
    expect(resident.due).not.toBeNull();
  });

  // found in session 16 by a probe, not in a fixture: a web form's name was never read for concern
  it('takes a report sent through the municipality\'s own concern form for a report of concern, however little its text says', () => {
    for (const [subject, body] of [
      ['E-tjänst: Orosanmälan', 'Ett nytt ärende har kommit in via e-tjänsten.\n\nBeskriv | Det gäller familjen på Storgatan 3, ring mig.\nNamn | Eva'],
      ['E-tjänst: Nytt ärende', 'Orosanmälan\nEtt nytt ärende har kommit in via e-tjänsten.\n\nBeskriv | Det gäller familjen på Storgatan 3, ring mig.'],
      ['E-tjänst: Kontakta oss', 'Ärendetyp | Orosanmälan\nBeskriv | Det gäller familjen på Storgatan 3, ring mig.\nNamn | Eva'],
    ]) {
      const r = assessMessage(mail({ subject, body, from: 'no-reply@etjanst.ljungby.se' }), config);
      expect([subject, r.channel, r.kind, r.department]).toEqual([subject, 'webb', 'orosanmalan', 'socialtjanst']);
    }
    // a web form's name gives nothing but the form chosen: a fault form about a lamp stays a fault report
    const fault = assessMessage(mail({ subject: 'E-tjänst: Felanmälan – Övrigt', body: 'Beskriv | Gatlampan utanför nr 4 är trasig.', from: 'no-reply@etjanst.ljungby.se' }), config);
    expect(fault.kind).toBe('felanmalan');
  });

  // the independent review of session 16 (/tmp/review-session16.md): what the first version got wrong
  it('keeps a writer\'s own first line in a web form, however it is punctuated, and reads a concern form\'s title and follow-ups', () => {
    const from = 'no-reply@etjanst.ljungby.se';
    for (const [subject, body] of [
      ['E-tjänst: Kontakta oss', 'Hjälp, barnen, de är ensamma och gråter\nNamn | Eva'],
      ['E-tjänst: Kontakta oss', 'Vad vill du berätta?\nHjälp, barnen är ensamma, mamma har gått\nNamn | Eva'],
      ['E-tjänst: Nytt ärende', 'Orosanmälan – barn, unga och vuxna\nBeskriv | Det gäller familjen på Storgatan 3, ring mig.\nNamn | Eva'],
      ['E-tjänst: Orosanmälan', 'Beskriv | Jag har gjort en anmälan tidigare om familjen på Storgatan 3. Det fortsätter, ring mig.\nNamn | Eva'],
    ]) {
      const r = assessMessage(mail({ subject, body, from }), config);
      expect([body, r.kind, r.due === null]).toEqual([body, 'orosanmalan', false]);
    }
    // a form about reports, or one that says it is none, is no report of concern
    for (const [subject, body] of [
      ['E-tjänst: Frågor om orosanmälan', 'Meddelande | Hur lång tid tar det innan socialtjänsten hör av sig?'],
      ['E-tjänst: Kontakta oss', 'Ärendet gäller | Inte orosanmälan\nMeddelande | När töms soptunnorna?'],
      ['E-tjänst: Kontakta oss (ej orosanmälan)', 'Meddelande | När töms soptunnorna?'],
      ['E-tjänst: Jobbansökan', 'Tjänst | Socialsekreterare – orosanmälan barn och unga\nMeddelande | Här är min ansökan.'],
    ]) {
      expect([subject, body, assessMessage(mail({ subject, body, from, replyTo: ['eva@example.com'] }), config).kind]).not.toEqual([subject, body, 'orosanmalan']);
    }
    // a filled-in e-service form that opens with thanks is a contact all the same
    const thanks = assessMessage(mail({ subject: 'E-tjänst: Felanmälan', body: 'Ärendetyp | Felanmälan\nBeskriv | Tack för svaret. Hittade inget annat formulär, lampan lyser inte.', from, replyTo: ['eva@example.com'] }), config);
    expect(thanks.kind).not.toBe('ej_arende');
    expect(thanks.due).not.toBeNull();
  });
});

// The eighteenth session's two independent reviews (helpers, not in the repository) probed the
// session's new rules with what residents write — an absence mentioned before or after a matter, a
// caller who rang wrong and then tells the matter, a resident citing a case number, an estate giving
// its own bank details, a matter written in short lines under the writer's name, a child who "ska slå
// ihjäl sig", Polish children left alone. Four new machine-mail rules, a signature rule and two concern
// readings were undone for what they found; every probe keeps its deadline and every report of concern
// is found (tests/fixtures/triage/review18-probes.json).
describe('the eighteenth session review probes', () => {
  const probes = JSON.parse(readFileSync(join(__dirname, '../fixtures/triage/review18-probes.json'), 'utf8')) as {
    id: string;
    subject?: string;
    body: string;
    from?: string;
    fromName?: string;
    expect: 'orosanmalan' | 'not ej_arende';
  }[];
  it('holds enough probes of each kind', () => {
    expect(probes.filter((p) => p.expect === 'orosanmalan').length).toBeGreaterThanOrEqual(40);
    expect(probes.filter((p) => p.expect === 'not ej_arende').length).toBeGreaterThanOrEqual(100);
  });
  it.each(probes.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const kind = triageMessage(mail({ subject: p.subject ?? 'Hej', body: p.body, ...(p.from ? { from: p.from } : {}), ...(p.fromName ? { fromName: p.fromName } : {}) }), config).kind;
    if (p.expect === 'not ej_arende') expect(kind).not.toBe('ej_arende');
    else expect(kind).toBe('orosanmalan');
  });
});

/** A review's probes that hold (each expects a report found, a contact that keeps its deadline — 'neither' also no false alarm — or machine mail). */
interface ReviewProbe {
  id: string;
  subject: string;
  body: string;
  from?: string;
  fromName?: string;
  expect: 'orosanmalan' | 'not ej_arende' | 'neither' | 'ej_arende';
}

/**
 * Near misses the retrained concern model (twenty-sixth session) reads as a report where the reader's words find none: known,
 * listed by probe file, and allowed only as what they are — a concern resting on the text model, marked for a person's look
 * (tests/fixtures/triage/review-model-alarms.json says why).
 */
const MODEL_ALARMS = (JSON.parse(readFileSync(join(__dirname, '../fixtures/triage/review-model-alarms.json'), 'utf8')) as { alarms: Record<string, string[]> }).alarms;

function reviewProbes(title: string, file: string, atLeast: { concern: number; contacts: number }): void {
  describe(title, () => {
    const probes = JSON.parse(readFileSync(join(__dirname, '../fixtures/triage', file), 'utf8')) as ReviewProbe[];
    const modelAlarms = new Set(MODEL_ALARMS[file] ?? []);
    it('holds enough probes of each kind', () => {
      expect(probes.filter((p) => p.expect === 'orosanmalan').length).toBeGreaterThanOrEqual(atLeast.concern);
      expect(probes.filter((p) => p.expect === 'neither' || p.expect === 'not ej_arende').length).toBeGreaterThanOrEqual(atLeast.contacts);
    });
    it.each(probes.map((p) => [p.id, p] as const))('%s', (_id, p) => {
      const result = triageMessage(mail({ subject: p.subject, body: p.body, ...(p.from ? { from: p.from } : {}), ...(p.fromName ? { fromName: p.fromName } : {}) }), config);
      const kind = result.kind;
      if (p.expect === 'orosanmalan' || p.expect === 'ej_arende') expect(kind).toBe(p.expect);
      else expect(kind).not.toBe('ej_arende');
      if (p.expect === 'neither' && modelAlarms.has(p.id) && kind === 'orosanmalan') {
        // a known alarm of the text model: never a sure report, always sent for a person's look
        expect(result.uncertain).toBe(true);
        expect(result.uncertainty?.en).toContain("the built-in text model's reading");
      } else if (p.expect === 'neither') expect(kind).not.toBe('orosanmalan');
    });
  });
}

// The nineteenth session's independent review (a helper who probed the session's rules with what residents,
// staff and machines write): where the session's widened absence reply took 35 residents' matters for an
// absence (undone; an absence reply must now say nothing but the absence), where a case number alone made a
// household's reply another organisation's receipt, where self-harm said of a spouse or an old person not
// seen for days was missed, and where the session's new words raised false alarms. Each probe holds what
// the review wanted and the rules now give: a report of concern found, a contact that keeps its deadline
// ('neither' — not inget ärende and no false alarm; 'not ej_arende'), a machine mail taken for one
// (tests/fixtures/triage/review19-probes.json; the review's remaining holes are in the closing note of issue 10).
reviewProbes('the nineteenth session review probes', 'review19-probes.json', { concern: 50, contacts: 80 });

// The nineteenth session's second review probed the fixes of the first (a helper; 149 probes): reports
// of concern about a frail spouse hit by care staff ("Min man som har Parkinson blev misshandlad av en i
// nattpersonalen"), a young writer "as if in general" ("Om man är 14 och pappa slår en när han är full"),
// an SMS giving an age after a family's word ("Min morsa, 79, har inte öppnat på tre dagar"); false alarms
// from premises that have not opened or have their blinds down, and from an accident foretold in a fault
// report ("Någon av de gamla kommer att slå ihjäl sig"); absence replies cut by "t.o.m.", closed by "God jul"
// or a footer, or handing over ("Karin Holm har tagit över mina ärenden"). Each probe holds what the review
// wanted where the rules give it (tests/fixtures/triage/review19b-probes.json); the six machine mails it
// wanted that still get a deadline (the safe direction) are named in the closing note of issue 10.
reviewProbes('the nineteenth session second review probes', 'review19b-probes.json', { concern: 30, contacts: 60 });

// The twentieth session's review of its own concern changes (a helper; 126 probes): premises that have not
// opened explain nothing when a person is named beside them or lives there ("Min mormor bor i lägenheten
// ovanför banken. Posten ligger kvar och ingen öppnar"); a threat to kill oneself is never an accident
// foretold ("Vår son, 16, skriver till folk att han ska slå ihjäl sig. I går stod han på räcket på bron"),
// and a mother who talks of it is at risk; an application already made is no application ("Jej syn złożył
// wniosek o opiekę … ale nic się nie dzieje"); a game's "slår en" and a diagnosis told beside a question are
// not violence or frailty (tests/fixtures/triage/review20-probes.json; the eight it wanted that the rules
// do not give are named in the closing note of issue 10).
reviewProbes('the twentieth session review probes', 'review20-probes.json', { concern: 80, contacts: 30 });

// The twentieth session's second review (a helper; 141 probes) of the session's absence, receipt, meeting,
// SMS, voicemail and concern changes: residents who open with being away and tell a matter in the same
// sentence ("Jag är sjukskriven t.o.m. 20 mars efter att jag halkade på den osandade trappan"), in a line
// that looks like a footer ("Min mamma bor på demensavdelningen") or a hand-over ("Snöröjningen sköts av en
// entreprenör som …"); a resident's text above a pasted receipt; an SMS that says STOPP and goes on; a
// voicemail that says "vi vill" and "tryck ett"; reports "av barn som far illa"; "får ofta stryk"; "slå barnen
// i Yatzy". It found 48 deadlines lost and 7 reports missed by the first version; all were mended before
// anything was built on them, and every probe that holds is here (tests/fixtures/triage/review20b-probes.json;
// the twelve it wanted that the rules do not give are named in the closing note of issue 10).
reviewProbes('the twentieth session second review probes', 'review20b-probes.json', { concern: 35, contacts: 75 });

// The twentieth session's third review (a helper; 138 probes) of the mends after the second: it found the
// session's absence words (month names and wishes as what follows an absence, a footer, a story rule) still
// took residents' matters, that a redirect that goes on to tell of someone ("Ring min dotter som vet att pappa
// inte har fått mat", "Kontakta förskolan där min son blev biten") had always been taken for an absence reply,
// and that "tillbaka" said of rats or water passed for the writer's return. The session's absence changes were
// undone; the redirect that tells, the writer's own return and a matter after a signature were added. Every
// probe that holds is here (tests/fixtures/triage/review20c-probes.json).
reviewProbes('the twentieth session third review probes', 'review20c-probes.json', { concern: 20, contacts: 60 });

// The twenty-first session's four independent reviews (helpers; 141 + 94 + 185 + 103 probes) of its concern, absence, meeting and
// SMS changes: the first two found 26 and 26 new false alarms (a parent named beside food, medicine or floor words in an errand, a
// sibling's or colleague's grief, a pupil's homework, furniture on the floor in six languages), 24 genuine meeting responses and 10
// SMS opt-outs lost; the third found 17 genuine absence replies given a deadline by a "thing did something" clause and "eftersom";
// the fourth, 13 more (a reason beside a duration, a brother's talk of suicide rates, "när jag kom tillbaka hade jag 900 mejl").
// Everything they found was undone or narrowed before it landed; the probes that hold now are kept (ids a- to d- by review).
reviewProbes('the twenty-first session review probes', 'review21-probes.json', { concern: 50, contacts: 100 });

// The twenty-second session's five independent reviews (helpers; 98 + 124 + 116 + 67 + 46 probes). Two of the meeting response
// whose invitee typed a matter (meetingResponse.ts): the first found the note's own triage overwrote the message's
// keyword scan (fixed: the note is judged before the scan) and twelve genuine responses given a deadline by one everyday
// word in a note with a time span ("min bil är fortfarande trasig", "office heating broken since Monday"); the second,
// thirteen more, mostly Google Calendar's shape (a title with "@ ons 15 apr …", bare "När"/"Var" labels, the footer) and
// other organisations' staff telling of their own work. A fault must now be placed with a department by a rule, the note
// must not be about the writer's home, workplace, work for the meeting or something already handled, and the
// municipality's own staff never count. The third reviewed the Kolbacka tuning: paternity leave as an absence, "thanks
// for getting in touch" as a receipt and "ta vägen" as no road were undone, objections narrowed. The fourth reviewed a
// grown-up on the floor who cannot get up ("Pappa ligger på golvet. Kan inte resa sig."): it added one report and four
// false alarms (applications for a safety alarm, "Om pappa ligger på golvet …, vad gör vi?") and was undone. The fifth
// (46 probes) found the English matter words that make an absence reply step aside too generic ("remote access has been
// out", "the mailbox is blocked": narrowed to a public thing's state) and a note only the kind model read as a complaint
// (now it must be placed by a department's rule too). Probes that hold are kept (ids a- to e- by review).
reviewProbes('the twenty-second session review probes', 'review22-probes.json', { concern: 30, contacts: 80 });

// The twenty-third session's two independent reviews (a helper each; 125 and 131 probes). The first reviewed someone on the
// floor who cannot get up (concern.ts, `floored`): 17 probes better, 7 worse — a genitive that dropped "Mammas sambo", and
// false alarms on a condition ("utan hjälp"), an advert, a habit ("varje gång", "när mamma ligger …") — all mended before
// anything was built on it. The second reviewed the mended rule, the go-there-now exception to a harm laid at home care's door
// and a meeting note's own question: it found English "'s" read as an owner ("Dad's not been fed": three reports lost), habits
// and a past day told after the words, and generic question openers that gave fourteen genuine meeting responses a deadline
// (a question must now be about the invitee's own matter and not the meeting: meetingResponse.ts). Probes that hold are kept
// (ids a- and b- by review); false alarms the reader still raises through its older harm words are 'not ej_arende'.
reviewProbes('the twenty-third session review probes', 'review23-probes.json', { concern: 100, contacts: 100 });

// The twenty-fourth session's three reviews (helpers; 103 + 124 + 102 probes) of its concern and kind changes: the first found
// that what makes a harm at home care's door "go on" (the person alone through a span, the writer not there yet, someone asked to
// go there) fired on twenty-one complaints of a visit gone by ("Pappa satt ensam hela julen … han fick ingen mat på juldagen",
// "Vi kommer dit först på söndag") — each now counts only for a harm not told as over (harmIsOver); the second found medicine
// not given explained in the next sentence (eleven false alarms: the reason is now read in the whole text), an animal's age that
// took a child's ("hunden, 5-åringen …") and phrases about how reporting works that set aside four reports (narrowed to the
// procedure; a report named as a question's topic is no report, a harm after it still is). Two more reviews (119 + 102 probes) of the
// mends found a past verb read in a relative clause or in English "has had", "förmiddagen" taken for a past day, occasions counted
// ("två gånger", "de dagarna") and medicine since given read as going on — mended (harmIsOver, MEDICINE_RESOLVED) — and no
// regression in old people on the floor; a sixth (86 probes) found occasions counted that hid a danger now, a title that took quoted
// speech ("She called me and said 'dad is hitting mum again'"), things and playing children "on the floor", pets and shops called
// Nana, and medicine "resolved" by any "har fått" — all mended. Probes that hold are kept (ids a-, b-, d-, e-, f- by review).
reviewProbes('the twenty-fourth session review probes', 'review24-probes.json', { concern: 170, contacts: 170 });

// The twenty-fifth session took the misses the five concern reviews of session 24 had left (a harm at a care service's door that
// has lasted up to now, a fall with the person still down, medicine with symptoms now, no one coming until later, possessive
// violence in English, money taken, staff who pinch) and had two independent reviews of its rules: one (G, 128 probes aimed at
// false alarms) found eighteen new ones — a hairdresser who "drar i håret", a review "hårdhänt mot honom", an estate that "tömmer
// pappas konto", a question whether children may wait "ensamma i bilen i fem minuter", "kicks his little boy's football", a
// radiator that "is burning me", a standing condition ("förvirrad efter sin stroke", "every afternoon") read as illness now, a
// school lunch — all mended; the other (H, 112 probes aimed at recall: 56 → 74 of 82 found, no new false alarm) found a fall's
// subject too far from it, "ligger fortfarande på golvet … och är kall", blood thinners and fits, staff hitting "en brukare".
// A second round on the mends: review I (138 probes at false alarms) found twenty-two new ones — a fall "för" something or "ur
// autogirot … ligger kvar som obetald", a cat "ligger fortfarande på golvet", Swedish "ligger still", "hur gamla måste barnen vara
// för att sitta ensamma i bilen", a ball that "hit their kids", "Personalen slår ihop avdelningarna", "ropar på hjälp" of an
// association, a lifeguard game, a denied symptom ("är inte yr") — all mended; review J (112 probes at recall, realistic wording)
// found the rules' gain narrow (62 → 63 of 85); the widening after it (care not given, "i dag" after a harm, a second verb sharing a
// subject, "trycksår", a child hungry at school, threats to throw out, "i en bil", school projects and newspapers as general talk)
// was itself reviewed (K, 128 probes): thirty-eight new false alarms and three reports lost — all of it taken back but the SMS
// words, slaps and "själva i bilen"; "personalen slår" and "de boende" restored with a merge or a cost told ("slår ihop", "slår …
// hårt") set aside. Probes of the five earlier reviews and of these five that hold are kept (ids a- … k- by review).
reviewProbes('the twenty-fifth session review probes', 'review25-probes.json', { concern: 240, contacts: 280 });

// The twenty-sixth session's review (L) of the retrained concern model: a helper who had not read the rules wrote 200 probes (90
// reports of concern, 110 near misses, 40 in other languages) and scored the old and the new model at first sight. It found the
// retrained model reading ordinary Arabic and Persian questions as reports (a school bus, rent, a library card, a parking fine:
// 8 of 25) — mended with a threshold of 0.7 for a text mostly in another script (CONCERN_IN_OTHER_SCRIPT). The 180 probes that
// hold are kept (ids l-); the ten reports it still misses and the nine near misses it still takes for reports are named in README
// footnote 35. Review M (120 probes in Arabic, Persian/Dari, Ukrainian and Russian, 40 reports and 80 near misses with the same
// words in other senses) measured the first-person words added for texts in those scripts (concernOtherScripts.ts, "writer"):
// 14 → 23 of 40 reports, false alarms 7 → 7 of 80; its probes that hold are kept too (ids m-). Review N (120 probes in the same
// languages about old, ill or disabled people, 40 reports and 80 near misses about the same people) measured the words added for
// such a person in danger now ("elder", "elderHarm"): 8 → 13 of 40, false alarms 2 → 3 of 80 (a grandfather not answering for a
// week "but all is fine — he is at a sanatorium"); its probes that hold are kept (ids n-).
reviewProbes('the twenty-sixth session review probes', 'review26-probes.json', { concern: 110, contacts: 240 });

// The twenty-seventh session's reviews of texts in other languages. O (176 probes in Arabic, Persian/Dari, Ukrainian, Russian,
// English, Polish and Somali: reports of an old or ill person without food, care or contact for days, wandering with dementia,
// robbed of a pension or bank card, children hungry or alone at night, burns seen by a teacher; near misses with the same words)
// scored at first sight 32 -> 40 of 88 reports with the words added for review N's classes, false alarms 12 -> 13; the words it
// then showed missing (and the Swedish term in a question or a gloss, "كيف يمكن تقديم orosanmälan؟", read as no report) were
// added. P (180 probes in eight languages, broad situations) measured those words at first sight: 44 -> 47 of 90 — lists do not
// reach far in those languages — and then the script model (concernScriptModel.ts, trained on the reviews' texts in other
// scripts before P was scored): 76 of 90, false alarms 4 -> 7 of 90. Q (220 probes in six languages written in Arabic, Cyrillic
// or Ge'ez script, mostly everyday matters; kept out of all training) at first sight: 22 -> 51 of 62 reports, false alarms 2 -> 3
// of 158, and 59 and 2 once Sorani and Tigrinya texts had been written for the model (set S). R (190 probes in English, Swedish,
// Polish and Somali) found no new false alarm from the session's Latin words (45 -> 45 of 51, 8 -> 7 of 139); what it showed
// missing was then added. T (200 probes in those six languages and English, half of its others hard near misses), scored once at
// the session's end, measured 27 -> 59 of 65 reports, false alarms 11 -> 11 of 135. The probes of M and N that newly hold, and
// those of O, P, Q, R and T that hold, are kept (ids m-, n-, o-, p-, q-, r-, t-); P's texts in other scripts have since been
// learnt, so they guard, not measure.
reviewProbes('the twenty-seventh session review probes', 'review27-probes.json', { concern: 350, contacts: 550 });

// The third review of the twenty-fourth session probed its kind rules (a bare thanks for a piece of work is praise; bookings and
// orders without "ansökan"): sarcasm and thanks for a link or an invoice read as praise, "Hur kan jag få en nybyggnadskarta?" as an
// application. Its patch is in (a work named, question words and sarcasm excluded; the booking phrases need a booking beside them);
// every probe whose kind the rules now give is held to it.
describe('the twenty-fourth session review probes of kinds', () => {
  const probes = JSON.parse(readFileSync(join(__dirname, '../fixtures/triage/review24-kinds.json'), 'utf8')) as { id: string; subject: string; body: string; expect: string }[];
  it('holds enough probes', () => {
    expect(probes.length).toBeGreaterThanOrEqual(50);
  });
  it.each(probes.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    expect(triageMessage(mail({ subject: p.subject, body: p.body }), config).kind).toBe(p.expect);
  });
});

// The twenty-eighth session's review U (186 probes by two helpers allowed SPEC §1 and §5 only, scored once at first sight
// with the session's changes and without them: systems' receipts to the mailbox beside residents who tell of theirs, mail
// to a committee's chair beside other chairs, thanks and complaints naming a service among other departments' words, a
// preschool's day without the word, voicemail pocket calls beside callers the transcription followed only in part). At
// first sight the session's rules changed nothing there; one probe was a real contact taken for a pocket dial (a caller who
// says who and where he is and that the refuse bin stands since Thursday), mended in pocketDial.ts. Every probe that holds
// is kept (ids U1-, U2-): no contact without its deadline, the machine mails and reports that are found.
reviewProbes('the twenty-eighth session review probes', 'review28-probes.json', { concern: 5, contacts: 150 });

// The thirty-first session's probes of reports of concern told as complaints (review X, by a helper who had not read the rules,
// commissioned after the held-out oro-kilsta missed one report taken for a complaint, never read): the writer angry at a neighbour,
// a school or a care home, with a present danger to a specific person inside ("hans dörr var låst utifrån … ett sår som ingen har
// lagt om", "bebisen låg på hallgolvet … med en blöja som inte var bytt på länge", a twelve-year-old out of school since autumn who
// must "ta hand om de små"), beside real complaints about the same services told after the fact. At first sight 33 of 36 reports
// were found with no false alarm; after the session's words 36 of 36, still none. An independent code review (a helper, 86 probes)
// then found the first words raising seven false alarms ("Jag har inte lagt om såret själv", a parent's own child not at school with
// a fever or bullied, "filtret har inte varit bytt", a street lamp out "utan att nån bryr sig", "Schemat har inte lagts om"): the
// diaper and the wound are now of a diaper or a wound, or by nobody, and the child out of school and nobody caring are weak signs
// that need another. A second set of the same request (X2, another helper) was scored at first sight after that: 32 of 35
// reports found with the session's start and with its words alike (a drunk thirteen-year-old getting into men's car, told in a
// complaint about the bus station; a two-year-old alone on a sixth-floor balcony climbing the railing, told in a complaint about
// smoke; a mother given no insulin for days, told in a PS), two false alarms; then tuned on: 35 of 35, one false alarm (the
// concern model's, on rude staff). A second code review (a helper) found the words written from X2 raising alarms on "han är full
// av idéer", "hon är fullt klar i huvudet", a fifteen-year-old "ute ensam och cyklar", children climbing a playground's railing and a
// bike hanging on a bridge's: "full" of a person only as drunk (and no sign for the concern model otherwise), alone outdoors only at
// night, the railing only a balcony's. Every X probe, the X2 probes that hold and both reviews' probes that hold are here
// (tests/fixtures/triage/review31-probes.json).
reviewProbes('the thirty-first session review probes', 'review31-probes.json', { concern: 71, contacts: 100 });

// The thirty-second session's probes of harm other than plain neglect or a blow (reviews Y, Y2 — honour-related control, children
// used for crime, an adult asking a child for pictures, self-harm and farewells, a girl to be cut, violence between the adults at
// home, exploitation, an old person in squalor — and Y3, such harm found on another errand: an electricity fitter, a caretaker, a
// fire crew), each written by a helper who had not read the rules, beside near misses about the same topics; and the independent code
// review's probes (R) of the session's words. At first sight Y found 33 of 35 (a fitter's old woman in a cold, filthy house; a coach's
// boy asked by a game friend for pictures without clothes), Y2 34 of 35 (a sister's voicemail: her brother gave his things away and
// posted a farewell), Y3 35 of 35; false alarms 3, 2 and 5 (a book about self-harm, a theme day on honour-related violence, a research
// survey, "Misstänker du att en granne far illa" in an absence reply, "Underrättelse enligt ellagen", "en äldre man" in a hydrant
// report). The review then found the first words raising 24 false alarms ("nudes" in a school's letter, "hon kan inte bo så långt
// hemifrån", a treasurer's "sista gången ni hör från mig", a swap day's toys given away) and hiding seven reports behind the new general
// words ("… pappa slår henne med skärpet, och vi hör av oss igen om vi märker fler blåmärken", "Efter temadagen berättade min
// dotter, 11, att …"): mended — picture words only asked for or sent, a farewell only told of someone, the general words only over
// what follows them in their clause with no disclosure between. It also found "jag är 15. mamma dricker och slår mig och det är sant"
// missed with the session's start. A fourth set (Y4, the same request told mostly in other languages: Bosnian, Ukrainian, Persian,
// Turkish, Kurmanji, Arabic …) found 29 of 35 at first sight, 32 after words in those languages (a girl married off by force, in
// Arabic or Persian, is a person held, whoever it is about). A second code review (S) found the session's zone change (history read as
// forwarded under "se … nedan") raising alarms from old matters and taking deadlines, words that were topics or other senses in other
// languages, farewells told by the writer, and residents' subjects "Låst …" and "Läst igenom …" read as read receipts: all mended or
// undone. Every probe that holds is here (tests/fixtures/triage/review32-probes.json); what does not is named in the closing note of
// issue 10.
reviewProbes('the thirty-second session review probes', 'review32-probes.json', { concern: 180, contacts: 130 });

// The thirty-third session's probe sets and its code review (helpers who had not read the rules): AB and AB2, the young writing of harm
// to themselves and farewells found or quoted (a fault, praise or job form set out in columns, a goodbye with last words, a voicemail
// giving the cat away); AA and AA2, residents' words inside or beside machine mail (a note above a pasted confirmation, a forward
// with a matter of one's own, machine mail of the same shapes); and the review (114 probes written to break the session's changes),
// which found a date-less header read in a contact form's mail, aligned columns typed inside a free-text field, a system's paragraph
// taken for a note, Swedish "i" read as English "I", and farewells of adults leaving clubs and jobs, of works and lessons, of
// distances read as ages: all mended; a second review (116 probes) found the mended farewells still raising alarms from young
// writers' everyday goodbyes, jokey threats and handovers, and mailings that forward themselves: mended too. Every probe that holds
// is here (tests/fixtures/triage/review33-probes.json); what does not —
// machine mail that still gets a deadline (the safe direction), two auto-replies with a typed request, two reports and two false
// alarms — is named in the closing note of issue 10.
reviewProbes('the thirty-third session review probes', 'review33-probes.json', { concern: 100, contacts: 150 });
