import { foldKeepingSwedish, foldText } from './fold';

/**
 * How an admin-written keyword is matched. Keywords are plain words or phrases, never patterns:
 * - matched after folding (case, å/ä/ö, punctuation), so `gatlykta` also matches `Gatlyktan`;
 * - a keyword matches at the start of a word, or — from four letters — inside a compound
 *   (`belysning` matches `gatubelysningen`); a leading `=` allows only the start of a word
 *   (`=gata` matches `gatan` but not `Storgatan`);
 * - after the keyword may follow an inflection (`-en`, `-ar`, `-erna` …) or — from four letters —
 *   the rest of a compound (`bygglov` matches `bygglovsansökan`); a trailing `=` allows only an
 *   inflection (`=park=` matches `parken`, not `parkering`);
 * - a phrase (`hål i vägen`) matches its words in order;
 * - a keyword of one or two letters (`VA`, `CV`, `åk`) matches only as a whole word;
 * - write å, ä and ö: in a text written with them they are told apart from a and o (`tömt` is
 *   not `tomt`), in a text written without them (`hosten`, `bergvarme`) they are not.
 */
export interface KeywordSpec {
  /** The folded keyword, words separated by single spaces. */
  folded: string;
  /** May match inside a compound word. */
  infix: boolean;
  /** May be followed by the rest of a compound word (not only an inflection). */
  compound: boolean;
  /** Must be a whole word (keywords of one or two letters, like `VA` or `CV`). */
  exact: boolean;
  /**
   * The keyword with å, ä, ö kept, when it has any: in a text written with å/ä/ö only this form
   * matches (`tömt` is not `tomt`); in a text without them the folded form does (`bergvarme`).
   */
  swedish?: string;
}

/** Characters allowed in a keyword besides letters, digits and spaces. */
const ALLOWED_PUNCTUATION = new Set(['-', "'", '’', '.', '/', '&', '=', ':', ',']);
/** A text of only letters, digits, spaces and {@link ALLOWED_PUNCTUATION}. */
const ONLY_ALLOWED = /^[\p{L}\p{N} \-'’./&=:,]*$/u;

/**
 * A keyword as most are written: lower-case letters (å, ä, ö among them) and digits, words
 * separated by single spaces, perhaps with `=` first or last.
 */
const PLAIN_KEYWORD = /^=?[a-z0-9åäö]+(?: [a-z0-9åäö]+)*=?$/;
/** å, ä, ö: the letters a {@link PLAIN_KEYWORD} folds to a and o. */
const SWEDISH_IN_PLAIN = /[åäö]/;

/**
 * Keywords already found fine: a configuration is validated on every read and save, and its
 * thousands of keywords are the same each time. Bounded, so arbitrary input cannot grow it.
 */
const KNOWN_FINE = new Set<string>();
const KNOWN_FINE_MAX = 50_000;

/** Why a keyword is unusable, or null when it is fine. Bilingual, for config validation. */
export function keywordProblem(keyword: string): { sv: string; en: string } | null {
  if (KNOWN_FINE.has(keyword)) return null;
  const problem = findKeywordProblem(keyword);
  // only keywords a configuration may hold (100 characters at most), and a full set starts over
  if (problem === null && keyword.length <= 100) {
    if (KNOWN_FINE.size >= KNOWN_FINE_MAX) KNOWN_FINE.clear();
    KNOWN_FINE.add(keyword);
  }
  return problem;
}

function findKeywordProblem(keyword: string): { sv: string; en: string } | null {
  const trimmed = keyword.trim();
  // every character allowed is the common case, checked in one pass; else name each one that is not
  const bad = ONLY_ALLOWED.test(trimmed) ? [] : [...new Set([...trimmed].filter((ch) => !(/[\p{L}\p{N} ]/u.test(ch) || ALLOWED_PUNCTUATION.has(ch))))];
  if (bad.length > 0) {
    // an invisible character is named by its code; a visible one is shown as it is
    const show = (ch: string): string => (/[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? `'${ch}'` : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    const one = bad.length === 1;
    const shown = bad.map(show).join(' ');
    const allowed = [...ALLOWED_PUNCTUATION].join(' ');
    const cleaned = [...trimmed].map((c) => (/[\p{L}\p{N} ]/u.test(c) || ALLOWED_PUNCTUATION.has(c) ? c : ' ')).join('').replace(/\s+/g, ' ').trim();
    // what is left is worth suggesting only when it is still a word: "(a+)+$" leaves only "a"
    const word = (cleaned.match(/[\p{L}\p{N}]/gu) ?? []).length >= 3;
    const instead = word
      ? { sv: `, så att det står ${JSON.stringify(cleaned)}`, en: `, leaving ${JSON.stringify(cleaned)}` }
      : { sv: ' och skriv ordet eller uttrycket du vill hitta som vanlig text', en: ' and write the word or phrase you want to find as plain text' };
    return {
      sv: `nyckelordet ${JSON.stringify(trimmed)} innehåller ${one ? 'tecknet' : 'tecknen'} ${shown}, som inte får stå i ett nyckelord: bara bokstäver, siffror, mellanslag och ${allowed} är tillåtna (nyckelord jämförs som vanlig text, så parenteser och tecken som * + ? $ skulle inte fungera som i reguljära uttryck). Ta bort ${one ? 'tecknet' : 'dem'}${instead.sv}; behövs flera ord, skriv dem som egna nyckelord`,
      en: `the keyword ${JSON.stringify(trimmed)} contains the ${one ? 'character' : 'characters'} ${shown}, which a keyword may not contain: only letters, digits, spaces and ${allowed} are allowed (keywords are compared as plain text, so brackets and characters like * + ? $ would not work as in regular expressions). Remove ${one ? 'the character' : 'them'}${instead.en}; if you need several words, give them as separate keywords`,
    };
  }
  const inner = trimmed.replace(/^=/, '').replace(/=$/, '');
  if (inner.includes('=')) {
    return { sv: `'=' får bara stå först eller sist i nyckelordet ${JSON.stringify(trimmed)}`, en: `'=' may only start or end the keyword ${JSON.stringify(trimmed)}` };
  }
  const folded = foldText(inner);
  if (folded.replace(/ /g, '').length < 2) {
    return {
      sv: `nyckelordet ${JSON.stringify(trimmed)} behöver minst två bokstäver eller siffror`,
      en: `the keyword ${JSON.stringify(trimmed)} needs at least two letters or digits`,
    };
  }
  return null;
}

/** Parses a (valid) keyword into how it is matched. */
export function parseKeyword(keyword: string): KeywordSpec {
  return PLAIN_KEYWORD.test(keyword) ? parsePlain(keyword) : parseKeywordByFolding(keyword);
}

/** {@link parseKeyword} for any keyword, by folding it (the one-step reading of plain keywords must give the same). */
export function parseKeywordByFolding(keyword: string): KeywordSpec {
  const trimmed = keyword.trim();
  const wordStartOnly = trimmed.startsWith('=');
  const inflectionOnly = trimmed.length > 1 && trimmed.endsWith('=');
  const inner = trimmed.replace(/^=/, '').replace(/=$/, '');
  const folded = foldText(inner);
  const swedish = foldKeepingSwedish(inner);
  const lastWord = folded.slice(folded.lastIndexOf(' ') + 1);
  const firstWord = folded.slice(0, folded.includes(' ') ? folded.indexOf(' ') : folded.length);
  return {
    folded,
    infix: !wordStartOnly && firstWord.length >= 4,
    compound: !inflectionOnly && lastWord.length >= 4,
    exact: lastWord.length <= 2,
    ...(swedish !== folded ? { swedish } : {}),
  };
}

/**
 * The keyword as {@link parseKeyword} reads it, or null when {@link keywordProblem} finds it
 * unusable. Compiling rules reads tens of thousands of keywords, nearly all {@link PLAIN_KEYWORD}s,
 * whose characters are all allowed and each of whose letters and digits folds to one symbol: only a
 * one-letter one is unusable (too short). Any other keyword goes through keywordProblem.
 */
export function usableKeyword(keyword: string): KeywordSpec | null {
  if (!PLAIN_KEYWORD.test(keyword)) return keywordProblem(keyword) === null ? parseKeyword(keyword) : null;
  const spec = parsePlain(keyword);
  return spec.folded.length < 2 ? null : spec;
}

/**
 * {@link parseKeyword} of a {@link PLAIN_KEYWORD}, read in one step: its words are as written, the
 * keyword with å, ä, ö kept is the keyword itself, and folding turns å and ä into a and ö into o.
 */
function parsePlain(keyword: string): KeywordSpec {
  const wordStartOnly = keyword.charCodeAt(0) === 61; // '='
  const inflectionOnly = keyword.length > 1 && keyword.charCodeAt(keyword.length - 1) === 61;
  const inner = wordStartOnly || inflectionOnly ? keyword.slice(wordStartOnly ? 1 : 0, inflectionOnly ? keyword.length - 1 : keyword.length) : keyword;
  const firstSpace = inner.indexOf(' ');
  const firstWord = firstSpace < 0 ? inner.length : firstSpace;
  const lastWord = inner.length - inner.lastIndexOf(' ') - 1;
  const infix = !wordStartOnly && firstWord >= 4;
  const compound = !inflectionOnly && lastWord >= 4;
  const exact = lastWord <= 2;
  if (!SWEDISH_IN_PLAIN.test(inner)) return { folded: inner, infix, compound, exact };
  const folded = inner.replace(/[åä]/g, 'a').replace(/ö/g, 'o');
  return { folded, infix, compound, exact, swedish: inner };
}

/**
 * The forms a keyword is looked for in: itself and, for nouns ending in -a or -e, the plural
 * stem (`förskola` → `förskolor`, `stolpe` → `stolpar`), which the inflection rules cannot reach.
 */
export function keywordVariants(spec: KeywordSpec): KeywordSpec[] {
  if (spec.exact) return [spec];
  const lastWord = spec.folded.slice(spec.folded.lastIndexOf(' ') + 1);
  const stem = (ending: string): KeywordSpec => ({
    ...spec,
    folded: `${spec.folded.slice(0, -1)}${ending}`,
    ...(spec.swedish !== undefined ? { swedish: `${spec.swedish.slice(0, -1)}${ending}` } : {}),
  });
  if (lastWord.length >= 4 && lastWord.endsWith('a')) return [spec, stem('or')];
  if (lastWord.length >= 5 && lastWord.endsWith('e')) return [spec, stem('ar')];
  return [spec];
}
