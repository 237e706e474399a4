/**
 * The reply text as the recogniser reads it: sentences of tokens. A token is a word (folded:
 * lower case, å/ä/ö → a/a/o, as triage folds), a number, or one punctuation character, with
 * its place in the text (explanations quote the original words) and whether space came before
 * it (`27/11` is a date, `27 / 11` is not).
 */
import { foldText } from '../text/fold';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** Folded word, the digits of a number, or the punctuation character. */
  readonly text: string;
  /** The number's value (numbers only). */
  readonly value: number;
  readonly start: number;
  readonly end: number;
  /** Whitespace directly before the token. */
  readonly spaced: boolean;
}

export interface Sentence {
  readonly tokens: readonly Token[];
  /** Number of words (and numbers) in the sentence. */
  readonly words: number;
}

/** The recogniser reads at most this much of a reply's newest text. */
export const MAX_REPLY_CHARS = 8000;

const TOKEN = /\p{L}+|\d+|[^\s\p{L}\d]/gu;
const UPPER_OR_DIGIT_START = /^[\p{Lu}]/u;

/**
 * Splits text into sentences of tokens. A sentence ends at a line break, `!` or `?`, and at a
 * `.` followed by space and a capital letter (so `kl. 15`, `v. 48` and `27.11` stay inside).
 */
export function sentencesOf(text: string): Sentence[] {
  const source = text.length > MAX_REPLY_CHARS ? text.slice(0, MAX_REPLY_CHARS) : text;
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  const flush = (): void => {
    if (current.length > 0) {
      sentences.push({ tokens: current, words: current.filter((t) => t.kind !== 'punct').length });
      current = [];
    }
  };
  let lastEnd = 0;
  for (const m of source.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const between = source.slice(lastEnd, start);
    if (between.includes('\n') && current.length > 0) flush();
    lastEnd = start + raw.length;
    const spaced = start > 0 && /\s/.test(source.charAt(start - 1));
    const code = raw.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      current.push({ kind: 'num', text: raw, value: raw.length > 9 ? NaN : Number(raw), start, end: lastEnd, spaced });
    } else if (/\p{L}/u.test(raw)) {
      current.push({ kind: 'word', text: foldText(raw), value: NaN, start, end: lastEnd, spaced });
    } else {
      current.push({ kind: 'punct', text: raw, value: NaN, start, end: lastEnd, spaced });
      if (raw === '!' || raw === '?') flush();
      else if (raw === '.') {
        const after = source.slice(lastEnd, lastEnd + 3);
        if (/^\s*$/.test(after) || (/^\s/.test(after) && UPPER_OR_DIGIT_START.test(after.trimStart()))) flush();
      }
    }
  }
  flush();
  return sentences;
}
