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

/** Sentences of a text: cut at . ! ? and line breaks. */
function sentences(text: string): string[] {
  return text
    .slice(0, 2000)
    .split(/[.!?\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function opensWithAbsence(text: string): boolean {
  let read = 0;
  for (const sentence of sentences(text)) {
    if (AWAY.test(sentence)) return true;
    const words = sentence.split(/\s+/).length;
    // a greeting or a thanks may come first; anything else is the matter the text opens with
    if (!(OPENING.test(sentence) && words <= OPENING_MAX_WORDS)) return false;
    if (++read >= MAX_SENTENCES) return false;
  }
  return false;
}
