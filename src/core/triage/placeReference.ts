import { SYMBOL_SPACE, symbolChar, symbolOf } from '../text/fold';

/**
 * Prepositions that make the following noun a place reference ("lampan vid busshållplatsen",
 * "gropen utanför idrottsplatsen"): the noun says where, not what the message is about.
 * `på` and `i` are left out: "plats på förskolan" is about the preschool.
 */
const PLACE_PREPOSITIONS = new Set([
  'vid', 'utanfor', 'forbi', 'bredvid', 'nara', 'intill', 'framfor', 'bakom', 'mittemot', 'nedanfor', 'ovanfor', 'invid', 'mellan', 'langs',
  'near', 'outside', 'past', 'beside', 'behind', 'opposite', 'between', 'along',
]);

// Local copies of imported bindings read per character: some module loaders (esbuild/tsx
// CommonJS output, which the benchmark runs) turn every read of an import into a getter call.
const SPACE = SYMBOL_SPACE;
const symbol = symbolOf;
const charOf = symbolChar;

/** How much a keyword that is only a place reference counts. */
export const PLACE_REFERENCE_FACTOR = 0.35;
/** How much more a department's keyword counts when it names what the writer asks about or applies for. */
export const TOPIC_FACTOR = 2;

/**
 * Words that make the next noun what the message is about: "angående bygglov", "gäller skolskjuts",
 * "ansöker bygglov" — and, before "om", what one applies for or asks about ("ansöker om bygglov",
 * "ansökan om skolskjuts", "fråga om färdtjänst", "ansöker vi om bygglov").
 */
const TOPIC_WORDS = new Set([
  'angaende', 'ang', 'betraffande', 'rorande', 'galler', 'gallande', 'avseende', 'regarding', 'concerning', 'soker', 'ansoker', 'sokt',
  'begar', 'felanmaler',
]);
const BEFORE_OM = new Set([
  'ansoker', 'ansokan', 'ansoka', 'soker', 'soka', 'fraga', 'fragor', 'fragan', 'undrar', 'anmalan', 'ansokning', 'begaran', 'forfragan',
  'information', 'info', 'beslut', 'klagomal', 'synpunkt', 'synpunkter', 'forslag',
]);

/** Start and end of the word before position `before` (skipping separators, not across a line break), or null. */
function previousWord(text: string, before: number): { start: number; end: number } | null {
  let e = before;
  let steps = 0;
  while (e > 0 && symbol(text.charCodeAt(e - 1)) === SPACE && steps < 8) {
    if (text.charCodeAt(e - 1) === 10) return null; // a new line starts a new thought
    e--;
    steps++;
  }
  if (e === 0 || steps >= 8) return null;
  let s = e;
  while (s > 0 && e - s < 30 && symbol(text.charCodeAt(s - 1)) !== SPACE) s--;
  return { start: s, end: e };
}

/** Whether text[start, end) folds to one of the place prepositions (short words only, no allocation for long ones). */
function isPreposition(text: string, start: number, end: number): boolean {
  return isWordIn(text, start, end, PLACE_PREPOSITIONS, MAX_PREPOSITION_LENGTH);
}

/** Whether text[start, end) folds to a word of `words` (no longer than `max`). */
function isWordIn(text: string, start: number, end: number, words: ReadonlySet<string>, max: number): boolean {
  const length = end - start;
  if (length < 2 || length > max) return false;
  let folded = '';
  for (let i = start; i < end; i++) folded += charOf(symbol(text.charCodeAt(i)));
  return words.has(folded);
}

/** The start of the word holding position `start` (at most 40 characters back). */
function wordStartOf(text: string, start: number): number {
  let s = start;
  while (s > 0 && start - s < 40 && symbol(text.charCodeAt(s - 1)) !== SPACE) s--;
  return s;
}

/**
 * True when the word holding position `start` names what the message is about: it follows a
 * topic word ("angående", "gäller", "ansöker"), "om" after one ("ansökan om", "fråga om",
 * "ansöker vi om"), or the preposition of a complaint ("klagomål på", "missnöjd med"). Bounded work.
 */
export function isTopicReference(text: string, start: number): boolean {
  const prev = previousWord(text, wordStartOf(text, start));
  if (!prev) return false;
  if (isWordIn(text, prev.start, prev.end, TOPIC_WORDS, 12)) return true;
  // what a complaint is about: "klagomål på socialtjänstens återkoppling", "missnöjd med hemtjänsten"
  if (isWordIn(text, prev.start, prev.end, COMPLAINT_PREPOSITIONS, 4)) {
    const before = previousWord(text, prev.start);
    return before !== null && isWordIn(text, before.start, before.end, BEFORE_COMPLAINT_PREPOSITION, 12);
  }
  // a yes/no question about what a service does ("Har socialtjänsten någon konsultation …?", "Kan
  // hemtjänsten komma …?", "Does the library …?"): the service it names is what is asked about
  if (isWordIn(text, prev.start, prev.end, QUESTION_VERBS, 8)) return startsSentence(text, prev.start);
  if (isWordIn(text, prev.start, prev.end, ARTICLES, 4)) {
    const verb = previousWord(text, prev.start);
    return verb !== null && isWordIn(text, verb.start, verb.end, QUESTION_VERBS, 8) && startsSentence(text, verb.start);
  }
  if (!isWordIn(text, prev.start, prev.end, OM, 2)) return false;
  let before = previousWord(text, prev.start);
  if (before !== null && isWordIn(text, before.start, before.end, SUBJECT_PRONOUNS, 3)) before = previousWord(text, before.start);
  return before !== null && isWordIn(text, before.start, before.end, BEFORE_OM, 12);
}
const OM = new Set(['om']);
/** Verbs that open a Swedish or English yes/no question about what someone does or has. */
const QUESTION_VERBS = new Set([
  'har', 'kan', 'far', 'brukar', 'erbjuder', 'gor', 'hjalper', 'tar', 'ger', 'ordnar', 'skickar',
  'does', 'do', 'can', 'could', 'will', 'would', 'offers', 'has',
]);
/** English articles and possessives between such a verb and the service ("Does the library …"). */
const ARTICLES = new Set(['the', 'your']);

/** Whether the word at `start` opens a sentence: nothing but spaces since the text's start, a line break or . ? ! */
function startsSentence(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && start - i < 8) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 160) {
      i--;
      continue;
    }
    return c === 10 || c === 13 || c === 46 || c === 63 || c === 33;
  }
  return i === 0;
}
const COMPLAINT_PREPOSITIONS = new Set(['pa', 'mot', 'med', 'over']);
/** Words of dissatisfaction whose preposition names what it is about. */
const BEFORE_COMPLAINT_PREPOSITION = new Set([
  'klagomal', 'klaga', 'klagar', 'kritik', 'kritisk', 'kritiska', 'missnojd', 'missnojda', 'besviken', 'besvikna', 'synpunkter', 'synpunkt',
  'anmarkning', 'reklamation', 'complaint', 'complain',
]);
const SUBJECT_PRONOUNS = new Set(['vi', 'jag', 'ni', 'man']);

const UPPER_CASE = /\p{Lu}/u;
const MAX_PREPOSITION_LENGTH = Math.max(...[...PLACE_PREPOSITIONS].map((p) => p.length));

/**
 * True when the word containing position `start` follows a place preposition, directly or
 * after one capitalised name ("vid Ekbackens skola"). Bounded work.
 */
export function isPlaceReference(text: string, start: number): boolean {
  const prev = previousWord(text, wordStartOf(text, start));
  if (!prev) return false;
  if (isPreposition(text, prev.start, prev.end)) return true;
  const first = text.charAt(prev.start);
  if (!UPPER_CASE.test(first)) return false;
  const before = previousWord(text, prev.start);
  return before !== null && isPreposition(text, before.start, before.end);
}
