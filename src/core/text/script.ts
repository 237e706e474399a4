import { SYMBOL_OTHER_LETTER, SYMBOL_SPACE, symbolOf } from './fold';

/** Letters of a script the keyword matcher cannot tell apart, from this many on, in most of the text. */
const UNREAD_SCRIPT_LETTERS = 20;

/**
 * The texts are mostly written in a script other than Latin (Arabic, Persian, Tigrinya,
 * Cyrillic …): the keyword matcher folds every such letter to one symbol, so no keyword rule
 * reads them.
 * @example writtenInOtherScript(['مساعدة', 'أطفال الجيران وحدهم في المنزل كل ليلة']) //=> true
 * @example writtenInOtherScript(['Biblioteket', 'Har ni böcker på ukrainska (українською)?']) //=> false
 */
export function writtenInOtherScript(texts: readonly string[]): boolean {
  let other = 0;
  let latin = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const s = symbolOf(text.charCodeAt(i));
      if (s === SYMBOL_OTHER_LETTER) other++;
      else if (s !== SYMBOL_SPACE && s <= 26) latin++;
    }
  }
  return other >= UNREAD_SCRIPT_LETTERS && other > latin;
}
