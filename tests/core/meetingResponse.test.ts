import fc from 'fast-check';
import { presetConfig } from '../../src/core/config/presets';
import { triageMessage } from '../../src/core/triage';
import { inviteeNote, meetingResponseTitle, noteAsksOfOwnMatter, noteTellsOfLastingMatter } from '../../src/core/triage/meetingResponse';
import { mail } from '../fixtures/triage/messages';

const config = presetConfig('ljungby');
const triage = (subject: string, body: string, html = false) => triageMessage(mail({ subject, body, html, from: 'invitee@example.com' }), config);

/**
 * A calendar's response to one of the municipality's meeting invitations is inget ärende (SPEC §1) —
 * unless the invitee typed a matter into it, which then keeps its deadline.
 */
describe('a response to a meeting invitation', () => {
  it('has the meeting title after the calendar prefix, and none without one', () => {
    expect(meetingResponseTitle('Accepterat: Dialogmöte Södra Ängen')).toBe('Dialogmöte Södra Ängen');
    expect(meetingResponseTitle('Tentatively accepted: Budget workshop')).toBe('Budget workshop');
    expect(meetingResponseTitle('Preliminärt accepterat: Samråd')).toBe('Samråd');
    expect(meetingResponseTitle('Fråga om mötet på torsdag')).toBeNull();
    expect(meetingResponseTitle('Accepterat bygglov?')).toBeNull();
  });

  it("keeps only the invitee's own lines: not who answered, when, where, the title, a calendar's footer or the agenda", () => {
    const outlook = [
      'Sven Holm har accepterat mötet.',
      'Samråd om Ängsvägens förlängning',
      'När: tisdag 9 mars 2027 18:00–20:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien',
      'Var: Medborgarhuset, sal 2',
    ].join('\n');
    expect(inviteeNote(outlook, 'Samråd om Ängsvägens förlängning')).toBe('');
    const google = [
      'Eva Lund har godkänt den här inbjudan.',
      'När: ons 3 mars 2027 18:00 – 19:30 (Centraleuropeisk normaltid - Stockholm)',
      'Kalender: kommun@ljungby.se',
      'Deltagare: kommun@ljungby.se - organisatör, eva.lund@example.com',
      'Inbjudan från Google Kalender',
      'Du får det här mejlet eftersom du är organisatör för evenemanget.',
    ].join('\n');
    expect(inviteeNote(google, 'Trygghetsvandring')).toBe('');
    const agenda = ['Ola Berg has accepted this meeting.', 'When: Wednesday, March 3, 2027 9:00 AM-10:30 AM', 'Where: Teams', 'Agenda:', '1. Leaking valves at pump station 3 for three weeks', '2. AOB'].join('\n');
    expect(inviteeNote(agenda, 'Water network review')).toBe('');
    expect(inviteeNote('Nils Ek har preliminärt accepterat det här mötet.\nKommentar: Kan bli sen, har tandläkaren till fem.\nNär: 4 mars 2027 18:00\nVar: Stadshuset', 'Dialogmöte')).toBe(
      'Kan bli sen, har tandläkaren till fem.',
    );
    expect(inviteeNote('Jag kommer!\nLisa Berg har accepterat mötet.\nNär: 4 mars 2027 18:00', 'Dialogmöte')).toBe('Jag kommer!');
    // a short title is taken out only as a line of its own
    expect(inviteeNote('Möte\nJag kommer till mötet.', 'Möte')).toBe('Jag kommer till mötet.');
  });

  it('finds a calendar-only body empty in any order of its lines, and the typed note wherever it stands', () => {
    const calendarLines = [
      'Karin Wik har accepterat mötet.',
      'When: Thursday, April 8, 2027 6:00 PM-8:00 PM',
      'Var: Kommunhuset, sessionssalen',
      'Plats: Bygdegården',
      'den 8 april 2027 18:00–20:00 (UTC+01:00) Stockholm',
      'Organisatör: Ljungby kommun',
      'Var',
      'Folkets hus, Storgatan 30',
      'Information om gatubelysningen – Microsoft Teams-möte',
    ];
    // (Google's bare label and its value stay together; its footer ends the mail and everything under it is the calendar's)
    const units = [...calendarLines.slice(0, 6).map((l) => [l]), [calendarLines[6]!, calendarLines[7]!], [calendarLines[8]!]];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(units, { minLength: 1 }),
        fc.constantFrom('', 'Jag tar med grannen.', 'Sorry, I will be a bit late.'),
        fc.nat(8),
        fc.boolean(),
        (chosen, note, at, footer) => {
          const withNote = [...chosen];
          if (note !== '') withNote.splice(Math.min(at, withNote.length), 0, [note]);
          const lines = withNote.flat();
          if (footer) lines.push('Inbjudan från Google Kalender', 'Jag har svarat på inbjudan till Samråd – se mer på Storgatan 8 i tre veckor');
          expect(inviteeNote(lines.join('\n'), 'Information om gatubelysningen')).toBe(note);
        },
      ),
    );
  });

  it('tells a note of something lasting or at a street address from a note about the meeting', () => {
    for (const note of [
      'Belysningen i tunneln har varit släckt i tre veckor.',
      'Soptunnan har inte tömts på två veckor.',
      'Det har luktat avlopp sedan i fredags.',
      'Sedan kommunen grävde om gatan står vattnet kvar.',
      'Grannens hund skäller varje natt.',
      'Räcket är fortfarande trasigt.',
      'The gate has been broken for a month.',
      'Cars park on the cycle path every evening.',
      'Kom och titta på Lindgatan 14.',
      'Kom och titta på Kungsgatan 12B.',
      'Bommen har stått öppen sedan igår.',
      'Skylten har saknats sedan 2019.',
      'Bussen har inte kommit tre morgnar i rad.',
      'Gatan har inte plogats på hela vintern.',
      'Containern svämmar över gång på gång.',
      'The gate has been open since yesterday.',
    ]) {
      expect(noteTellsOfLastingMatter(note)).toBe(true);
    }
    for (const note of ['Kan bli sen, har tandläkaren till fem.', "I'm travelling that week, can we do Teams?", 'Jag tar med lägesbilden. /Karin', 'Vi ses där!', 'Jag kommer om två veckor i stället.']) {
      expect(noteTellsOfLastingMatter(note)).toBe(false);
    }
  });

  it('is inget ärende with nothing typed, with a note about attending, or with fault words only in the title and agenda', () => {
    expect(triage('Accepterat: Genomgång trasiga gatlampor och läckor', 'Sven Holm har accepterat mötet.\nNär: 9 mars 2027 18:00–20:00\nVar: Stadshuset').kind).toBe('ej_arende');
    expect(
      triage('Accepterat: Driftmöte VA', 'Pia Ek har accepterat mötet.\nNär: 9 mars 2027 09:00–10:00\nVar: Teams\nAgenda:\n1. Läckan på Kvarngatan 3 som pågått i tre veckor\n2. Övrigt').kind,
    ).toBe('ej_arende');
    expect(triage('Avböjt: Föreningsträff', 'Kan inte, jag tränar laget varje kväll den veckan.\n/Jonas').kind).toBe('ej_arende');
    // a lasting time told of the invitee's own cold is no matter: the rules find none in the note
    expect(triage('Accepterat: Dialogmöte centrum', 'Jag har varit förkyld i två veckor men kommer ändå.\n/Eva').kind).toBe('ej_arende');
    expect(triage('Accepterat: Dialogmöte centrum', 'Kommer! Vi har bott på Ekvägen 12 i tio år och är glada över inbjudan.\nMvh Per').kind).toBe('ej_arende');
    // a broken thing of the writer's own, their home or workplace, their work for the meeting, the municipality's own staff
    expect(triage('Avböjt: Trafikråd', 'Kan inte, min cykel är fortfarande trasig och bussen går inte.\n/Ali').kind).toBe('ej_arende');
    expect(triage('Avböjt: Trafikråd', 'Sorry, we have had a burst pipe at home since Sunday and the plumber is coming.\nAnna').kind).toBe('ej_arende');
    expect(triage('Accepterat: Belysningsplan', 'Vi har gått igenom släckta gatlampor på Norrgatan i tre veckor, jag tar med rapporten.\n/Konsult AB').kind).toBe('ej_arende');
    expect(
      triageMessage(mail({ subject: 'Accepterat: Driftmöte', body: 'Gatlampan utanför Bäckvägen 4 har varit släckt i tre veckor, vi tar det på mötet.\n/Per, gatuenheten', from: 'per.holm@ljungby.se' }), config).kind,
    ).toBe('ej_arende');
  });

  it("keeps the deadline of a matter the invitee typed into it, and routes it by the note's matter", () => {
    const lamp = triage('Accepterat: Trygghetsvandring Norr', 'Jag kommer. Lampan i gångtunneln vid stationen är fortfarande trasig, det är kolsvart där.\n/Kim');
    expect(lamp.kind).toBe('felanmalan');
    expect(lamp.department).toBe('teknik');
    expect(lamp.explanation.sv).toContain('den inbjudnas egen kommentar berättar om ett ärende');
    expect(lamp.explanation.en).toContain("the invitee's own note tells of a matter");
    // a complaint about a care service (unlike a fault, a complaint need not name a public thing)
    const care = triage(
      'Accepterat: Brukarråd äldreomsorg',
      'Jag kommer.\nMen jag tar upp det redan nu: min far på Björkvägen 3 har fått vänta på sitt kvällsbesök i två timmar flera gånger de senaste tre veckorna, och ingen meddelar honom. Så här kan det inte fortsätta.\nMvh Gunnel',
    );
    expect(care.kind).toBe('klagomal');
    const bins = triage('Declined: Residents meeting', "Can't make it, sorry. Our bin on Lärkvägen 5 hasn't been emptied for three weeks though.\nRegards, Sam");
    expect(bins.kind).toBe('felanmalan');
    // an Outlook HTML body: the note stands above the calendar's lines
    const html = triage(
      'Tackat ja: Dialogmöte Väster',
      '<html><body><p>Vi kommer båda.</p><p>Vattnet i kranen har varit brunt sedan i tisdags.</p><p>Mvh Leif</p><p>Leif Ek har tackat ja.</p><p>När: 4 mars 2027 18:00–20:00</p><p>Var: Västerskolan</p></body></html>',
      true,
    );
    expect(html.kind).toBe('felanmalan');
    // Google Calendar: the responder's line first and the calendar's footer last; the explanation quotes the note's own word
    const google = triage(
      'Tackat nej: Dialogmöte Norr',
      'Eva Lund har tackat nej till den här inbjudan.\n\nKan inte komma, men gatlampan vid Åbrovägen 9 har varit trasig i två veckor.\n\nInbjudan från Google Kalender\nDu får det här mejlet eftersom du är organisatör för evenemanget. Avregistrera dig från aviseringar för det här evenemanget.',
    );
    expect(google.kind).toBe('felanmalan');
    expect(google.explanation.sv).toContain("'trasig'");
  });

  it('keeps the deadline of a question the invitee asks about a matter of their own, not one about the meeting (Videby, twenty-third session)', () => {
    const sfi = triage(
      'Accepted: Informationskväll Vidgymnasiet – nya elever',
      'I will come with my daughter.\nI also have a question for myself. I want to study Swedish but I work day time. Is there SFI in the evening, and where do I sign up?\nJag vill läsa SFI på kvällen. Hur anmäler jag mig?\nThank you\nTesfay',
    );
    expect(sfi.kind).toBe('fraga');
    expect(triage('Tackat ja: Föräldramöte åk 7', 'Vi kommer. En annan fråga: hur ansöker jag om skolskjuts för vår yngsta?\n/Lina').kind).not.toBe('ej_arende');
    // (a question about the meeting itself is the meeting's: its place, agenda, link, food — an independent review's probes)
    expect(triage('Declined: Möte om gästhamnen', "Sorry, I'm travelling that week. Can we do a Teams call instead the week after?\nLucas").kind).toBe('ej_arende');
    expect(triage('Accepterat: Samråd Östra vägen', 'Jag kommer. Jag har en fråga: finns det parkering vid stadshuset?\n/Per').kind).toBe('ej_arende');
    expect(triage('Accepted: Stakeholder meeting', 'Looking forward. Another question: is there a Teams link for those who cannot come?\nKim').kind).toBe('ej_arende');
    expect(triage('Tackat ja: Föreningsträff', 'Vi kommer två. Hur gör man med fika, ska vi ta med?\n/Lena').kind).toBe('ej_arende');
  });

  it('tells a note that asks of a matter of the invitee\'s own from one about the meeting', () => {
    for (const note of [
      'Hur anmäler jag pappa till kön för särskilt boende?',
      'Kan inte. Hur söker vi föreningsbidrag för i år?',
      'Kommer gärna. Var anmäler jag mig till medborgarpanelen?',
      'Jag har en fråga om mitt bygglov för garaget.',
      'I will attend. How do I apply for the SFI course in autumn?',
      // (the invitee's own thing named, whatever meeting words stand beside it: a third review)
      'Jag har en fråga om mitt bygglov, kan vi ta det efter mötet eller på Teams?',
      "Can't make it, sorry. How do I apply for a parking permit for my disabled mother?",
    ]) {
      expect(noteAsksOfOwnMatter(note)).toBe(true);
    }
    for (const note of [
      'Jag har en fråga: finns det parkering?',
      'Hur anmäler jag mig till lunchen?',
      'How do I join the meeting on Teams?',
      'Vi ses där!',
      'Kan bli sen.',
      // (signing up for the meeting itself, or a question about one's own attendance: a fourth review)
      'Hur anmäler vi oss till samrådet?',
      'How do I register for the event?',
      'Jag har en fråga om mitt deltagande – behöver jag ta med dator?',
    ]) {
      expect(noteAsksOfOwnMatter(note)).toBe(false);
    }
  });
});
