import fc from 'fast-check';
import { opensWithAbsence } from '../../src/core/triage/opensWithAbsence';

/** What residents write first: a matter. */
const MATTERS = [
  'Hemtjänsten har inte kommit till min pappa i dag.',
  'Soptunnan på Björkvägen 3 har inte tömts sedan midsommar.',
  'There is a large pothole outside number 12.',
  'Min mamma Karin, 84 år, har inte svarat i telefon sedan i torsdags.',
  'Här kommer ritningarna som saknades.',
  'Jag ansöker härmed om bostadsanpassning för min pappa.',
];
const ABSENCES = [
  'Jag är ledig till och med fredag och läser inte mejl.',
  'Jag är på semester till och med 3 augusti.',
  'I am travelling until 3 May and not reading email.',
  'Jag är bortrest och läser inte min e-post.',
];
const OPENINGS = ['', 'Hej!', 'Hej och tack för ditt mejl!', 'Thank you for your message.', 'God morgon,'];

describe('opensWithAbsence: the first sentence of substance says the writer is away', () => {
  it('reads absence replies in Swedish and English, either word order, after a greeting or a thanks', () => {
    for (const text of [
      'Hej och tack för ditt mejl! Jag är ledig till och med fredag 20 augusti och läser inte min e-post under tiden.',
      'Tack för ditt mejl. Jag är på fjällen hela vecka 11 och läser inte mejl förrän måndag 22 mars.',
      'Mellan 1 och 20 juli är jag på semester.',
      'Jag är på studieresa med skolledningen 20–24 april och läser inte e-post.',
      'Thank you for your message. I am attending a conference in Copenhagen until October 12.',
      'Hello, I am out of the office until Monday.',
    ]) {
      expect([text, opensWithAbsence(text)]).toEqual([text, true]);
    }
  });

  it('never reads a text that tells of a matter first, whatever absence follows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPENINGS), fc.constantFrom(...MATTERS), fc.constantFrom(...ABSENCES), (opening, matter, absence) => {
        expect(opensWithAbsence(`${opening}\n${matter} ${absence}`)).toBe(false);
      }),
    );
  });

  it('reads a reply that says nothing but the absence: when back, whom to contact, an address, a wish, a signature', () => {
    for (const text of [
      'Hej!\nJag är tjänstledig till och med fredag 26 februari.\nÄrenden om eldning, rök och lukt tas under tiden av miljo@tegelby.se eller miljöjouren på 08-46 500 462.\nKristoffer Lund\nMiljö- och hälsoskyddsinspektör',
      "I'm away sailing until 5 July with very limited access to email.\nYour message has not been forwarded. For support cases please use support@kustkamera.example.",
      'Hej! Jag är ledig t.o.m. 14/8 och läser inte min mejl. Brådskande ärenden: ring växeln. /Anna',
      'Jag har semester till och med 1 augusti.\nTrevlig sommar!\nMed vänlig hälsning\nTobias',
    ]) {
      expect([text, opensWithAbsence(text)]).toEqual([text, true]);
    }
  });

  it('never reads a text that goes on to a matter after opening with the absence (nineteenth session review)', () => {
    const matters = [
      'Jag bestrider avgiften på 12 000 kr för bygglovet, den är för hög.',
      'Trädet på kommunens mark bakom Björkvägen 7 lutar mot vårt hus och kan falla.',
      'Jag är 83 och kan inte ta mig ur sängen.',
      'Jag överklagar beslutet från 2 mars.',
      'My mother, 87, lives alone and the home care staff have not come for two days.',
      // a matter told in an absence reply's own words: mail sent, contact not made, urgency, a call asked for
      'Jag har mejlat er tre gånger om bygglovet.',
      'Hemtjänsten har inte kontaktat mamma på en vecka.',
      'Det är brådskande att ni lagar taket innan det regnar.',
      'Ring mig om soptunnan.',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...OPENINGS), fc.constantFrom(...ABSENCES), fc.constantFrom(...matters), fc.constantFrom('', ' Ring mig när jag är tillbaka.', ' Kontakta min son på 070-174 06 12.'), (opening, absence, matter, tail) => {
        expect(opensWithAbsence(`${opening}\n${absence} ${matter}${tail}`)).toBe(false);
      }),
    );
    expect(opensWithAbsence('I am currently away but my father was left on the floor for two hours last night.')).toBe(false);
  });

  it('does not take someone else not reading mail, or reading it, for the writer away', () => {
    expect(opensWithAbsence('Min pappa läser inte mejl, så ring honom.')).toBe(false);
    expect(opensWithAbsence('Jag läser mejl varje dag men har inte fått något svar.')).toBe(false);
  });
});
