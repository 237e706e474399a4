/**
 * A numbered road: "väg 1050", "vägen 543", "länsväg 27", "riksväg 40", "rv 45", "road 296". In
 * Sweden a road with a number is a state road, kept by Trafikverket and outside the municipality's
 * remit (the contact centre refers a fault on it on), whatever its surface or lamps. A street with a
 * house number is not one ("Storvägen 12": the word must stand alone), nor a distance or a time told
 * after "vägen" ("vägen 20 minuter", "på vägen 50 meter bort"), nor a year ("bidrag till enskild väg
 * 2027"). Pure.
 */
const NUMBERED_ROAD =
  /(?<![\p{L}\d])(?:väg|vägen|riksväg|riksvägen|länsväg|länsvägen|rv|lv|road|route)\s*(?:nr\.?\s*|nummer\s*)?\d{2,4}(?![\d\p{L}])(?!\s*(?:m|meter|metre|metres|meters|km|kilometer|min|minuter|minutes|kr|år|st|sek|sekunder|dagar|veckor|timmar|%|procent)(?![\p{L}]))/giu;

/** A preposition that makes the road a landmark: from, to, towards, under or past it. */
const LANDMARK_BEFORE = /(?<![\p{L}])(?:från|till|mot|under|förbi|from|to|towards|past)\s+$/iu;
/** … unless a way onto or along the road comes before it: "avfarten från väg 25", "påfarten till väg 56", "sträckan mot väg 90". */
const ON_THE_ROAD_BEFORE = /(?<![\p{L}])(?:avfart|påfart|sträck|korsning|anslutning|infart|utfart)\p{L}*\s+(?:\p{L}+\s+)?$/iu;

/**
 * @summary Whether a text names a numbered (state) road.
 * @example namesNumberedRoad('Stort hål i vägen på väg 812 mellan Rödsjö och Malmnäs') //=> true
 * @example namesNumberedRoad('Gatlampan utanför Storvägen 12 är trasig') //=> false
 */
export function namesNumberedRoad(text: string): boolean {
  const head = text.length > 8192 ? text.slice(0, 8192) : text;
  // one pattern for every call (matching is synchronous): start each text from its beginning
  NUMBERED_ROAD.lastIndex = 0;
  for (let m = NUMBERED_ROAD.exec(head); m !== null; m = NUMBERED_ROAD.exec(head)) {
    const number = Number(/\d+/.exec(m[0].slice(m[0].search(/\d/)))![0]);
    // a year ("enskild väg 2027", "vägen 2026 års beläggning") is no road number
    if (number >= 1900 && number <= 2099) continue;
    // a state road named as a landmark the matter leads from, to or under ("Lillträskvägen, en enskild väg från väg 1047 till
    // vändplanen", "Gångtunneln under väg 287") is not where it is — "över" is left out: a tree lies "över väg 520"
    if (LANDMARK_BEFORE.test(head.slice(Math.max(0, m.index - 12), m.index)) && !ON_THE_ROAD_BEFORE.test(head.slice(Math.max(0, m.index - 40), m.index))) continue;
    return true;
  }
  return false;
}
