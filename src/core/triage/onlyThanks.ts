/**
 * A bare thanks: the writer's newest text says nothing but thanks or an acknowledgement ("Tack!",
 * "Tack så hemskt mycket!! /Britt", "Ok, uppfattat. Mvh Per Ek", "Thanks a lot"). That closes a
 * conversation (SPEC §1: a bare "Tack!" is inget ärende), so the rules `ej.baratack`,
 * `ej.tack-avslut` and `ej.tack-for-svar` may take the deadline away — but only when EVERY word is
 * one of thanks, courtesy, a closing phrase or a name signing off: one word more is a contact
 * ("Tack. Vad kostar det?", "Tack, kan ni ringa mig", "Tack, har ni tömt den", "Tack men det funkar
 * inte", "Tack. 070-174 06 12"). Inget ärende needs positive evidence; a list of what a thanks may
 * hold is that evidence, where a list of what a request may say never is complete.
 */

/** The words that thank or acknowledge: at least one must be there. */
const ACKNOWLEDGING = new Set(
  'tack tacken tackar tackat thanks thank thx ok okej okay okey toppen uppfattat mottaget noterat perfekt kanon utmärkt strålande suveränt great'.split(' '),
);

/** Words a thanks is written with besides the thanks itself: intensifiers, what it thanks for, a greeting. No verb, no pronoun that could start a matter. */
const COURTESY = new Set(
  (
    'så jättemycket mycket hemskt himla väldigt enormt tusen stort stora varmt varma hjärtligt hjärtliga många ' +
    'för hjälpen hjälp svaret svar snabbt snabba snabb infon informationen info beskedet besked er ert ditt din era dina ' +
    'igen allt bra fint hej hejsan hallå vänliga vänlig bästa med ' +
    'you very so much a lot lots many for the your help reply answer quick info information again all best kind hi hello dear'
  ).split(' '),
);

/**
 * Whole phrases that close a conversation or tell the matter back as done ("då vet jag", "ha en
 * bra dag", "Nu lyser den"), taken out before the words are looked at: their verbs and pronouns
 * are allowed only in these phrases.
 */
const CLOSING_PHRASES =
  /(?<![\p{L}])(?:då vet (?:jag|vi)|nu vet (?:jag|vi)|jag förstår|vi förstår|(?:ha|önskar) en (?:bra|fin|trevlig|skön) (?:dag|helg|kväll|vecka)|trevlig helg|ha det (?:bra|fint|gott)|vi hörs|hörs|nu (?:lyser|fungerar|funkar) (?:den|det|de|dom|allt)(?: igen)?|det (?:är|blev) (?:löst|fixat|ordnat|klart)|det löste sig|got it|that helps|have a (?:nice|good|great) (?:day|weekend))(?![\p{L}])/giu;

/** Closings after which the writer's name follows ("Mvh Per Ek", "Hälsningar Britt"). */
const SIGN_OFF = new Set('mvh hälsningar hälsning regards cheers'.split(' '));

/** Words at a greeting, after which a capitalised word is the person greeted ("Hej Anna!"). */
const GREETING = new Set('hej hejsan hallå hi hello dear'.split(' '));

/** A name signing off after a slash or a dash at the end ("/Britt", "– Per Ek", "//Anna"). */
const SLASH_NAME = /(?:^|\s)(?:\/+|[–—-])\s*(\p{Lu}\p{L}*(?:[ -]\p{Lu}\p{L}*){0,2})[\s.!]*$/u;

/** What a thanks is written with besides letters: spaces, punctuation and a smile, a heart or a thumb. */
const ONLY_TEXT = /^[\p{L}\s.,!:;'’"”/–—\-()\u{1F642}\u{1F60A}\u{1F600}\u{1F603}\u{1F604}\u{1F601}\u{1F44D}\u2764\uFE0F\u{1F64F}\u{1F60D}\u{1F970}]*$/u;

/** A bare thanks is short: longer texts are not looked at (and the checks stay linear). */
const MAX_CHARS = 300;
/** At most this many words: a thanks is short. */
const MAX_WORDS = 14;

/**
 * Whether a text is nothing but a thanks or an acknowledgement, with courtesy around it, a closing
 * phrase and a name signing off.
 * @example isOnlyThanks('Tack så hemskt mycket!!\n/Britt') //=> true
 * @example isOnlyThanks('Tack. Vad kostar det?') //=> false
 */
export function isOnlyThanks(text: string): boolean {
  const trimmed = text.trim();
  // a question, a number or any symbol but a smile is more than a thanks ("Tack. 070-174 06 12", "Tack 😡")
  if (trimmed.length === 0 || trimmed.length > MAX_CHARS || !ONLY_TEXT.test(trimmed)) return false;
  const slash = SLASH_NAME.exec(trimmed);
  const signed = slash !== null && slash.index > 0 ? trimmed.slice(0, slash.index) : withoutNameLine(trimmed);
  const body = signed.replace(CLOSING_PHRASES, ' ');
  const words = body.match(/\p{L}+/gu);
  if (words === null || words.length > MAX_WORDS) return false;
  let thanks = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    if (ACKNOWLEDGING.has(w)) thanks = true;
    // after a closing, at most three names end the text ("Mvh Per Ek")
    else if (SIGN_OFF.has(w) || (w === 'best' && words[i + 1]?.toLowerCase() === 'regards')) {
      const names = words.slice(w === 'best' ? i + 2 : i + 1);
      return thanks && names.length <= 3 && names.every(isName);
    } else if (COURTESY.has(w)) continue;
    // the person greeted ("Hej Anna, tack!")
    else if (i > 0 && GREETING.has(words[i - 1]!.toLowerCase()) && isName(words[i]!)) continue;
    else return false;
  }
  return thanks;
}

/** Words that are never a name signing off, on a line of their own ("Tack!\nBrådskande", "Tack.\nAkut!"). */
const NOT_A_NAME = new Set('brådskande akut viktigt obs nej ja hjälp snälla ring igen fortfarande inte aldrig varför när urgent asap help please why when not'.split(' '));

/** The text without its last line when that line is a name signing off ("Tack!\nFredrik", "Tack!\nKE", "Tack så mycket!\nGun Ek"). */
function withoutNameLine(text: string): string {
  const nl = text.lastIndexOf('\n');
  if (nl <= 0) return text;
  const last = text.slice(nl + 1).replace(/[\s.!]+$/u, '');
  const words = last.split(/[ -]/);
  const name = words.length <= 2 && words.every((w) => /^\p{Lu}(?:\p{Ll}+|\p{Lu}{0,2})$/u.test(w) && isName(w) && !NOT_A_NAME.has(w.toLowerCase()));
  return name ? text.slice(0, nl) : text;
}

/** A capitalised word that is none of the thanks' own words. */
function isName(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && !ACKNOWLEDGING.has(w) && !COURTESY.has(w) && !SIGN_OFF.has(w);
}
