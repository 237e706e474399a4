/**
 * Whether a text opens the way an absence reply does: its first sentence of substance (after a
 * greeting or a thanks for the mail) says the writer is away, or has left — "Jag är ledig till och med fredag …",
 * "Mellan 1 och 20 juli är jag på semester", "I am out of the office until …".
 *
 * An absence reply is about the writer's absence first and last. A person who writes about a matter
 * and mentions being away after it ("Hemtjänsten har inte kommit till pappa … Jag är på resa till och
 * med fredag och läser inte mejl, så kontakta min syster") writes about the matter: the rules that
 * take a message for an absence reply need this opening, so such a message keeps its deadline.
 */

/** Sentences read before giving up: an absence reply says it at once. */
const MAX_SENTENCES = 3;
/** A greeting or a thanks for the mail that may come before the absence ("Hej och tack för ditt mejl!"). */
const OPENING =
  /^(?:hej|hejsan|hallå|god morgon|god dag|goddag|hello|hi|dear|good morning|tack|thank|thanks|många tack|stort tack)(?:[\s,!.:]|$)/iu;
/** Words an opening may have at most (a greeting does not tell a story). */
const OPENING_MAX_WORDS = 10;
/** Who is away: the writer, in the first person, either word order ("jag är", "är jag", "I am"). */
const WRITER_IS = String.raw`(?:(?:jag|vi)\s+(?:är|har|kommer att vara|befinner mig)|(?:är|har)\s+(?:jag|vi)|i\s+am|i'm|we\s+are|i\s+will\s+be)\s+(?:nu\s+|just nu\s+|tyvärr\s+|currently\s+)?`;
/** Where or how: on leave, away, on a trip, at a course or a conference ("på studieresa", "attending"). */
const AWAY_STATE = String.raw`(?:ledig|ledigt|semester|semesterstängt|sommarstängt|julstängt|tjänstledig|föräldraledig|sjukskriven|borta|bortrest|utanför\s+kontoret|inte\s+på\s+kontoret|frånvarande|på\s+\p{L}*(?:resa|ledighet|semester|konferens|kurs|utbildning|utbildningsdag|möte|möten|mässa|vab|tjänsteresa)|away|out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+|parental\s+|sick\s+)?leave|on\s+holiday|on\s+vacation|on\s+a\s+(?:business\s+)?trip|travelling|traveling|attending|at\s+a\s+conference|off)(?![\p{L}])`;
/** The writer not reading mail ("… och läser inte mejl förrän måndag", "I am not reading email"). */
const NOT_READING = String.raw`(?:jag|och|i|and)\s+(?:(?:läser|kollar)\s+(?:inte|ej)|(?:do\s+not|don't|will\s+not|won't)\s+(?:read|check)|am\s+not\s+reading|won't\s+be\s+reading)\s+(?:min\s+|mina\s+|my\s+)?(?:e-post|mejl|mail|email|e-mail)`;
/** The writer gone for good ("Jag har slutat på Bygg AB"). */
const HAS_LEFT = String.raw`(?:jag|i)\s+(?:har\s+slutat|arbetar\s+inte\s+längre|jobbar\s+inte\s+längre|är\s+inte\s+längre\s+anställd|no\s+longer\s+work|am\s+no\s+longer\s+with|have\s+left)(?![\p{L}])`;
/** The writer away, not reading mail, or gone: any of them, starting a word. */
const AWAY = new RegExp(String.raw`(?:^|[^\p{L}])(?:${WRITER_IS}${AWAY_STATE}|${NOT_READING}|${HAS_LEFT})`, 'iu');

/**
 * What an absence reply says after the absence, and nothing else: when the writer is back, whom to
 * contact or call instead (and about what), that mail is not read or forwarded, a wish for a good
 * summer, a thanks — the absence again, in other words. Its author wrote it before any mail came, so
 * it tells of no thing, no third person, no event and no act of the writer's.
 */
const ABSENCE_TALK = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:` +
    [
      // back, and when
      String.raw`tillbaka|åter|back|return\p{L}*|i\s+tjänst`,
      // whom to turn to instead (a redirect's words: "kontakta", "vänd dig till", "ring växeln" — "brådskande" alone
      // is no redirect, and "har inte kontaktat" is a matter)
      String.raw`kontakta|kontaktperson|kontakt\s+med|vänd\s+(?:dig|er)|ring|ringa|maila|mejla|ställas\s+till|riktas\s+till|nås|nå\s+mig|hänvisa[sr]?|hänvisning|växel\p{L}*|kollega\p{L}*|ersättare|vikarie|ställföreträdare|contact|reach|call|colleague|switchboard`,
      // mail and its answer (the nouns and the passive: "mejlet läses inte", "besvaras när jag är tillbaka" — not "jag har mejlat er")
      String.raw`mejl|mejlet|mejlen|mail|mailet|mailen|e-post|e-posten|email|e-mail|emails|läses|läser|besvaras|vidarebefordras|vidarebefordrat|forwarded|respond|reply|(?:jag|vi)\s+(?:svarar|besvarar)|svarar\s+(?:när|så\s+snart)`,
      // the time away itself, and the wishes and thanks that close it
      // … or who has taken over meanwhile ("Karin Holm har tagit över mina ärenden", "tas om hand av vår kundtjänst")
      String.raw`(?:ärenden|frågor|arbetsuppgifter|uppgifter|ansvarsområden|ansvar|mejl|e-post|responsibilities|duties|cases|enquiries|inquiries)\s+(?:\p{L}+\s+){0,5}(?:tas\s+om\s+hand\s+av|hanteras\s+av|sköts\s+av|handläggs\s+av|besvaras\s+av|are\s+covered\s+by|are\s+handled\s+by|have\s+been\s+(?:divided|taken\s+over|covered))|(?:tagit|tar|taken|take|takes)\s+över\s+(?:mina|mitt|min)|taken\s+over\s+my|responsibilities\s+(?:are|have\s+been)|divided\s+among\s+my`,
      // the office's hours meanwhile, a note on what not to send ("Obs! Skicka inga personuppgifter via e-post"), a delay
      String.raw`öppettider(?=[^\d]{0,60}\d)|delay\s+in\s+my\s+response|(?:tar|tas|svarar|besvaras|återkommer|hör\s+av)\s+(?:\p{L}+\s+){0,3}efter\s+(?:lovet|semestern|ledigheten|helgen)`,
      String.raw`under\s+(?:tiden|min\s+frånvaro|ledigheten|semestern)|frånvar\p{L}*|ledig\p{L}*|semester\p{L}*|absence|away|holiday|vacation|leave|trevlig\p{L}*|glad\p{L}*|skön\p{L}*|gott|god\s+jul|ha\s+en|ha\s+det|have\s+a|på\s+plats|ringer\s+upp|sommarstängt|semesterstängt|julstängt|hälsning\p{L}*|regards|wishes|förståelse|tålamod|patience|understanding`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'iu',
);
/** Where the signature starts: nothing after it is read. */
const CLOSING = /^(?:med vänlig(?:a)? hälsning(?:ar)?|vänlig(?:a)? hälsning(?:ar)?|mvh|hälsningar|best regards|kind regards|regards|sincerely|\/\/)/iu;
/** A line of a name or two, each word capitalised ("Tobias Ekholm", "/Maria", "Anna B."). */
const SIGNATURE_LINE = /^[/\-–]*\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}$/u;
/** An address or a phone number to turn to, after a few words ("Fakturafrågor: ekonomi@…", "For support cases please use support@…"). */
const ADDRESS_OR_NUMBER = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}|(?:\+46|0)\d{1,3}[- ]?\d{2,3}[ ]?\d{2}[ ]?\d{2,3}/u;
/** A few words with a number and nothing else: a date or a week cut off by an abbreviation's stop. */
const DATE_FRAGMENT =
  /^(?=[^\d]*\d)(?:(?:\d{1,4}(?:[/:–-]\d{1,4})*|v|vecka|den|och|till|jan\p{L}*|feb\p{L}*|mars|april|maj|juni|juli|aug\p{L}*|sep\p{L}*|okt\p{L}*|nov\p{L}*|dec\p{L}*|mån\p{L}*|tis\p{L}*|ons\p{L}*|tor\p{L}*|fre\p{L}*|lör\p{L}*|sön\p{L}*|[–-])(?:\s+|,\s*|$))+$/iu;
/**
 * The sender's footer, on a line of its own: an organisation's name ("Barn- och utbildningsförvaltningen", "Ljungby kommun",
 * "Bygglev AB"), or its note on personal data with a web address ("Vårt behandlande av personuppgifter: www.ljungby.se/gdpr").
 */
const FOOTER_LINE =
  /^(?:[\p{L}-]+\s+){0,4}(?:\p{L}*förvaltningen|\p{L}*förvaltning|kommun|region\s+\p{Lu}\p{L}*|\p{L}*nämnden|\p{L}*enheten|\p{L}*avdelningen|AB|HB|Ltd|Inc|GmbH)$|^(?=.*(?:personuppgifter|gdpr|dataskydd|integritet|privacy)).*(?:https?:\/\/|www\.)\S+/iu;
/** Abbreviations whose stops end no sentence ("t.o.m. 11 augusti", "fr.o.m. 1/7", "v. 28", "tel. 010 …", "kl. 8"). */
const ABBREVIATION = /(?<![\p{L}])(?:t\.o\.m|fr\.o\.m|t\.ex|bl\.a|o\.s\.v|p\.g\.a|m\.m|kl|tel|v|ca|resp|ang|nr|fr|tom|mån|tis|ons|tors|fre|lör|sön)\./giu;
/** A greeting before the absence, in the same sentence ("Hej, jag har semester …"): not a clause of its own. */
const LEADING_GREETING = /^(?:hej|hejsan|hallå|hello|hi)\s*[,!]?\s*/iu;
/** Where a sentence goes on to a clause of its own ("… och är tillbaka 5 augusti", "… and have not heard anything"). */
const CLAUSE_BREAK = /\s+(?:och|and|samt)\s+|,\s+|;\s*/iu;
/** A clause that is a day and nothing else ("Jag är ledig idag och i morgon"). */
const WHEN_ONLY = /^(?:i\s*morgon|imorgon|i\s*dag|idag|i\s+övermorgon|resten\s+av\s+veckan|hela\s+veckan|tomorrow|today|this\s+week)$/iu;

/** A reason, a relative clause or an event told: a matter, not where or till when ("efter att jag halkade", "som hyresvärden vägrar"). */
const STORY = /(?<![\p{L}])(?:(?:jag|vi)\s+har\s+\p{L}+(?:at|it|tt)|utan\s+att|efter\s+(?:en|ett|min|mitt)|som|eftersom|efter\s+att|på\s+grund\s+av|pga|för\s+att|vilket|då|där|trots|fast|ändå|because|which|who|after\s+\p{L}+ing|due\s+to)(?![\p{L}])/iu;
/** … unless it is a redirect or a return ("kontakta växeln som hänvisar vidare", "då jag är tillbaka"). */
const REDIRECT_OR_RETURN = /(?<![\p{L}])(?:kontakta|vänd|hänvisar|ring|ringa|mejla|maila|tillbaka|åter|svarar|besvaras|back|return\p{L}*|respond|reply|contact|call|reach|kollega\p{L}*|colleague\p{L}*|växel\p{L}*|switchboard)(?![\p{L}])/iu;
// (an address excuses only what comes before it: "kontakta växeln som kopplar vidare, 0372-…" — not "nås på 070… om ni vill veta mer om skadan på vår bil som körde i potthålet")
const tellsStory = (c: string): boolean => {
  const story = STORY.exec(c);
  if (story === null || REDIRECT_OR_RETURN.test(c)) return false;
  const address = c.search(ADDRESS_OR_NUMBER);
  return address < 0 || address < story.index;
};
/** Only when and how much the writer works ("arbetar endast tisdagar och torsdagar under våren"), and nothing else. */
const SCHEDULE_ONLY = /^(?:(?:arbetar|jobbar|endast|bara|only|working|on|och|samt|and|under|i|våren|hösten|sommaren|vintern|veckan|dagen|hela|förmiddag\p{L}*|eftermiddag\p{L}*|\p{L}*dag(?:ar|en)?|monday\p{L}*|tuesday\p{L}*|wednesday\p{L}*|thursday\p{L}*|friday\p{L}*|v|vecka|\d[\d/:.–-]*)(?:\s+|$))+$/iu;

/**
 * What follows the absence in its own sentence: the first part says where or till when ("på studieresa med åk 9 i
 * Berlin 3–7 april"); every clause after it must say what an absence reply says, or when the writer works.
 */
function restOfAbsenceSaysNoMore(rest: string): boolean {
  const clauses = rest.replace(/(?:från|till)\s+och\s+med/giu, 'tom').split(CLAUSE_BREAK).map((c) => c.trim());
  if (clauses.some(tellsStory)) return false;
  return clauses
    .slice(1)
    .filter((c) => c.length > 0)
    .every((c) => ABSENCE_TALK.test(c) || DATE_FRAGMENT.test(c) || SCHEDULE_ONLY.test(c) || WHEN_ONLY.test(c) || pointsElsewhere(c));
}

/** Words that may come before a redirecting address. */
const REDIRECT_MAX_WORDS = 8;

function pointsElsewhere(sentence: string): boolean {
  const at = sentence.search(ADDRESS_OR_NUMBER);
  return at >= 0 && sentence.slice(0, at).split(/\s+/).filter((w) => w.length > 0).length <= REDIRECT_MAX_WORDS;
}

/** "Men", "but", "så kan jag inte": the text goes on to something besides the absence. */
// (… or asks to be called, or tells of something unanswered or still not done: "ring mig", "utan svar", "fortfarande";
// or a redirect goes on to a clause of its own: "Ring min syster Eva …, pappa har fått fel medicin")
const GOES_ON =
  /(?:^|[^\p{L}])(?:men|but|därför|så\s+(?:jag|vi)\s+(?:kan|hinner)|och\s+kan\s+(?:därför\s+)?inte|(?:ring|ringa|kontakta|mejla|maila)\s+(?:mig|oss)|(?:call|contact|email)\s+(?:me|us)|utan\s+svar|inget\s+svar|fortfarande|ingen\s+(?:har|svarar|från))(?![\p{L}])|,\s*(?:den|det|han|hon|hen|pappa|mamma|ingen|barnen|vi|jag|min|mitt|mina)\s/iu;

/** Whether the lines after line `i` are a footer's: short, or an address, a number or a web address (no sentence of a matter). */
function restIsFooter(lines: readonly string[], i: number): boolean {
  return lines
    .slice(i + 1)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .every((l) => l.split(/\s+/).length <= 5 || ADDRESS_OR_NUMBER.test(l) || /https?:\/\/|www\./.test(l));
}

/** A footer line that is a person's words, not an organisation's ("Till Ljungby kommun", "Min mamma bor på demensavdelningen"). */
const PERSONS_LINE = /^(?:till|från|angående|ang|min|mitt|mina|vår|vårt|våra|hon|han|jag|vi|ni|de|det|bor)(?![\p{L}])/iu;
const DATA_NOTE = /personuppgifter|gdpr|dataskydd|integritet|privacy/iu;

/**
 * Whether a text is an absence reply from its opening to its signature: its first sentence of
 * substance says the writer is away, and every sentence after it says only what an absence reply
 * says ({@link ABSENCE_TALK}). "Just nu är jag på semester. Jag bestrider avgiften …" or "Jag är
 * borta. Trädet på kommunens mark lutar mot vårt hus …" opens as one and goes on to a matter.
 */
export function opensWithAbsence(text: string): boolean {
  const head = text.slice(0, 2000);
  // (most mail never says the writer is away: nothing more to read)
  if (!AWAY.test(head)) return false;
  let read = 0;
  let away = false;
  const lines = head.replace(ABBREVIATION, (m) => m.replace(/\./g, '')).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i]!.trim();
    if (away && CLOSING.test(trimmed)) return true;
    // (a footer only when it is an organisation's and nothing of substance follows it)
    if (away && FOOTER_LINE.test(trimmed) && (DATA_NOTE.test(trimmed) || !PERSONS_LINE.test(trimmed)) && restIsFooter(lines, i)) return true;
    // (a signature's name without a closing starts the signature too: "Tobias Ekholm", "/Maria")
    if (away && SIGNATURE_LINE.test(trimmed) && restIsFooter(lines, i)) return true;
    // (sentences end at a stop before a space, not inside an address: "emma.dahl@tyrens-konsult.example")
    for (const sentence of trimmed.split(/[.!?]+(?=\s|$)/).map((x) => x.trim()).filter((x) => x.length > 0)) {
      if (!away) {
        const at = AWAY.exec(sentence);
        if (at !== null) {
          if (GOES_ON.test(sentence.replace(LEADING_GREETING, ''))) return false;
          // (the rest of the sentence too: "I am currently on sick leave and have not heard anything about the permit")
          if (!restOfAbsenceSaysNoMore(sentence.slice(at.index + at[0].length))) return false;
          away = true;
          continue;
        }
        const words = sentence.split(/\s+/).length;
        // a greeting or a thanks may come first; anything else is the matter the text opens with
        if (!(OPENING.test(sentence) && words <= OPENING_MAX_WORDS)) return false;
        if (++read >= MAX_SENTENCES) return false;
        continue;
      }
      // ("… ring växeln. /Anna": a name signed with a slash, on the same line)
      if (/^[/\-–]/.test(sentence) && SIGNATURE_LINE.test(sentence)) return true;
      // (a date left by an abbreviation's stop: "Jag har semester t.o.m. 11 augusti", "v. 28–31")
      if (DATE_FRAGMENT.test(sentence)) continue;
      // ("Obs!" alone, before a note on what not to send)
      if (/^obs$/i.test(sentence)) continue;
      if (tellsStory(sentence)) return false;
      if (GOES_ON.test(sentence) || !(ABSENCE_TALK.test(sentence) || AWAY.test(sentence) || pointsElsewhere(sentence))) return false;
    }
  }
  return away;
}
