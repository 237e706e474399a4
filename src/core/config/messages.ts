import { joinList } from '../text/joinList';

/**
 * Validation messages in both languages. A schema carries its message in English (zod's
 * `message`); {@link bilingual} registers the Swedish text under the same English text at the
 * place the message is written, so every message a schema can give has its Swedish beside it
 * and none is lost to a lookup table kept elsewhere. Dynamic messages (built per value) travel
 * in the issue itself: `params: { sv }`.
 */

const SWEDISH_BY_ENGLISH = new Map<string, string>();

/**
 * A schema message in Swedish and English; returns the English text for zod's `message`.
 * @example z.string().regex(/^\d+$/, bilingual({ sv: 'bara siffror', en: 'digits only' }))
 */
export function bilingual(text: { sv: string; en: string }): string {
  SWEDISH_BY_ENGLISH.set(text.en, text.sv);
  return text.en;
}

/** The Swedish text registered for an English schema message, if any. */
export function swedishFor(english: string): string | undefined {
  return SWEDISH_BY_ENGLISH.get(english);
}

/** Issue options for a message built per value (custom issues and refinements keep `params`). */
export function issueText(text: { sv: string; en: string }): { message: string; params: { sv: string } } {
  return { message: text.en, params: { sv: text.sv } };
}

/** Edit distance with transpositions (optimal string alignment), for "did you mean" hints; strings are short. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known value closest to a misspelt one, when it is close enough to be a likely typo
 * (at most a third of its letters differ, case ignored), else null.
 * @example closestMatch('Europe/Stokholm', ['Europe/Stockholm', 'Europe/Oslo']) //=> 'Europe/Stockholm'
 */
export function closestMatch(value: string, known: readonly string[]): string | null {
  const wanted = value.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (Math.abs(candidate.length - value.length) > bestDistance) continue;
    const d = distance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === null || bestDistance === 0) return best;
  return bestDistance <= Math.max(1, Math.floor(value.length / 3)) ? best : null;
}

/**
 * `"a", "b" och "c"` / `"a", "b" and "c"`: values as they are written in a JSON file (double
 * quotes), so a suggestion can be copied into the file as it stands.
 */
export function listOf(values: readonly string[], lang: 'sv' | 'en'): string {
  return joinList(values.map((v) => JSON.stringify(v)), lang === 'sv' ? 'och' : 'and');
}

/** Rule ids: lower-case letters, digits and `_:.-`, so they can be written in records and logs. */
export const RULE_ID_MESSAGE = bilingual({
  sv: 'regelns id får bara innehålla små bokstäver a–z, siffror och _:.- (och börja med en bokstav eller siffra)',
  en: 'rule ids are lower-case letters a–z, digits and _:.- (starting with a letter or digit)',
});
