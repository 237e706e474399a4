/**
 * LIX (läsbarhetsindex, Björnsson 1968): words per sentence plus the percentage of long
 * words (more than six letters). Below 30 is very easy, 40 is ordinary prose, above 50 is
 * hard (official documents), above 60 very hard.
 *
 * @example
 * lix('Vi svarar inom två dagar. Tack för ditt brev.') //=> 5 (a short, easy text)
 */
export function lix(text: string): number | null {
  const words = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0) return null;
  const sentences = Math.max(1, (text.match(/[.!?:]+(?=\s|$)/g) ?? []).length);
  const longWords = words.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
  return Math.round(words.length / sentences + (longWords * 100) / words.length);
}

/** The conventional reading of a LIX value, Swedish first. */
export function lixLevel(value: number): { sv: string; en: string } {
  if (value < 30) return { sv: 'mycket lättläst', en: 'very easy' };
  if (value < 40) return { sv: 'lättläst', en: 'easy' };
  if (value < 50) return { sv: 'medelsvår', en: 'average' };
  if (value < 60) return { sv: 'svår', en: 'hard' };
  return { sv: 'mycket svår', en: 'very hard' };
}
