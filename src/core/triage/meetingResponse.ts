import { foldText } from '../text/fold';

/**
 * A response to one of the municipality's meeting invitations ("Accepterat: Samrådsmöte …",
 * "Declined: …") is inget ärende (SPEC §1: machine mail) — unless the invitee typed a matter into it.
 * Calendars write the response's own lines (who answered, När/Var, the meeting's title, the agenda
 * copied from the invitation); what is left is the invitee's note ("Kan bli sen", "Jag kommer.
 * Gatlampan utanför Bäckvägen 4 har varit släckt i tre veckor"). This module finds that note and
 * whether it tells of something that has gone on for a while (a time it has lasted, a street
 * address): `index.ts` then lets the rules judge the note alone, so the title and the agenda
 * ("Genomgång läckage VA-nätet", "trasiga gatlampor") never make a matter of a plain acceptance.
 */

/** What a calendar writes first in the subject of a response or an update (the rule `ej.mote`). */
export const MEETING_RESPONSE_PREFIXES = [
  'Accepted:', 'Declined:', 'Tentative:', 'Tentatively accepted:', 'Accepterat:', 'Accepterad:', 'Godkänt:', 'Avböjt:', 'Avböjd:',
  'Preliminärt:', 'Preliminärt accepterat:', 'Nytt tidsförslag:', 'New time proposed:', 'Canceled:', 'Cancelled:', 'Inställt:',
  'Tackat nej:', 'Tackat ja:', 'Preliminärt godkänt:', 'Godkänd:', 'Inställd:', 'Mötet har ställts in:', 'Uppdaterad inbjudan:', 'Updated invitation:',
];

/** Lower case without accents, punctuation kept (a calendar's labels end in a colon): "När:" → "nar:". */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

const PLAIN_PREFIXES = MEETING_RESPONSE_PREFIXES.map(plain).sort((a, b) => b.length - a.length);

/** The meeting's title when the subject is a calendar's response ("Accepterat: Dialogmöte X" → "Dialogmöte X"), else null. */
export function meetingResponseTitle(subject: string): string | null {
  // (every prefix ends in a colon: most subjects, read for every message, are done with here)
  if (!subject.includes(':')) return null;
  const written = subject.normalize('NFC').trimStart();
  const lowered = plain(written);
  const prefix = PLAIN_PREFIXES.find((p) => lowered.startsWith(p));
  if (prefix === undefined) return null;
  // (the prefixes are letters, spaces and a colon: without accents they keep their length in NFC; Google
  // adds the time and the calendar after an "@": "Accepterat: Samråd X @ ons 15 apr. 2027 18:00 - 20:00 (CET) (…)")
  return written.slice(prefix.length).replace(/\s+@\s.*$/, '').trim();
}

/** A calendar field's label at a line's start ("När:", "Where:", "Organisatör:"); the value is the calendar's. */
const CALENDAR_LABEL =
  /^(?:nar|var|plats|lokal|where|when|organisator|organizer|arrangor|kalender|calendar|deltagare|attendees|guests|gaster|vem|who|tid|time|datum|date|anslut|join|motes-id|meeting id|losenord|passcode|inbjudan fran|invitation from) ?:/;
/** Google's field label on a line of its own ("När", "Var", "Gäster"): the line after it is the calendar's too. */
const BARE_LABEL =
  /^(?:nar|var|plats|gaster|deltagare|organisator|kalender|when|where|guests|who|organizer|calendar|anslut|join|visa all information om gaster|view all guest info)$/;
/** Google's footer: nothing after it is the invitee's. */
const GOOGLE_FOOTER = /^(?:inbjudan fran google kalender|invitation from google calendar)\b/;
/** After the calendar's lines, a greeting opens the invitation's own text: nothing after it is the invitee's. */
const CALENDAR_END = /^(?:hej|hejsan|valkommen|hello|hi|welcome|dear)\b/;
/** Outlook's field without a colon ("När den 15 april 2027 18:00–20:00"). */
const WHEN_WITHOUT_COLON = /^(?:nar|when) (?:den )?\d/;
/** A line that gives a day and a time and nothing of the invitee's ("den 15 april 2027 18:00–20:00 (UTC+01:00) …"). */
const DATE_LINE =
  /^(?:den\s+|the\s+)?(?:(?:mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:\d{1,2}\s+[a-z]+\.?|[a-z]+\.?\s+\d{1,2},?)\s+\d{4}\b.*\d{1,2}[:.]\d{2}/;
/** Who answered ("Karl Åberg har accepterat mötet.", "Lucas Meyer has declined this meeting."). */
const RESPONDER_LINE =
  /\b(?:har|has)\s+(?:preliminart\s+|tentatively\s+)?(?:accepterat|avbojt|godkant|tackat ja|tackat nej|svarat (?:ja|nej|kanske)|accepted|declined|replied|foreslagit|proposed)\b/;
/** Where the invitation's own text is copied in: everything from here down is the organiser's. */
const COPIED_INVITATION = /^(?:agenda|dagordning|underlag|program|beskrivning|description)\s*:?\s*$|^(?:agenda|dagordning)\s*:/;
/** A calendar's own sentences around a response (Google's footer, a forwarding notice). */
const CALENDAR_SENTENCE =
  /google (?:kalender|calendar)|du far det har (?:mejlet|meddelandet|e-postmeddelandet)|you are receiving this|you received this|this (?:invitation|event) (?:was|is)|den har inbjudan|detta evenemang|ditt svar har skickats|your response has been sent/;
/** A form label whose value is the invitee's note ("Kommentar: Kan bli sen"). */
const NOTE_LABEL = /^(?:kommentar|meddelande|comment|note|message)\s*:\s*/;

/**
 * The invitee's own lines of a calendar response's body (the calendar's lines taken out), joined by
 * line breaks; '' when the invitee typed nothing. `body` is the text the writer wrote (signature and
 * quoted history already apart), `title` the meeting's title from the subject.
 */
export function inviteeNote(body: string, title: string): string {
  const plainTitle = plain(title).trim();
  const kept: string[] = [];
  let skipNext = false;
  let calendarSeen = false;
  for (const raw of body.split('\n')) {
    const line = raw.normalize('NFC').trim();
    if (line.length === 0) continue;
    const lowered = plain(line);
    if (COPIED_INVITATION.test(lowered)) break;
    // (a greeting after the calendar's lines opens the invitation's own text: "Hej! Välkommen till …")
    if (GOOGLE_FOOTER.test(lowered) || (calendarSeen && CALENDAR_END.test(lowered))) break;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (BARE_LABEL.test(lowered.replace(/[:.]$/, ''))) {
      skipNext = true;
      calendarSeen = true;
      continue;
    }
    const note = NOTE_LABEL.exec(lowered);
    if (note !== null) {
      const value = line.replace(/^[^:]*:\s*/, '');
      if (value.length > 0) kept.push(value);
      continue;
    }
    if (CALENDAR_LABEL.test(lowered) || WHEN_WITHOUT_COLON.test(lowered) || DATE_LINE.test(lowered) || CALENDAR_SENTENCE.test(lowered)) {
      calendarSeen = true;
      continue;
    }
    if (RESPONDER_LINE.test(lowered) && line.length < 160) {
      calendarSeen = true;
      continue;
    }
    // the title repeated ("Samrådsmöte vindpark Knutstorp", "… – Microsoft Teams-möte"), or the whole subject ("Accepterat: …");
    // a short title only as the whole line ("Möte" is not "Jag kommer till mötet")
    const repeatsTitle = plainTitle.length >= 12 ? lowered.includes(plainTitle) && lowered.length <= plainTitle.length + 40 : lowered === plainTitle;
    if (plainTitle.length > 0 && repeatsTitle) {
      calendarSeen = true;
      continue;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

/**
 * Whether the note tells of something that has lasted or keeps coming back, or names a street
 * address: "i tre veckor", "på två veckor", "sedan i måndags", "sedan stormen", "sedan ni
 * asfalterade", "varje kväll", "fortfarande", "två månader nu", "for a month", "since Monday",
 * "every night", "Storgatan 8". An invitee's note about the meeting itself ("Kan bli sen", "I'm
 * travelling that week", "Jag tar med lägesbilden") has none; a note that has one is judged by the
 * rules (it may still be no matter: "Jag har varit förkyld i två veckor").
 */
export function noteTellsOfLastingMatter(note: string): boolean {
  const folded = foldText(note);
  return (LASTING.test(folded) || STREET_ADDRESS.test(note)) && !PRIVATE_PLACE.test(folded);
}

/**
 * Whether the note asks how to apply for, sign up for or report something of the invitee's own ("Hur anmäler jag mig till SFI på
 * kvällen?", "How do I apply for a parking permit?", "Jag har en fråga om mitt bygglov") — not a question about the meeting itself,
 * its place, time, agenda, link, food or papers ("Jag har en fråga: finns det parkering?", "Another question: is there a Teams link?").
 */
export function noteAsksOfOwnMatter(note: string): boolean {
  const folded = foldText(note);
  // (a question that names the invitee's own thing is theirs, whatever meeting words stand beside it: "Jag har en fråga om mitt
  // bygglov, kan vi ta det efter mötet?", "How do I apply for a parking permit for my mother?")
  // (… not to sign up for the meeting itself: "Hur anmäler vi oss till samrådet?", "How do I register for the event?" — a bare
  // "Hur anmäler jag mig?" may be of the invitee's own matter told before it, and keeps its deadline)
  const asks = [...folded.matchAll(OWN_ASK_ALL)].some((m) => !SIGNING_UP_FOR_THE_MEETING.test(folded.slice(m.index + m[0].length)));
  return asks && (OWN_THING.test(folded) || !MEETING_ITSELF.test(folded));
}

/** The meeting itself as what is signed up for ("… oss till samrådet", "… for the event"). */
const SIGNING_UP_FOR_THE_MEETING =
  /^\s*(?:mig|oss|myself|ourselves)?\s*(?:till\s+(?:samradet|motet|traffen|kvallen|dagen|evenemanget|informationskvallen|lunchen|middagen)|for\s+(?:the|this)\s+(?:event|meeting|evening|day|lunch|dinner))(?![\p{L}])/u;
/** Not the meeting's own things after "mitt"/"my" ("mitt deltagande", "my invitation"). */
const NOT_THE_MEETINGS = String.raw`(?!\s+(?:deltagande|anmalan|inbjudan|plats|invitation|registration|attendance|place|seat)(?![\p{L}]))`;
/** The invitee's own thing named in the question ("om mitt bygglov", "for my mother", "at my building"). */
const OWN_THING = new RegExp(String.raw`(?<![\p{L}])(?:(?:om|for|till|at|about)\s+(?:mitt|min|mina|vart|vara|my|our)${NOT_THE_MEETINGS}|for\s+myself)(?![\p{L}])`, 'u');

/** Asking how to apply, sign up or report, or that the writer has a question of their own (folded: å ä ö as a a o). */
const OWN_ASK = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`(?:hur|var)\s+(?:anmaler|ansoker|soker|ansoka|soka|anmala|registrerar|bokar)\s+(?:jag|man|vi)`,
      String.raw`(?:hur|var)\s+(?:kan|ska|skall)\s+(?:jag|man|vi)\s+(?:ansoka|soka|anmala|overklaga|boka)`,
      String.raw`hur\s+gor\s+(?:jag|man|vi)\s+for\s+att\s+(?:ansoka|soka|anmala|fa|lamna|boka|overklaga)`,
      String.raw`(?:jag|vi)\s+har\s+en\s+fraga\s+(?:till\s+er\s+)?om\s+(?:mitt|min|mina|vart|vara)${NOT_THE_MEETINGS}`,
      String.raw`i\s+(?:also\s+)?have\s+a\s+question\s+(?:for\s+myself|(?:about\s+my|about\s+our)${NOT_THE_MEETINGS})`,
      String.raw`(?:how|where)\s+(?:do|can|should)\s+(?:i|we)\s+(?:apply|sign\s+up|register|report|enrol|enroll)`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'u',
);
const OWN_ASK_ALL = new RegExp(OWN_ASK.source, 'gu');
/** The meeting itself: its place, time, agenda, link, food or papers. */
const MEETING_ITSELF =
  /(?<![\p{L}])(?:parkering(?:en)?|parking(?!\s+(?:permit|space|spot|card))|agenda\p{L}*|dagordning\p{L}*|punkt\s+\d|teams|lank\p{L}*|link|ansluta|join|lunch\p{L}*|fika|material\p{L}*|slides|presentation\p{L}*|minnesanteckning\p{L}*|protokoll\p{L}*|motet|motesanteckning\p{L}*|the\s+meeting|minutes|lokal\p{L}*|the\s+room|the\s+event|evenemang\p{L}*)(?![\p{L}])/u;

/**
 * A note about the writer's own home or workplace ("vattenläcka hemma, rörmokaren kommer", "hissen på
 * mitt jobb", "office heating broken since Monday") tells why they are late or away, and one about
 * their work for the meeting ("vi har inventerat trasiga gatlampor …, rapporten är klar", "noise
 * measurements every night", "vi i vägföreningen har lagat …") what they bring, and one whose fault
 * someone already handles ("fastighetsägaren är på det") needs nothing: none is a matter for the
 * municipality (two independent reviews' probes).
 */
const PRIVATE_PLACE =
  /(?<![\p{L}])(?:hemma|hemmavid|pa kontoret|pa jobbet|pa mitt jobb|pa arbetet|pa min arbetsplats|at home|at work|in the office|at the office|our office|my office|rapporten|the report|matningar|measurements|inventerat|inventering|surveyed|i huset|i lagenheten|i villan|var egen|vart eget|egen brunn|var brunn|forsakringsbolaget|rormokaren|reparatoren|our house|our flat|our own|insurance company|the plumber|vi har lagat|vi har bytt|vi byter|vi har gravt|vi har spolat|vi har matt|vi lagar|we have repaired|we have replaced|we are replacing|vagforening|vagforeningen|varmepump|varmepumpen|ar pa det|tar hand om det|is on it|are on it)(?![\p{L}])/u;

const NUMBER_WORD = String.raw`(?:\d+|en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|flera|manga|nagra|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few)`;
const SPAN = String.raw`(?:dag|dagar|dygn|natter|vecka|veckor|manad|manader|ar|timmar|helger|day|days|week|weeks|month|months|year|years|nights|weekends)`;
const WEEKDAY_PAST = String.raw`(?:mandags|tisdags|onsdags|torsdags|fredags|lordags|sondags)`;
const LASTING = new RegExp(
  String.raw`(?<![\p{L}\d])(?:` +
    [
      // "i tre veckor", "på två veckor", "under flera månader", "två månader nu", "for a month", "for three weeks"
      String.raw`(?:i|pa|under|for|over)\s+(?:over\s+|snart\s+|nastan\s+|bortat\s+|the\s+(?:last|past)\s+)?${NUMBER_WORD}\s+${SPAN}`,
      String.raw`${NUMBER_WORD}\s+${SPAN}\s+nu`,
      // "tre morgnar i rad", "flera kvällar", "gång på gång", "hela vintern", "i evigheter"
      String.raw`${NUMBER_WORD}\s+(?:morgnar|kvallar|natter|ganger|mornings|evenings|nights|times)`,
      String.raw`gang\s+pa\s+gang|time\s+after\s+time|i\s+evigheter|hela\s+(?:vintern|hosten|varen|sommaren|veckan|helgen|manaden|aret)|all\s+(?:winter|autumn|spring|summer|week|month|year)`,
      // "sedan i måndags", "sedan stormen", "sedan ni asfalterade", "sedan i maj", "sen förra veckan", "since Monday"
      String.raw`(?:sedan|sen)\s+(?:igar|\d{4}|i\s+(?:${WEEKDAY_PAST}|gar|forrgar|morse|somras|vintras|varas|hostas|maj|juni|juli|augusti|januari|februari|mars|april|september|oktober|november|december)|forra|stormen|jul|paske|nyar|midsommar|ni|kommunen|de\s+\p{L}+ade|${NUMBER_WORD}\s+${SPAN})`,
      String.raw`since\s+(?:last|yesterday|\d{4}|the\s+storm|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|you)`,
      // "varje kväll", "every night", "hela tiden", "fortfarande"
      String.raw`(?:varje|var)\s+(?:kvall|natt|dag|morgon|gang|vecka|helg)`,
      String.raw`every\s+(?:night|evening|day|morning|time|week|weekend)`,
      String.raw`hela\s+tiden`,
      'fortfarande',
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'u',
);
/** A street and a number ("Bäckvägen 4", "Storgatan 8", "Västra vägen 9"). */
const STREET_ADDRESS = /\p{L}*(?:vägen|gatan|gränd|backen|stigen|allén|torget|leden|road|street|lane)\s+\d{1,3}\s?[a-z]?(?![\p{L}\d])/iu;
