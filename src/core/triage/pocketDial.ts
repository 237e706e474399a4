/**
 * A pocket dial: a voicemail whose transcription holds only sounds the system marks in brackets
 * (`[otydligt]`, `[skratt]`, `[musik]`, `[brus]` …) and scraps of talk to someone else ("… nej men
 * ta den vänstra grinden så … ja …"). That is positive evidence of no contact (SPEC §1), so the
 * rule `ej.fickringning` may take the deadline away — but only when nothing is said to the
 * municipality and nothing sounds like distress: a scream or a cry marked in brackets, a call for
 * help, the police, pain or a fall keep the message a contact (and the concern reader reads it).
 */

/** A sound the transcription marks in brackets (or a longer note of its own, "[transkriberingen ofullständig: …]", never an ordinary sound). */
const MARKER = /\[([^\]\n]{1,160})\]/g;
/** Sounds of an ordinary day; any other marker ("[skrik]", "[gråt]", "[slag]") is not a pocket dial. */
const BENIGN =
  /^(?:otydlig(?:t)?(?: tal)?|ohörbar(?:t)?|skratt(?:ar)?|fniss|musik|radio|tv|brus|knaster|sus|bakgrundsljud|bakgrundsbrus|bakgrundsprat|motorljud|bilmotor|trafik(?:ljud)?|prasslande|prassel|rassel|vind|vindbrus|tystnad|paus|samtalet avslutas|samtalet bryts|samtalet slutar|meddelandet slutar|meddelandet avslutas|inspelningen slutar|slut|skrap|steg|inaudible|unclear|laughter|music|background noise|noise|silence|end of call)$/i;
/** Words said to the municipality or of distress, as word starts ("polisen", "hjälpa", "kommunen"): the caller meant to call, or may need help. */
const ADDRESSED =
  /(?:^|[^\p{L}])(?:hej (?:det|de|jag|ja)[^\p{L}]|jag heter|jag ringer|ringer (?:från|om|angående|för)|det gäller|de gäller|undrar|ring (?:mig|upp|tillbaka)|mitt (?:nummer|namn)|telefonnummer|kommun|hjälp|help|snäll|slå|slog|sparka|polis|police|ambulans|112|rädd|ont[^\p{L}]|ont$|blöd|blod|ramla|dör[^\p{L}]|döda|kniv|brand|brinn|elden|andas)/iu;
/**
 * A caller who tells a stranger who and where they are, or what has not happened since when ("hallå … ja det är Stig Larsson
 * på Kvarngatan sju … sopbilen har inte tagit … tunnan står kvar sedan i torsdags"): a message, however broken the line.
 */
const TELLS = /(?:^|[^\p{L}])(?:hallå|here is|this is|sedan i (?:går|förrgår|morse|måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags)|har inte (?:kommit|tagit|hämtat|tömt|fått|varit|svarat)|står kvar|fungerar inte|är trasig|\p{L}{2,}(?:gatan|vägen|gränd|backen|stigen|torget|allén|leden) (?:\d|ett |en |två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv))/iu;
/** "det är Stig", "det var Bengt": the caller names themself (a capital letter, as the transcription writes a name). */
const SELF_NAMED = /(?:^|[^\p{L}])(?:[Dd]et är|[Dd]et var|[Hh]är är|[Jj]ag heter) \p{Lu}\p{Ll}/u;
/** Where a voicemail system announces the transcription, and where its own text starts again. */
const TRANSCRIPTION_HEAD = /transkribering[^:\n]{0,60}:|transcription[^:\n]{0,60}:/i;
const SYSTEM_AGAIN = /ljudfil|meddelandet raderas|detta meddelande skickades|meddelandet skickades|svara inte på|audio file|the recording/i;

/** A line the system labels ("Till: …", "Mottaget: …"). */
const SYSTEM_LABEL = /^\s*[\p{L} ]{2,24}:/u;
/**
 * The voicemail system's own heading, as the first line, which names the box and the municipality ("Röstbrevlådan
 * Kontaktcenter – Orrnäs kommun, växel …"); a caller's words are never taken for it.
 */
const SYSTEM_HEADING = /^\s*(?:röstbrevlåda|röstbrevlådan|röstmeddelande|telefonsvarare|telefonsvararen|voicemail|voice mail)(?![\p{L}])[^\n]*(?:kommun|växel|kontaktcenter)/iu;

/** The transcription alone, without the system's own text around it (its header names the municipality). */
function transcription(text: string): string {
  const head = TRANSCRIPTION_HEAD.exec(text);
  let rest = head === null ? text : text.slice(head.index + head[0].length);
  const end = SYSTEM_AGAIN.exec(rest);
  if (end !== null) rest = rest.slice(0, end.index);
  // the system's labelled lines around it ("Till: Hallsjö kommun växel", "Brevlåda: Kontaktcenter")
  // are left out; every other line is the caller's and is read ("hjälp mig" on a line of its own)
  return rest
    .split('\n')
    .filter((l, i) => l.includes('[') || !(SYSTEM_LABEL.test(l) || (i === 0 && SYSTEM_HEADING.test(l))))
    .join('\n');
}

/** The most words of talk a pocket dial holds; a longer transcription is read as a message. */
const MAX_WORDS = 40;

/**
 * Whether the author's text of a voicemail is a pocket dial: at least two bracketed sounds, all of
 * them ordinary, at least two pauses (… or ...), at most forty words of talk, and nothing said to the
 * municipality or of distress.
 * @example isPocketDial('[otydligt] ... nej men Elsa lägg ner den ... [skratt] ... [brus]') //=> true
 * @example isPocketDial('[otydligt] ... hjälp ... [skrik]') //=> false
 */
export function isPocketDial(text: string): boolean {
  if (text.indexOf('[') < 0) return false;
  const t = transcription(text.length > 3000 ? text.slice(0, 3000) : text);
  let markers = 0;
  for (const m of t.matchAll(MARKER)) {
    if (!BENIGN.test(m[1]!.trim())) return false;
    markers++;
  }
  if (markers < 2) return false;
  const pauses = t.match(/\.\.\.|…/g)?.length ?? 0;
  if (pauses < 2) return false;
  const talk = t.replace(MARKER, ' ').replace(/\.\.\.|…/g, ' ');
  let words = 0;
  for (const w of talk.split(/\s+/)) if (/\p{L}/u.test(w) && ++words > MAX_WORDS) return false;
  return !(ADDRESSED.test(talk) || TELLS.test(talk) || SELF_NAMED.test(talk));
}
