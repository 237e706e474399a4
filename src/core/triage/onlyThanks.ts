/**
 * A bare thanks: the writer's newest text says nothing but thanks or an acknowledgement ("Tack!",
 * "Tack så hemskt mycket!! /Britt", "Ok, uppfattat. Mvh Per Ek", "Thanks a lot"). That closes a
 * conversation (SPEC §1: a bare "Tack!" is inget ärende), so the rule `ej.baratack` may take the
 * deadline away — but only when EVERY word is one of thanks, courtesy or a name signing off: one
 * word more is a contact ("Tack. Vad kostar det?", "Tack, kan ni ringa mig", "Tack, skicka
 * blanketten", "Tack men det funkar inte"). Inget ärende needs positive evidence; a list of what a
 * thanks may hold is that evidence, where a list of what a request may say never is complete.
 */

/** The words that thank or acknowledge: at least one must be there. */
const ACKNOWLEDGING = new Set(
  (
    'tack tacken tackar tackat thanks thank thx tack! ok okej okay okey toppen uppfattat mottaget noterat perfekt kanon utmärkt ' +
    'strålande suveränt fint jättebra superbra bra great'
  ).split(' '),
);

/** Words a thanks is written with besides the thanks itself: courtesy, intensifiers, what it is for, a greeting, a sign-off. */
const COURTESY = new Set(
  (
    'så jättemycket mycket hemskt himla väldigt enormt tusen stort stora varmt varma hjärtligt hjärtliga många ' +
    'för hjälpen hjälp svaret svar snabbt snabba snabb infon informationen info beskedet besked er ert ditt din era dina ' +
    'då nu igen allt det är var löst fixat klart ordnat gjort bra hörs vi ses ha en trevlig fin dag helg kväll vecka jag vet förstår förstått ' +
    // the matter done, told back ("Tack!! Nu lyser den", "Tack, nu fungerar det igen", "Tack, ni har hämtat den")
    'den de dom ni har lyser fungerar funkar hämtat hämtade tömt tömd tömda lagat lagad lagade fixad fixade kommit fått ' +
    'hej hejsan hallå vänliga vänlig bästa med hälsar ' +
    'you very so much a lot lots many for the your help reply answer quick info information again all best kind have nice day ' +
    'weekend hi hello dear'
  ).split(' '),
);

/** Words at a greeting, after which a capitalised word is the person greeted ("Hej Anna!"). */
const GREETING = new Set('hej hejsan hallå hi hello dear'.split(' '));

/** At most this many words: a thanks is short. */
const MAX_WORDS = 12;

/**
 * Whether a text is nothing but a thanks or an acknowledgement, with courtesy around it and a name
 * signing off.
 * @example isOnlyThanks('Tack så hemskt mycket!!\n/Britt') //=> true
 * @example isOnlyThanks('Tack. Vad kostar det?') //=> false
 */
export function isOnlyThanks(text: string): boolean {
  if (text.includes('?')) return false;
  const words = withoutSignedName(text).match(/[\p{L}]+/gu);
  if (words === null || words.length === 0 || words.length > MAX_WORDS) return false;
  let thanks = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    if (ACKNOWLEDGING.has(w)) thanks = true;
    // after a closing ("Mvh Per Ek", "Hälsningar Britt"): at most three names end the text
    else if (SIGN_OFF.has(w)) return thanks && words.length - i - 1 <= 3 && words.slice(i + 1).every(isName);
    else if (COURTESY.has(w)) continue;
    // the person greeted ("Hej Anna, tack!")
    else if (i > 0 && GREETING.has(words[i - 1]!.toLowerCase()) && isName(words[i]!)) continue;
    else return false;
  }
  return thanks;
}

/** Closings after which the writer's name follows. */
const SIGN_OFF = new Set('mvh hälsningar hälsning regards cheers'.split(' '));

/** One to three capitalised words: a name ("Britt", "Per Ek", "Anna-Karin"). */
const NAME = /^\p{Lu}\p{L}*(?:[ -]\p{Lu}\p{L}*){0,2}$/u;

/** The text without a name signing it at the end: "/Britt", a last line of its own ("– Per Ek"), ", Lennart". */
function withoutSignedName(text: string): string {
  const t = text.trimEnd();
  const named = (s: string): boolean => NAME.test(s) && s.split(/[ -]/).every(isName);
  const slash = /\s*\/+\s*([^/\n]*?)[\s.!]*$/u.exec(t);
  if (slash !== null && slash.index > 0 && named(slash[1]!)) return t.slice(0, slash.index);
  const nl = t.lastIndexOf('\n');
  if (nl > 0) {
    const last = t.slice(nl + 1).replace(/^[\s–—-]+/u, '').replace(/[\s.!]+$/u, '');
    if (named(last)) return t.slice(0, nl);
  }
  const comma = /,\s*([^,\n]*?)[\s.!]*$/u.exec(t);
  if (comma !== null && comma.index > 0 && named(comma[1]!)) return t.slice(0, comma.index);
  return t;
}

/** A capitalised word that is none of the thanks' own words. */
function isName(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && !ACKNOWLEDGING.has(w) && !COURTESY.has(w);
}
