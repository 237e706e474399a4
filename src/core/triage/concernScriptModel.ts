import type { Concern } from './concern';
import { normaliseScriptText } from './concernOtherScripts';
import { CONCERN_SCRIPT_MODEL_DATA } from './concernScriptModelData';
import { ZONE_INDEX, type MessageZones } from './zones';

/*
 * The script model reads a text mostly in Arabic, Cyrillic or Ge'ez script (Arabic, Persian/Dari, Kurdish Sorani, Ukrainian, Russian,
 * Tigrinya: the other scripts Swedish municipalities most often receive) as a report of concern or not, where neither reader found one. Word lists do not reach far in those
 * languages: an independent review (2026-12-07, P: 90 reports, 90 ordinary texts in eight languages) found that the words added
 * for two reviews' classes of missed reports found only three of its reports more. The model weighs every word and the letter
 * sequences inside the words (Arabic and Persian join prepositions, articles and pronouns to a word: "وجدتها", "بخانه‌اش"), so a
 * word it has not seen in that form still counts. It is trained on the reviews' texts in those scripts and the labelled sets'
 * (`scripts/train-concern-script-model.ts`), decides only at the threshold chosen by cross-validation over the reviews, names the
 * words that weighed most, and its decisions, like every decision on such a text, are marked for a person's look.
 */

/** A trained script model: a logistic regression over the features of {@link scriptFeatures}. */
export interface ScriptModelData {
  version: 1;
  /** The probability from which the model reads a report of concern. */
  threshold: number;
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** Letter sequences of these lengths inside each word (the word's edges marked), besides the word itself. */
const GRAMS = [3, 4, 5] as const;

/**
 * The features of a text: each word (`w:` and the word) and the letter sequences of three to five inside it, with `^` and `$`
 * marking the word's edges; with the word each came from, for the explanation. Texts are normalised as the script reader reads them.
 * Words in Latin letters are left out: the Swedish words such a text carries ("hemtjänst", a street) are the rules' to read, and
 * the model should learn the language of the script, not which Swedish words its writers mixed in.
 * @example [...scriptFeatures('جدتي لم تأكل').keys()].includes('w:جدتی') //=> true
 */
export function scriptFeatures(text: string): Map<string, string> {
  const out = new Map<string, string>();
  // the script itself, so that each has its own base rate (its writers' reports and other texts weigh apart)
  const script = mainScript(text);
  if (script !== null) out.set(`s:${script}`, '');
  // (an apostrophe inside a word is part of it: "п'яний", "б'є")
  for (const raw of normaliseScriptText(text).split(/[^\p{L}\p{N}\u200c'ʼ’]+/u)) {
    const word = raw.replace(/^['ʼ’]+|['ʼ’]+$/g, '');
    if (word.length < 2 || /^\p{N}+$/u.test(word) || /[a-z]/.test(word)) continue;
    if (!out.has(`w:${word}`)) out.set(`w:${word}`, word);
    const padded = `^${word}$`;
    for (const n of GRAMS) {
      for (let i = 0; i + n <= padded.length; i++) {
        const g = padded.slice(i, i + n);
        if (!out.has(g)) out.set(g, word);
      }
    }
  }
  return out;
}

/**
 * Words of time ("today", "yesterday", "last night"), of saying ("says", "told") and of age ("years", "about") in the scripts the
 * model reads, normalised: never named as the reason while another word weighed towards a concern.
 */
const UNTELLING: ReadonlySet<string> = new Set(
  [
    'اليوم', 'مبارح', 'امبارح', 'البارحة', 'امس', 'انها', 'عندها', 'عنده', 'عليه', 'عليها', 'تقريبا', 'سنوات', 'سنين', 'عمري', 'عمرها', 'عمره', 'قالت', 'يقول', 'تقول',
    'امروز', 'دیروز', 'دیشب', 'ساله', 'سالمه', 'سالشه', 'میگه', 'گفت',
    'сьогодні', 'сегодня', 'вчера', 'вчора', 'говорит', 'говорить', 'сказала', 'сказал', 'сказав', 'каже', 'років', 'роки', 'лет', 'года', 'около', 'близько',
    'ئەمڕۆ', 'دوێنێ', 'ساڵە', 'ساڵ', 'نییە', 'መዓልቲ', 'ሎሚ', 'ትማሊ',
  ].map((w) => normaliseScriptText(w)),
);

/** The model's probability for a text and the three words (of four letters or more) that weighed most towards a concern. */
export function scriptModelScore(data: ScriptModelData, text: string): { probability: number; words: string[] } {
  const byWord = new Map<string, number>();
  let z = data.bias;
  for (const [feature, word] of scriptFeatures(text)) {
    const w = data.weights[feature];
    if (w === undefined) continue;
    z += w;
    if (word !== '') byWord.set(word, (byWord.get(word) ?? 0) + w);
  }
  // (a word of three letters or fewer — "كل", "на", "که" — tells an officer nothing)
  const towards = [...byWord].filter(([word, w]) => w > 0 && [...word].length >= 4);
  // words of time, saying and age weigh (reports are told as today's news) but tell an officer nothing: named only if nothing else is
  const telling = towards.filter(([word]) => !UNTELLING.has(word));
  const words = (telling.length > 0 ? telling : towards)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([word]) => word);
  return { probability: 1 / (1 + Math.exp(-z)), words };
}

/** How many of the text's first 2 000 letters are in each script the model reads, and in any other. */
function letterCounts(text: string): { arabic: number; cyrillic: number; geez: number; other: number } {
  const n = { arabic: 0, cyrillic: 0, geez: 0, other: 0 };
  for (const ch of text.slice(0, 2000)) {
    const c = ch.charCodeAt(0);
    if (c >= 0x0600 && c <= 0x06ff) n.arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) n.cyrillic++;
    else if (c >= 0x1200 && c <= 0x137f) n.geez++;
    else if (/\p{L}/u.test(ch)) n.other++;
  }
  return n;
}

/** The script most of the text's letters are in, of those the model reads, or null. */
function mainScript(text: string): 'arabic' | 'cyrillic' | 'geez' | null {
  const { arabic, cyrillic, geez } = letterCounts(text);
  const most = Math.max(arabic, cyrillic, geez);
  return most === 0 ? null : most === arabic ? 'arabic' : most === cyrillic ? 'cyrillic' : 'geez';
}

/** Whether most letters of the text are Arabic-script (Arabic, Persian/Dari, Sorani), Cyrillic or Ge'ez (Tigrinya): the scripts the model was trained on. */
export function inModelScript(text: string): boolean {
  const { arabic, cyrillic, geez, other } = letterCounts(text);
  return arabic + cyrillic + geez > other;
}

/**
 * A concern the script model reads in the subject and body of a text mostly in Arabic, Cyrillic or Ge'ez script, or null (another
 * script — Thai — it has seen too few texts of; below the shipped threshold; no word to name). Only for a text `writtenInOtherScript`;
 * triage/index.ts asks it where neither reader found a concern.
 */
export function scriptModelConcern(zones: MessageZones, data: ScriptModelData | null = CONCERN_SCRIPT_MODEL_DATA): Concern | null {
  if (data === null) return null;
  const text = `${zones.texts[ZONE_INDEX.subject]!}\n${zones.texts[ZONE_INDEX.body]!}`;
  if (!inModelScript(text)) return null;
  const { probability, words } = scriptModelScore(data, text);
  if (probability < data.threshold || words.length === 0) return null;
  return { how: 'model', quote: words.map((w) => asWritten(text, w)).join("', '"), zone: -1, probability };
}

/** The word of the text whose normalised form is `word` (with its vowel marks and hamza as the writer wrote them), or `word`. */
function asWritten(text: string, word: string): string {
  // (split as the features are, an apostrophe inside a word kept: "п'яний")
  for (const token of text.split(/[^\p{L}\p{M}\p{N}\u200c'ʼ’]+/u)) {
    const t = token.replace(/^['ʼ’]+|['ʼ’]+$/g, '');
    if (t !== '' && normaliseScriptText(t) === word) return t;
  }
  return word;
}
