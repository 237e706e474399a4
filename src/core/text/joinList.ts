/** Words as a person lists them: "a", "a och b", "a, b och c" (`and` is the language's word). */
export function joinList(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]!}`;
}

/** A share as a percentage with one decimal, in the language's way: "82,5 %" / "82.5 %". */
export function percentText(share: number, lang: 'sv' | 'en'): string {
  return `${(share * 100).toFixed(1).replace('.', lang === 'sv' ? ',' : '.')} %`;
}
