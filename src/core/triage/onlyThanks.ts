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
    'för snabbt snabba snabb er ert ditt din era dina ' +
    'igen allt bra fint hej hejsan hallå vänliga vänlig bästa med ' +
    'you very so much a lot lots many for the your quick again all best kind hi hello dear'
  ).split(' '),
);

/**
 * Whole phrases that close a conversation or tell the matter back as done ("då vet jag", "ha en
 * bra dag", "Nu lyser den"), taken out before the words are looked at: their verbs and pronouns
 * are allowed only in these phrases.
 */
const CLOSING_PHRASES =
  /(?<![\p{L}])(?:då vet (?:jag|vi)|nu vet (?:jag|vi)|jag förstår|vi förstår|(?:ha|önskar) en (?:bra|fin|trevlig|skön) (?:dag|helg|kväll|vecka)|trevlig helg|ha det (?:bra|fint|gott)|vi hörs|hörs|nu (?:lyser|fungerar|funkar) (?:den|det|de|dom|allt)(?: igen)?|det (?:är|blev) (?:löst|fixat|ordnat|klart)|det löste sig|got it|that helps|have a (?:nice|good|great) (?:day|weekend))(?![\p{L}])/giu;

/** What a thanks may thank for, but only after "för"/"for": before "tack" they are asked for ("Svar tack!"). */
const REQUESTED = new Set('hjälpen hjälp svaret svar infon informationen info beskedet besked help reply answer information'.split(' '));

/** Words between "för" and what is thanked for ("för snabbt svar", "för ert besked", "for the quick reply"). */
const MODIFIERS = new Set('snabbt snabba snabb bra fina fint er ert ditt din era dina the your quick all'.split(' '));

/** Closings after which the writer's name follows ("Mvh Per Ek", "Hälsningar Britt"). */
const SIGN_OFF = new Set('mvh hälsningar hälsning regards cheers'.split(' '));

/** Words at a greeting, after which a capitalised word is the person greeted ("Hej Anna!"). */
const GREETING = new Set('hej hejsan hallå hi hello dear'.split(' '));

/** A name signing off after a slash at the end, or a dash opening the last line ("/Britt", "//Anna", "\n– Per Ek"). */
const SLASH_NAME = /(?:(?:^|\s)\/+|\n[ \t]*[–—-])\s*(\p{Lu}\p{L}*(?:[ -]\p{Lu}\p{L}*){0,2})[\s.!]*$/u;

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
  const signed = slash !== null && slash.index > 0 && isSignedName(slash[1]!, true) ? trimmed.slice(0, slash.index) : withoutNameLine(trimmed);
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
    } else if (REQUESTED.has(w)) {
      // "tack för (snabbt) svar" thanks for an answer; "Svar tack!", "Hjälp tack" ask for one ("X, tack" is "X, please")
      let j = i - 1;
      while (j >= 0 && MODIFIERS.has(words[j]!.toLowerCase())) j--;
      if (j < 0 || !/^(?:för|for)$/i.test(words[j]!)) return false;
    } else if (COURTESY.has(w)) continue;
    // the person greeted ("Hej Anna, tack!")
    else if (i > 0 && GREETING.has(words[i - 1]!.toLowerCase()) && isName(words[i]!)) continue;
    else return false;
  }
  return thanks;
}

/** Words that are never a name signing off, on a line of their own ("Tack!\nBrådskande", "Tack.\nAkut!"). */
const NOT_A_NAME = new Set(
  'brådskande akut viktigt obs nej ja hjälp snälla ring ringer igen fortfarande inte aldrig varför när snarast omgående sos nu genast idag ikväll mig oss urgent asap help please why when not now today'.split(' '),
);

/** The text without its last line when that line is a name signing off ("Tack!\nFredrik", "Tack!\nKE", "Tack så mycket!\nGun Ek"). */
function withoutNameLine(text: string): string {
  const nl = text.lastIndexOf('\n');
  if (nl <= 0) return text;
  const last = text.slice(nl + 1).replace(/[\s.!]+$/u, '');
  return isSignedName(last, false) && last.split(/[ -]/).length <= 2 ? text.slice(0, nl) : text;
}

/**
 * Whether words are a name signing off: capitalised, none of the thanks' own words nor an alarm word
 * ("Brådskande", "Akut", "SOS"); initials ("KE") only after a slash.
 */
function isSignedName(text: string, afterSlash: boolean): boolean {
  const words = text.split(/[ -]/);
  return words.every(
    (w) => (/^\p{Lu}\p{Ll}+$/u.test(w) || (afterSlash && /^\p{Lu}{1,3}$/u.test(w))) && isName(w) && !NOT_A_NAME.has(w.toLowerCase()),
  );
}

/** A capitalised word that is none of the thanks' own words. */
function isName(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && !ACKNOWLEDGING.has(w) && !COURTESY.has(w) && !SIGN_OFF.has(w);
}
