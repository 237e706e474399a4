import * as fold from './fold';

// local copies: an imported binding is a getter call each time under some loaders (tsx)
const SYMBOL_OTHER_LETTER = fold.SYMBOL_OTHER_LETTER;
const SYMBOL_SPACE = fold.SYMBOL_SPACE;
const SYMBOL_TABLE = fold.SYMBOL_TABLE;
const symbolOf = fold.symbolOf;

/** Letters of a script the keyword matcher cannot tell apart, from this many on, in most of the text. */
const UNREAD_SCRIPT_LETTERS = 20;
/** How much of each text is looked at: a text mostly in another script shows it from the start. */
const LOOK_AT = 1_000;

/**
 * The texts are mostly written in a script other than Latin (Arabic, Persian, Tigrinya,
 * Cyrillic …): the keyword matcher folds every such letter to one symbol, so no keyword rule
 * reads them. Only the first thousand characters of each text are looked at.
 * @example writtenInOtherScript(['مساعدة', 'أطفال الجيران وحدهم في المنزل كل ليلة']) //=> true
 * @example writtenInOtherScript(['Biblioteket', 'Har ni böcker på ukrainska (українською)?']) //=> false
 */
export function writtenInOtherScript(texts: readonly string[]): boolean {
  let other = 0;
  let latin = 0;
  for (const text of texts) {
    const n = Math.min(text.length, LOOK_AT);
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      let s = SYMBOL_TABLE[code]!;
      if (s === 255) s = symbolOf(code);
      if (s === SYMBOL_OTHER_LETTER) other++;
      else if (s !== SYMBOL_SPACE && s <= 26) latin++;
    }
  }
  return other >= UNREAD_SCRIPT_LETTERS && other > latin;
}
