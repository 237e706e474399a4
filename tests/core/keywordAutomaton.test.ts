import fc from 'fast-check';
import { ALPHABET_SIZE, SYMBOL_SPACE, symbolOf } from '../../src/core/text/fold';
import { ENDS_KEYWORD, buildKeywordAutomaton, step } from '../../src/core/text/keywordAutomaton';
import { KeywordMatcher } from '../../src/core/text/keywordMatcher';
import { keywordProblem, parseKeyword, parseKeywordByFolding, usableKeyword } from '../../src/core/text/keywordSyntax';

/** Folded symbols of a text as the scan feeds them: runs of separators are one space. */
function fed(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const s = symbolOf(text.charCodeAt(i));
    if (s === SYMBOL_SPACE && (out.length === 0 || out[out.length - 1] === SYMBOL_SPACE)) continue;
    out.push(s);
  }
  return out;
}

/**
 * The keywords the automaton reports after each symbol, walking its transitions; `depth` sets which
 * states have a full transition row (the others follow their edges and failure states).
 */
function automatonOutputs(keywords: string[], text: string, depth?: number): number[][] {
  const automaton = buildKeywordAutomaton(keywords, depth);
  const { outputStart, outputIds, shallow, dense, edge } = automaton;
  const out: number[][] = [];
  let state = 0;
  for (const sym of fed(text)) {
    const from = state;
    state = step(automaton, state, sym);
    // the scan learns from the transition itself whether a keyword ends in the state
    const ends = outputStart[state + 1]! > outputStart[state]!;
    expect((edge[state]! & ENDS_KEYWORD) !== 0).toBe(ends);
    if (from < shallow) expect(dense[from * ALPHABET_SIZE + sym]!).toBe(2 * state + (ends ? 1 : 0));
    out.push(Array.from(outputIds.subarray(outputStart[state]!, outputStart[state + 1]!)));
  }
  return out;
}

/**
 * The naive search: after each symbol, every keyword whose symbols end there — longest first,
 * equal lengths in list order (the order the matcher reports hits ending at one place).
 */
function naiveOutputs(keywords: string[], text: string): number[][] {
  const symbols = fed(text);
  const words = keywords.map((k) => Array.from({ length: k.length }, (_, i) => symbolOf(k.charCodeAt(i))));
  return symbols.map((_, end) =>
    words
      .map((w, id) => ({ w, id }))
      .filter(({ w }) => w.length <= end + 1 && w.every((s, i) => s === symbols[end + 1 - w.length + i]))
      .sort((a, b) => b.w.length - a.w.length || a.id - b.id)
      .map(({ id }) => id),
  );
}

// a small alphabet so that keywords overlap, share prefixes and occur in the texts; Swedish
// letters, capitals, digits, punctuation and spaces included
const CHARS = ['a', 'b', 'g', 'n', 'å', 'ä', 'ö', 'Å', 'Ö', 'A', 'N', 'é', ' ', ' ', '-', '1', '0', '\n'];
/** The character of each folded symbol. */
const SYMBOLS = ' abcdefghijklmnopqrstuvwxyz0123456789#';
const textOf = (max: number) => fc.array(fc.constantFrom(...CHARS), { maxLength: max }).map((cs) => cs.join(''));
/** Keywords as the matcher receives them: folded, no leading or trailing space, at least one symbol. */
const keywordOf = textOf(6)
  .map((s) => fed(s).map((sym) => SYMBOLS.charAt(sym)).join('').trim())
  .filter((k) => k.length > 0);

describe('keyword automaton', () => {
  it('reports after each symbol exactly the keywords a naive search finds ending there, in the same order', () => {
    fc.assert(
      fc.property(fc.array(keywordOf, { minLength: 1, maxLength: 12 }), textOf(60), fc.integer({ min: 0, max: 6 }), (keywords, text, depth) => {
        expect(automatonOutputs(keywords, text, depth)).toEqual(naiveOutputs(keywords, text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads keywords given unfolded (capitals, å/ä/ö) as their folded symbols', () => {
    fc.assert(
      fc.property(fc.array(textOf(5).filter((k) => k.trim().length > 0 && !/\s/.test(k)), { minLength: 1, maxLength: 8 }), textOf(40), (keywords, text) => {
        // each code unit as its symbol's character (separators are not collapsed inside a keyword)
        const folded = keywords.map((k) => Array.from({ length: k.length }, (_, i) => SYMBOLS.charAt(symbolOf(k.charCodeAt(i)))).join(''));
        expect(automatonOutputs(keywords, text)).toEqual(automatonOutputs(folded, text));
      }),
      { numRuns: 200 },
    );
  });

  it('lets the matcher find a keyword wherever it stands as a word, whatever else the list holds', () => {
    const words = ['gatlykta', 'gata', 'lykta', 'bygglov', 'förskola', 'för', 'skola', 'hål i vägen', 'väg'];
    fc.assert(
      fc.property(fc.shuffledSubarray(words, { minLength: 1 }), fc.constantFrom(...words), (list, word) => {
        const keywords = [...list, word];
        const matcher = new KeywordMatcher(keywords.map(parseKeyword));
        const found: number[] = [];
        matcher.scan(`Hej! Det gäller ${word} i dag.`, (id) => found.push(id));
        expect(found).toContain(keywords.length - 1);
      }),
      { numRuns: 100 },
    );
  });
});

describe('keywordProblem', () => {
  /** The check character by character, as it was written before the one-pass check. */
  const allowedOneByOne = (keyword: string) =>
    [...keyword.trim()].every((ch) => /[\p{L}\p{N} ]/u.test(ch) || ['-', "'", '’', '.', '/', '&', '=', ':', ','].includes(ch));

  it('refuses a keyword for a character exactly when some character is not allowed', () => {
    const chars = fc.constantFrom('a', 'ö', 'Å', '1', ' ', '-', "'", '’', '.', '/', '&', '=', ':', ',', '(', '*', '?', '$', '\u200b', '\ud83d', '😀', 'ß', '٣');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }).map((cs) => cs.join('')), (keyword) => {
        const problem = keywordProblem(keyword);
        const aboutCharacter = problem !== null && problem.en.includes('contains the character');
        expect(aboutCharacter).toBe(!allowedOneByOne(keyword));
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseKeyword and usableKeyword', () => {
  it('read a keyword as folding it does, and usableKeyword refuses what keywordProblem refuses', () => {
    // plain keywords (lower-case letters, å, ä, ö, digits, single spaces, '=' at the ends) and others
    const chars = fc.constantFrom('a', 'b', 'e', 'k', 'å', 'ä', 'ö', '1', ' ', ' ', '=', 'Ö', 'A', 'é', '-', '  ', '\t', '(', 'æ');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 14 }).map((cs) => cs.join('')), (keyword) => {
        const expected = parseKeywordByFolding(keyword);
        // the same fields, in the same order
        expect(JSON.stringify(parseKeyword(keyword))).toBe(JSON.stringify(expected));
        expect(JSON.stringify(usableKeyword(keyword))).toBe(JSON.stringify(keywordProblem(keyword) === null ? expected : null));
      }),
      { numRuns: 3000 },
    );
  });
});
