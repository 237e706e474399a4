/**
 * The cues that tell what a sentence of a reply does: promise an answer ("vi återkommer", "du
 * får besked", "we will get back to you"), ask the citizen to act ("ansök senast", "please
 * send"), say the usual acknowledgement things (greeting, thanks, received, registered, who
 * handles it), or give the answer itself ("Ja, …", "svaret är", "bifogar"). Words are folded;
 * a cue is a word stem (matches the start of a word) or a sequence of whole words.
 */
import type { Token } from './replyText';

interface Cue {
  /** Folded words; the last is a stem when `stem` is true. */
  words: readonly string[];
  stem: boolean;
}

function cues(list: readonly string[]): Cue[] {
  return list.map((text) => {
    const stem = text.endsWith('*');
    return { words: (stem ? text.slice(0, -1) : text).split(' '), stem };
  });
}

/** The municipality will answer, decide, act or get in touch. */
const RESPONSE = cues([
  'aterkom*', 'aterkopp*', 'aterhor*', 'svar', 'svaret', 'svara', 'svarar', 'besvar*', 'besked*', 'beslut', 'beslutet', 'bedom*',
  'handlaggs', 'handlaggas', 'handlaggning*', 'behandla*', 'behandlas', 'utreds', 'utreda', 'utredning*', 'meddela*',
  'kontaktar', 'kontakta dig', 'kontakta er', 'ringer', 'ringa dig', 'ringa upp', 'hor av', 'hora av', 'hor fran', 'hora fran',
  'horas', 'klart', 'klar', 'fardig*', 'skickar', 'skicka dig', 'informera*', 'mejla dig', 'mejlar dig', 'skriver till dig',
  'uppdater*', 'beraknas', 'beraknad*', 'raknar med', 'planerar', 'hinner', 'titta pa', 'tittar pa', 'kolla*', 'undersok*',
  'granska*', 'prova*', 'provning*', 'utskick*', 'leverera*', 'komma tillbaka', 'kommer tillbaka', 'ge dig', 'far du', 'far ni',
  'respond*', 'respons*', 'reply', 'replies', 'answer*', 'decision*', 'decide*', 'get back', 'hear from', 'hear back',
  'be in touch', 'contact you', 'let you know', 'follow up', 'come back', 'call you', 'reach out', 'update*', 'feedback',
  'resolv*', 'processed', 'process your', 'review*', 'assess*', 'complete*', 'ready', 'investigat*', 'in touch',
  'email you', 'e mail you', 'write to you', 'back to you',
  'inform you', 'notif*', 'send you', 'expect', 'look into', 'looking into', 'deal with', 'dealt with', 'handled',
]);

/**
 * The municipality will come back to the citizen — said without a date it is a holding reply
 * ("vi återkommer", "we will get back to you"): neither an answer nor a promise. Narrower than
 * {@link RESPONSE}: only words that say contact is still to come.
 */
const HOLDING = cues([
  'aterkommer', 'aterkomma', 'aterkopplar', 'aterkoppla', 'far aterkoppling', 'aterhor*', 'hor av oss', 'hora av oss',
  'hor av mig', 'hora av mig', 'hor av sig', 'hora av sig', 'kontaktar dig', 'kontaktar er', 'kontakta dig', 'kontakta er',
  'ringer dig', 'ringer er', 'ringer upp', 'ringa dig', 'ringa upp', 'svarar dig', 'svarar er', 'svara dig', 'svara er',
  'ge dig svar', 'ge dig besked', 'ge er svar', 'ge er besked', 'far svar sa snart', 'far besked sa snart', 'svar sa snart',
  'besked sa snart', 'get back to you', 'get back with', 'be in touch', 'hear from us', 'hear from me', 'hear back',
  'contact you', 'let you know', 'come back to you', 'reply to you', 'respond to you', 'answer you', 'follow up with you',
  'update you', 'call you', 'write to you', 'email you',
]);

/** The citizen is asked to act by a date: the date is theirs, not the municipality's promise. */
const CITIZEN_ACTION = cues([
  'ansok', 'ansoka', 'skicka in', 'lamna in', 'komplettera', 'sista dag*', 'sista ansokningsdag*', 'du behover', 'ni behover',
  'du maste', 'ni maste', 'betala*', 'anmal dig', 'anmala dig', 'boka', 'vanligen', 'var vanlig', 'inkom med', 'inkomma',
  'overklag*', 'please send', 'please submit', 'please reply', 'you need', 'you must', 'deadline', 'submit', 'apply', 'register by',
  'pay', 'appeal*',
]);

/** The two parties of the conversation: the municipality (vi, jag, our) and the citizen (du, your). */
const PARTIES = new Set([
  // (vår/vårt/våra fold to var/vart/vara, which are common verbs, and English "I" folds to the
  // Swedish "i": those are left out)
  'vi', 'oss', 'jag', 'mig', 'du', 'dig', 'din', 'ditt', 'dina', 'ni', 'er', 'ert', 'era',
  'we', 'us', 'our', 'me', 'my', 'you', 'your',
]);

/** Nouns that name the reply itself: "Svar senast 3/12", "Expected reply date: 12 May". */
const REPLY_NOUNS = cues(['svar', 'svaret', 'besked', 'beskedet', 'aterkoppling', 'reply', 'answer', 'response']);

/** A noun naming the reply stands within `reach` tokens of [first, end). */
export function replyNounNear(tokens: readonly Token[], first: number, end: number, reach = 3): boolean {
  return findCue(tokens, REPLY_NOUNS, Math.max(0, first - reach), Math.min(tokens.length, end + reach)) >= 0;
}

/** "Om du vill överklaga …", "If you want to …": a condition on what the citizen does. */
export function isCitizenCondition(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.text);
  return (words[0] === 'om' && (words[1] === 'du' || words[1] === 'ni')) || (words[0] === 'if' && words[1] === 'you');
}

/** The sentence names a party of the conversation: a promise is made to the citizen, not about a third party's schedule. */
export function namesParty(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && PARTIES.has(t.text));
}

/** What acknowledgements say besides the date: greeting, thanks, receipt, registration, handler, contact. */
const ACKNOWLEDGEMENT_TALK = cues([
  'hej', 'hejsan', 'hallo', 'god morgon', 'god dag', 'tack*', 'mottag*', 'tagit emot', 'tar emot', 'fatt ditt', 'fatt din',
  'fatt ert', 'fatt er', 'registrer*', 'diarie*', 'arendenummer*', 'referensnummer*', 'handlaggare*', 'handlagger', 'skickat vidare',
  'skickats vidare', 'vidarebefordr*', 'overlamn*', 'lamnat over', 'beklag*', 'ursakt*', 'forlat', 'talamod', 'drojer', 'drojt', 'drojsmal*',
  'fragor', 'fraga', 'kontakta oss', 'ring oss', 'trevlig*', 'halsning*', 'ditt arende', 'ert arende', 'din fraga', 'din ansokan',
  'din felanmalan', 'din anmalan', 'ditt mejl', 'ditt mail', 'ditt meddelande', 'ditt brev', 'arendet', 'hanteras',
  'hello', 'hi', 'dear', 'thank*', 'received', 'receipt', 'register*', 'reference', 'case number', 'forwarded', 'passed on',
  'sorry', 'apolog*', 'patience', 'questions', 'contact us', 'call us', 'regards', 'your enquiry', 'your inquiry', 'your question',
  'your message', 'your email', 'your e mail', 'your application', 'your case', 'your report', 'handled by', 'case officer',
]);

/** The answer itself: yes/no, "svaret är", an attachment, a decision. */
const ANSWER_GIVEN = cues([
  'svaret ar', 'svaret pa din fraga', 'har kommer svaret', 'har ar svaret', 'bifogar', 'bifogat', 'bifogad*', 'se bifogad*',
  'beviljats', 'beviljas', 'beviljad', 'avslag*', 'avslas', 'godkant', 'godkand', 'godkants',
  'the answer', 'here is', 'here are', 'attached', 'attachment', 'granted', 'approved', 'rejected', 'declined',
]);

const ANSWER_OPENERS = new Set(['ja', 'nej', 'yes', 'no']);

function matchesAt(tokens: readonly Token[], i: number, cue: Cue): boolean {
  let j = i;
  for (let k = 0; k < cue.words.length; k++) {
    while (j < tokens.length && tokens[j]!.kind === 'punct' && tokens[j]!.text !== '.') j++; // "e-post" → e post
    const t = tokens[j];
    if (t === undefined || t.kind !== 'word') return false;
    const w = cue.words[k]!;
    const last = k === cue.words.length - 1;
    if (last && cue.stem ? !t.text.startsWith(w) : t.text !== w) return false;
    j++;
  }
  return true;
}

/** Index of the first token where a cue of the list starts, within [from, to), or -1. */
function findCue(tokens: readonly Token[], list: readonly Cue[], from = 0, to = tokens.length): number {
  for (let i = from; i < to; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    for (const cue of list) if (matchesAt(tokens, i, cue)) return i;
  }
  return -1;
}

export const hasResponseCue = (tokens: readonly Token[], from?: number, to?: number): boolean => findCue(tokens, RESPONSE, from, to) >= 0;
export const citizenActionAt = (tokens: readonly Token[], from?: number, to?: number): number => findCue(tokens, CITIZEN_ACTION, from, to);
/**
 * Index of the first holding cue ("vi återkommer", "we will get back to you") of a sentence, or -1.
 * An offer on a condition ("vi återkommer om du har fler frågor", "we will get back to you if …")
 * is not one: it does not say the matter is still open.
 */
export function holdingCueAt(tokens: readonly Token[]): number {
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.text);
  for (let i = 0; i + 1 < words.length; i++) {
    if ((words[i] === 'om' || words[i] === 'ifall' || words[i] === 'if') && PARTIES.has(words[i + 1]!)) return -1;
  }
  return findCue(tokens, HOLDING);
}
export const hasAcknowledgementTalk = (tokens: readonly Token[]): boolean => findCue(tokens, ACKNOWLEDGEMENT_TALK) >= 0;

/** The sentence gives the answer: it opens with yes/no or names the answer, an attachment or a decision. */
export function givesAnswer(tokens: readonly Token[]): boolean {
  const first = tokens.find((t) => t.kind === 'word');
  if (first && ANSWER_OPENERS.has(first.text)) {
    const after = tokens[tokens.indexOf(first) + 1];
    // "Ja," / "Nej." / "No, …" — not "no later than"
    if (after === undefined || (after.kind === 'punct' && after.text !== '-')) return true;
  }
  return findCue(tokens, ANSWER_GIVEN) >= 0;
}
