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
const AWAY_STATE = String.raw`(?:ledig|ledigt|semester|tjänstledig|föräldraledig|sjukskriven|borta|bortrest|utanför\s+kontoret|inte\s+på\s+kontoret|frånvarande|på\s+\p{L}*(?:resa|ledighet|semester|konferens|kurs|utbildning|utbildningsdag|möte|möten|mässa|vab|tjänsteresa)|away|out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+|parental\s+|sick\s+)?leave|on\s+holiday|on\s+vacation|on\s+a\s+(?:business\s+)?trip|travelling|traveling|attending|at\s+a\s+conference|off)(?![\p{L}])`;
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
      // back, and when — the writer back, not a thing ("Råttorna är tillbaka i soprummet", "The rats are back", "sedan tre veckor tillbaka")
      String.raw`(?:jag|vi)\s+(?:är|kommer\s+att\s+vara|finns)\s+(?:\p{L}+\s+){0,2}(?:tillbaka|åter|på\s+plats)|(?:är|kommer)\s+(?:jag|vi)\s+(?:\p{L}+\s+){0,2}(?:tillbaka|åter)` +
        String.raw`|(?:tillbaka|åter)\s+(?:på\s+(?:kontoret|jobbet|arbetet)|i\s+tjänst|den|på\s+\p{L}*dag|\p{L}*dag|igen\s+den|v(?:ecka)?\s*\d|\d)|i\s+tjänst` +
        String.raw`|(?:i\s+am|i'm|i\s+will\s+be|i'll\s+be|we\s+are|we'll\s+be)\s+(?:\p{L}+\s+)?back|back\s+(?:in\s+the\s+office|on|at\s+work|\d)|i\s+return|return\p{L}*\s+(?:on|to|\d)|on\s+my\s+return`,
      // whom to turn to instead (a redirect's words: "kontakta", "vänd dig till", "ring växeln" — "brådskande" alone
      // is no redirect, and "har inte kontaktat" is a matter), and for what ("Övriga ärenden: expeditionen",
      // "Brådskande elevärenden: …", "Frågor om skolskjuts: …")
      String.raw`\p{L}*ärenden\s*:|(?:övriga|brådskande|akuta|andra)\s+\p{L}*(?:ärenden|frågor)|\p{L}*frågor(?:\s+\p{L}+){0,3}\s*:|(?:urgent|other)\s+(?:matters|questions|cases|enquiries|inquiries)|kontakta|kontaktperson|kontakt\s+med|vänd\s+(?:dig|er)|ring|ringa|maila|mejla|ställas\s+till|riktas\s+till|nås|nå\s+mig|hänvisa[sr]?|hänvisning|växel\p{L}*|kollega\p{L}*|ersättare|vikarie|ställföreträdare|contact|reach|call|colleague|switchboard`,
      // mail and its answer (the nouns and the passive: "mejlet läses inte", "besvaras när jag är tillbaka" — not "jag har mejlat er")
      String.raw`mejl|mejlet|mejlen|mail|mailet|mailen|e-post|e-posten|email|e-mail|emails|läses|läser|besvaras|vidarebefordras|vidarebefordrat|forwarded|respond|reply|(?:jag|vi)\s+(?:svarar|besvarar)|svarar\s+(?:när|så\s+snart)`,
      // the time away itself, and the wishes and thanks that close it
      String.raw`under\s+(?:tiden|min\s+frånvaro|ledigheten|semestern)|frånvar\p{L}*|ledig\p{L}*|semester\p{L}*|absence|away|holiday|vacation|leave|trevlig\p{L}*|glad\p{L}*|skön\p{L}*|gott|god\s+jul|ha\s+en\s+(?:fin|trevlig|skön|bra|god|härlig)|ha\s+det|have\s+a\s+(?:nice|great|good|lovely|happy)|på\s+plats|ringer\s+upp|sommarstängt|hälsning\p{L}*|regards|wishes|förståelse|tålamod|patience|understanding`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'iu',
);
/** Where the signature starts: nothing after it is read. */
const CLOSING = /^(?:med vänlig(?:a)? hälsning(?:ar)?|vänlig(?:a)? hälsning(?:ar)?|mvh|hälsningar|best regards|kind regards|regards|sincerely|\/\/)/iu;
/** A line of a name or two, each word capitalised ("Tobias Ekholm", "/Maria", "Anna B."). */
const SIGNATURE_LINE = /^[/\-–]*\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}$/u;
/** An address or a phone number to turn to, after a few words ("Fakturafrågor: ekonomi@…", "For support cases please use support@…"). */
// (a number in any of the groupings people write: "070-174 06 05", "08-46 500 431", "0771-123 456", "+46 8 465 004 31")
const ADDRESS_OR_NUMBER = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}|(?:\+46[ ]?|0)\d{1,3}[- ]?\d{2,3}(?:[ ]?\d{2,3}){1,3}/u;
/** A few words with a number and nothing else: a date or a week cut off by an abbreviation's stop. */
const DATE_FRAGMENT =
  /^(?=[^\d]*\d)(?:(?:\d{1,4}(?:[/:–-]\d{1,4})*|v|vecka|den|och|till|jan\p{L}*|feb\p{L}*|mars|april|maj|juni|juli|aug\p{L}*|sep\p{L}*|okt\p{L}*|nov\p{L}*|dec\p{L}*|mån\p{L}*|tis\p{L}*|ons\p{L}*|tor\p{L}*|fre\p{L}*|lör\p{L}*|sön\p{L}*|[–-])(?:\s+|,\s*|$))+$/iu;
/** Words that may come before a redirecting address. */
const REDIRECT_MAX_WORDS = 8;

function pointsElsewhere(sentence: string): boolean {
  const at = sentence.search(ADDRESS_OR_NUMBER);
  return at >= 0 && sentence.slice(0, at).split(/\s+/).filter((w) => w.length > 0).length <= REDIRECT_MAX_WORDS;
}

/**
 * "Men", "but", "så kan jag inte": the text goes on to something besides the absence — or asks to be called, or tells of
 * something unanswered or still not done ("ring mig", "utan svar", "fortfarande"), or a redirect goes on to a clause of its
 * own or to tell what happened to someone ("Ring min syster Eva …, pappa har fått fel medicin", "Ring min dotter som vet att
 * pappa inte har fått mat", "Ring Solgården, där ligger pappa i blöta lakan", "Call the school, my son was pushed …").
 */
const GOES_ON = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:men|but|därför|så\s+(?:jag|vi)\s+(?:kan|hinner)|och\s+kan\s+(?:därför\s+)?inte|(?:ring|ringa|kontakta|mejla|maila)\s+(?:mig|oss)|(?:call|contact|email)\s+(?:me|us)|utan\s+svar|inget\s+svar|fortfarande|ingen\s+(?:har|svarar|från)` +
    String.raw`|(?:som|who)\s+(?:vet|knows|har\s+glömt|glömt|glömde|forgot)|(?:kom|came)\s+aldrig|never\s+came|nobody|no\s+one\s+(?:has|did|came)|inte\s+har\s+fått|inte\s+fått` +
    String.raw`|(?:has|have|had)\s+not\s+(?:had|been\s+(?:fed|seen|home|visited|given|able))|(?:hasn't|haven't|hadn't)\s+(?:had|been\s+(?:fed|seen|home|visited|given|able))` +
    // (… a redirect to family, or to someone who knows or can tell: "Kontakta min man Per om detta: skolbussen kör förbi", "Min granne
    // Lars … vet var vattnet tränger in", "Kontakta förskolan där min son blev biten", "som inte har lagat fönstret")
    String.raw`|(?:min|mitt|mina|my)\s+(?:son|dotter|man|make|fru|granne|sambo|mamma|pappa|bror|syster|neighbour|neighbor|husband|wife|daughter|mother|father)` +
    String.raw`|(?:som|who)\s+(?:kan\s+berätta|inte\s+har|vägrar|refuses)|(?:vet|knows)\s+(?:var|vad|om|att|where|what)|där\s+(?:min|mitt|mina|han|hon)|om\s+detta\s*:` +
    // (… or tells what the writer found on coming back: "Jag är ledig i dag och när jag kom tillbaka var min cykel bortforslad" — something
    // besides the writer, not "när jag kom tillbaka hade jag 900 mejl")
    String.raw`|(?:när|då)\s+(?:jag|vi)\s+kom\s+(?:tillbaka|hem)(?:\s+(?:i\s+går|igår|i\s+morse|i\s+kväll|i\s+natt|i\s+dag|idag))?,?\s+(?:var|hade|låg|stod|satt|luktade|fanns|hängde)\s+(?!jag|vi|det\s+(?:\d|många|massor))\p{L}+` +
    String.raw`|when\s+(?:i|we)\s+(?:came|got)\s+(?:back|home)(?:\s+(?:yesterday|today|last\s+night|this\s+morning))?,?\s+(?:my|our|the|someone|somebody|there\s+was|there\s+were)` +
    String.raw`)(?![\p{L}])` +
    String.raw`|,\s*(?:den|det|han|hon|hen|pappa|mamma|ingen|barnen|vi|jag|min|mitt|mina|där|my|our|his|her|he|she|nobody)\s`,
  'iu',
);

/**
 * Whether a text is an absence reply from its opening to its signature: its first sentence of
 * substance says the writer is away, and every sentence after it says only what an absence reply
 * says ({@link ABSENCE_TALK}). "Just nu är jag på semester. Jag bestrider avgiften …" or "Jag är
 * borta. Trädet på kommunens mark lutar mot vårt hus …" opens as one and goes on to a matter.
 */
/** A line after a signature that tells a matter: a PS, a negation, a time that has passed. */
const MATTER_AFTER_SIGNATURE = /^\s*ps(?![\p{L}])|(?<![\p{L}])(?:ej|inte|not|ingen|inga|aldrig|never|sedan|since|veckor|dagar|weeks|days|otömd\p{L}*|trasig\p{L}*|broken)(?![\p{L}])/iu;

/** Whether a line after line `i` tells a matter (a signature there does not end the reply). */
function matterFollows(lines: readonly string[], i: number): boolean {
  return lines.slice(i + 1).some((l) => MATTER_AFTER_SIGNATURE.test(l));
}

export function opensWithAbsence(text: string): boolean {
  const head = text.slice(0, 2000);
  // (most mail never says the writer is away: nothing more to read)
  if (!AWAY.test(head)) return false;
  let read = 0;
  let away = false;
  const lines = head.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i]!.trim();
    if (away && CLOSING.test(trimmed)) return true;
    // (a signature's name without a closing starts the signature too: "Tobias Ekholm", "/Maria")
    // (… unless a matter follows it: "/Anna ⏎ PS Tunnan står kvar otömd sedan tre veckor", "Anna Berg ⏎ Soptunnan ej tömd")
    if (away && SIGNATURE_LINE.test(trimmed)) return !matterFollows(lines, i);
    // (sentences end at a stop before a space, not inside an address: "emma.dahl@tyrens-konsult.example")
    for (const sentence of trimmed.split(/[.!?]+(?=\s|$)/).map((x) => x.trim()).filter((x) => x.length > 0)) {
      if (!away) {
        if (AWAY.test(sentence)) {
          if (GOES_ON.test(sentence)) return false;
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
      if (/^[/\-–]/.test(sentence) && SIGNATURE_LINE.test(sentence)) return !matterFollows(lines, i);
      // (a date left by an abbreviation's stop: "Jag har semester t.o.m. 11 augusti", "v. 28–31")
      if (DATE_FRAGMENT.test(sentence)) continue;
      if (GOES_ON.test(sentence) || !(ABSENCE_TALK.test(sentence) || AWAY.test(sentence) || pointsElsewhere(sentence))) return false;
    }
  }
  return away;
}
