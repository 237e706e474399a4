/**
 * Concrete klarspråk hints for a text a person is writing: which sentences are long and which
 * words are long, so the LIX number comes with something to do about it. Linear-time.
 */

export interface PlainLanguageHints {
  /** Sentences of more than {@link LONG_SENTENCE_WORDS} words, with their word counts (first 3). */
  longSentences: { start: string; words: number }[];
  /** Distinct words of at least {@link LONG_WORD_LETTERS} letters, longest first (first 5). */
  longWords: string[];
}

export const LONG_SENTENCE_WORDS = 25;
export const LONG_WORD_LETTERS = 14;

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * @example plainLanguageHints('Vi återkommer. Handläggningstiden beräknas ...').longWords //=> ['handläggningstiden']
 */
export function plainLanguageHints(text: string): PlainLanguageHints {
  const sentences = text.split(/(?<=[.!?:])\s+|\n{2,}/);
  const longSentences: PlainLanguageHints['longSentences'] = [];
  const words = new Map<string, string>();
  for (const s of sentences) {
    const found = s.match(WORD) ?? [];
    if (found.length > LONG_SENTENCE_WORDS && longSentences.length < 3) {
      longSentences.push({ start: found.slice(0, 6).join(' '), words: found.length });
    }
    for (const w of found) {
      if (w.replace(/[-'’]/g, '').length >= LONG_WORD_LETTERS && !/\d/.test(w)) {
        const key = w.toLocaleLowerCase('sv');
        if (!words.has(key)) words.set(key, key);
      }
    }
  }
  const longWords = [...words.values()].sort((a, b) => b.length - a.length || a.localeCompare(b, 'sv')).slice(0, 5);
  return { longSentences, longWords };
}
