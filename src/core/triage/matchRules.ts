import type { Signal } from '../config/triageSchema';
import { foldText } from '../text/fold';
import { wordAround } from '../text/keywordMatcher';
import { joinSpokenPairs, spansJoin } from '../text/spokenCompounds';
import { CONCERN_ZONES, type ConcernHits } from './concern';
import { isEnglish, type SignalSet } from './signals';
import type { Channel, Kind } from '../vocabulary';
import { DECISIVE_MIN_ZONE_WEIGHT, type CompiledCondition, type CompiledRule, type CompiledRules } from './compileRules';
import { PLACE_REFERENCE_FACTOR, TOPIC_FACTOR, isPlaceReference, isTopicReference } from './placeReference';
import { wordRoleFactor } from './wordRole';
import { ZONES, ZONE_COUNT, ZONE_INDEX, ZONE_NAMES, type MessageZones } from './zones';

/**
 * Where the keywords of a message were found: per rule keyword slot, the best zone weight, where
 * it was found, and more. One slot's facts sit together (`slots`, {@link SLOT_STRIDE} numbers per
 * slot: one cache line), so a keyword hit writes one line, not one per fact. The arrays belong to
 * the compiled rules and are reused from message to message; a slot or condition is valid only
 * when its stamp equals `stamp` (no clearing between messages).
 */
export interface KeywordScan {
  /** Per slot at `slot * SLOT_STRIDE`: stamp, weight, zone weight, zone, start, end, in subject (see `SLOT_*`). */
  slots: Float64Array;
  conditionStamp: Uint32Array;
  /** Per keyword condition whose stamp is `stamp`: the slots of it that were hit, in the order first hit. */
  conditionHits: number[][];
  stamp: number;
  /** Words in the author's text. */
  words: number;
  /** The concern reader's keywords found in its zones (when the automaton carries them). */
  concern: ConcernHits;
}

/** Numbers per slot in {@link KeywordScan.slots}. */
const SLOT_STRIDE = 8;
/** The message's stamp when the slot holds a hit of it. */
const SLOT_STAMP = 0;
/** Best weight (with the place-reference, topic and word-role factors). */
const SLOT_WEIGHT = 1;
/** Best zone weight without the place-reference discount (decisive rules use this). */
const SLOT_ZONE_WEIGHT = 2;
/** Zone, start and end (exclusive) of the best hit. */
const SLOT_ZONE = 3;
const SLOT_START = 4;
const SLOT_END = 5;
/** 1: the keyword is also in the subject (the subject names the topic: a small bonus). */
const SLOT_IN_SUBJECT = 6;

const scratch = new WeakMap<CompiledRules, KeywordScan>();

function scanBuffers(compiled: CompiledRules): KeywordScan {
  let scan = scratch.get(compiled);
  if (!scan) {
    scan = {
      slots: new Float64Array(compiled.slotCount * SLOT_STRIDE),
      conditionStamp: new Uint32Array(compiled.conditionCount),
      conditionHits: Array.from({ length: compiled.conditionCount }, () => []),
      stamp: 0,
      words: 0,
      concern: { byZone: new Array<number[] | undefined>(ZONE_COUNT).fill(undefined) },
    };
    scratch.set(compiled, scan);
  }
  scan.stamp = scan.stamp >= 0xfffffff0 ? 1 : scan.stamp + 1;
  if (scan.stamp === 1) {
    scan.slots.fill(0);
    scan.conditionStamp.fill(0);
  }
  scan.words = 0;
  scan.concern.byZone.fill(undefined);
  return scan;
}

/** How much more a department's keyword counts in a web form's fields than other form-field words. */
const FORM_AREA_FACTOR = 2;
/**
 * How much a department's keyword counts in a web form's fields and its subject when the writer
 * says the form had no category for their matter (`MessageZones.categoryDisowned`).
 */
const DISOWNED_CATEGORY_FACTOR = 0.25;
/**
 * How much a kind's keyword counts in a reply's subject (`SV: Felanmälan …`): it names the thread
 * answered, not what the writer says now (the newest text decides).
 */
const REPLY_SUBJECT_KIND_FACTOR = 0.5;

/**
 * A resident who forwards the municipality's own mail back to it (`MessageZones.forwardsOurMail`:
 * an old booking confirmation, a building permit's request) and writes a text of their own of at
 * least this many words that names some department's matter: that text says what the matter is
 * now, and the forwarded history counts less for the department. Staff forwarding a resident's
 * mail are not meant (the forwarded mail is then the matter). Reports of concern are read apart
 * (concern.ts) and keep reading forwarded text in full.
 */
const OWN_TEXT_WORDS = 20;
const FORWARDED_UNDER_OWN_TEXT_FACTOR = 0.4;

/** 1 for the zones whose concern keywords the scan collects. */
const CONCERN_ZONE_SET = new Uint8Array(ZONE_COUNT);
for (const z of CONCERN_ZONES) CONCERN_ZONE_SET[z] = 1;
/** Hit arrays reused from message to message (scans are synchronous). */
const reusable: (number[] | undefined)[] = new Array<number[] | undefined>(ZONE_COUNT).fill(undefined);

/** The zones from here on are addresses and the sender's name (see `ZONES`). */
const FIRST_ADDRESS_ZONE = ZONE_INDEX.from;

/** Runs the keyword automaton over every zone a rule looks at (one linear pass per zone). */
export function scanKeywords(compiled: CompiledRules, zones: MessageZones, channel?: Channel): KeywordScan {
  const scan = scanBuffers(compiled);
  // scanned letters carry OCR errors (`ans0ker`, `rol1ator`); address zones are addresses
  const ocr = { ocr: channel === 'post' };
  const addressed = { addresses: true };
  const { slots, conditionStamp, conditionHits, stamp } = scan;
  const { refStart, refSlot, refCond, refTopical, refWeights } = compiled;
  const subjectZone = ZONE_INDEX.subject;
  const formZone = ZONE_INDEX.form;
  const bodyZone = ZONE_INDEX.body;
  const forwardedZone = ZONE_INDEX.forwarded;
  // whether the author's newest text named a department's matter (set while the body is scanned)
  let ownTopical = false;
  for (let z = 0; z < ZONE_COUNT; z++) {
    const text = zones.texts[z]!;
    if (!compiled.zonesNeeded[z] || text.length === 0) continue;
    let placeAt = -1;
    let factor = 1;
    let topicFactor = 1;
    let topicAt = -1;
    let roleAt = -1;
    let roleEnd = -1;
    let roleFactor = 1;
    const kindFactor = z === subjectZone && zones.reply ? REPLY_SUBJECT_KIND_FACTOR : 1;
    const concernBase = compiled.concernBase;
    let concernHits: number[] | undefined;
    if (concernBase >= 0 && CONCERN_ZONE_SET[z] === 1) {
      concernHits = scan.concern.byZone[z] = reusable[z] ??= [];
      concernHits.length = 0;
    }
    const onHit = (keyword: number, hitStart: number, hitEnd: number): void => {
      if (concernBase >= 0 && keyword >= concernBase) {
        concernHits?.push(keyword - concernBase, hitStart, hitEnd);
        return;
      }
      const to = refStart[keyword + 1]!;
      for (let e = refStart[keyword]!; e < to; e++) {
        let zw = refWeights[e * ZONE_COUNT + z]!;
        if (zw === 0) continue;
        const topical = refTopical[e] === 1;
        // a system's text a person pasted under their note says where the matter belongs, never what the person wants
        if (!topical && z === forwardedZone && zones.pasted) continue;
        // what the words before the hit say of it, read once per position and only for a keyword that counts here
        if (hitStart !== placeAt) {
          placeAt = hitStart;
          factor = isPlaceReference(text, hitStart) ? PLACE_REFERENCE_FACTOR : 1;
          topicAt = -1;
        }
        if (topical && topicAt !== hitStart) {
          topicAt = hitStart;
          // (a reply's subject names the thread, not what the writer asks now)
          topicFactor = factor === 1 && !(z === subjectZone && zones.reply) && isTopicReference(text, hitStart) ? TOPIC_FACTOR : 1;
        }
        // a web form's area fields ("Idrott och fritid") are the citizen's own choice of department
        // (the form's type — "Felanmälan" — too: "Hittade inget annat formulär" says it was no choice)
        if (zones.categoryDisowned && (z === formZone || z === subjectZone)) zw *= DISOWNED_CATEGORY_FACTOR;
        else if (topical && z === formZone && channel === 'webb') zw *= FORM_AREA_FACTOR;
        // (a department's keyword that only modifies a compound's head, or sits in a surname, says less)
        if (topical && (hitStart !== roleAt || hitEnd !== roleEnd)) {
          roleAt = hitStart;
          roleEnd = hitEnd;
          roleFactor = wordRoleFactor(text, hitStart, hitEnd);
        }
        const role = topical ? roleFactor : 1;
        if (topical && z === bodyZone && factor * role > 0) ownTopical = true;
        const history = topical && z === forwardedZone && zones.forwardsOurMail && ownTopical && scan.words >= OWN_TEXT_WORDS ? FORWARDED_UNDER_OWN_TEXT_FACTOR : 1;
        const slot = refSlot[e]!;
        const cond = refCond[e]!;
        const at = slot * SLOT_STRIDE;
        if (slots[at + SLOT_STAMP] !== stamp) {
          slots[at + SLOT_STAMP] = stamp;
          slots[at + SLOT_WEIGHT] = 0;
          slots[at + SLOT_ZONE_WEIGHT] = 0;
          slots[at + SLOT_IN_SUBJECT] = 0;
          if (conditionStamp[cond] !== stamp) conditionHits[cond]!.length = 0;
          conditionHits[cond]!.push(slot);
        }
        conditionStamp[cond] = stamp;
        const w = zw * (topical ? factor * topicFactor * role * history : factor * kindFactor);
        if (zw > slots[at + SLOT_ZONE_WEIGHT]!) slots[at + SLOT_ZONE_WEIGHT] = zw;
        if (z === subjectZone) slots[at + SLOT_IN_SUBJECT] = 1;
        // (a tie goes to the author's text, which the subject then backs with its bonus)
        const best = slots[at + SLOT_WEIGHT]!;
        if (w > best || (w === best && slots[at + SLOT_ZONE] === subjectZone && z !== subjectZone)) {
          slots[at + SLOT_WEIGHT] = w;
          slots[at + SLOT_ZONE] = z;
          slots[at + SLOT_START] = hitStart;
          slots[at + SLOT_END] = hitEnd;
        }
      }
    };
    const words = compiled.matcher.scan(text, onHit, z >= FIRST_ADDRESS_ZONE ? addressed : ocr);
    // a voicemail's transcription writes compounds apart ("trygg hets larm"): read them joined too
    if (channel === 'telefon' && z === ZONE_INDEX.body) {
      const pairs = joinSpokenPairs(text);
      if (pairs !== null) {
        compiled.matcher.scan(pairs.text, (keyword, s, e) => {
          if ((concernBase < 0 || keyword < concernBase) && spansJoin(pairs, s, e)) onHit(keyword, pairs.source[s]!, pairs.source[e - 1]! + 1);
        });
      }
    }
    if (z === ZONE_INDEX.body) scan.words = words;
  }
  return scan;
}

/** Everything a condition can test besides keywords. */
export interface MessageFacts {
  channel: Channel;
  kind: Kind | null;
  hasAttachments: boolean;
  signals: SignalSet;
  zones: MessageZones;
  /** Evidence of computed signals that quote the message (the concern's words). */
  signalEvidence?: Map<Signal, MatchEvidence>;
  /** Cache of folded text starts (filled on first use). */
  folded?: FoldedStarts;
  /** The author's text is English (worked out on first use: the `englishText` signal). */
  english?: boolean;
}

/** What made a rule match, for the explanation. */
export interface MatchEvidence {
  sv: string;
  en: string;
}

export interface RuleMatch {
  rule: CompiledRule;
  /** 0 < strength ≤ 3: how much of the message's own text matched (see the rule schema). */
  strength: number;
  evidence: MatchEvidence;
}

interface ConditionResult {
  holds: boolean;
  strength: number;
  evidence: MatchEvidence | null;
}

/** Added to a keyword found in the author's text that the subject names too. */
const SUBJECT_BONUS = 0.25;
/** Local copy of the subject's zone index (read per keyword slot). */
const SUBJECT_ZONE = ZONE_INDEX.subject;
/** Larger than any position in a zone (texts are bounded to 64 KB). */
const MAX_POSITION = 1 << 20;

const FAIL: ConditionResult = { holds: false, strength: 0, evidence: null };
/** Scratch for the words a keyword condition has counted (conditions are evaluated one at a time). */
const COUNTED_FROM = new Float64Array(64);
const COUNTED_TO = new Float64Array(64);
const COUNTED_WEIGHT = new Float64Array(64);

/**
 * The evidence of a keyword found at a place: "ordet 'gatlyktan' står i brödtexten". Most matches
 * never reach an explanation (rules that lose, conditions of rules that fail), so the sentence is
 * written when it is first read; where the word was is taken now (the scan's slots are reused).
 */
class KeywordEvidence implements MatchEvidence {
  private said: { sv: string; en: string } | null = null;

  constructor(
    private readonly text: string,
    private readonly zone: number,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get sv(): string {
    return (this.said ??= this.say()).sv;
  }

  get en(): string {
    return (this.said ??= this.say()).en;
  }

  private say(): { sv: string; en: string } {
    const word = wordAround(this.text, this.start, this.end);
    const where = ZONE_NAMES[ZONES[this.zone]!];
    const phrase = word.includes(' ');
    return {
      sv: `${phrase ? 'uttrycket' : 'ordet'} '${word}' står ${where.sv}`,
      en: `the ${phrase ? 'phrase' : 'word'} '${word}' appears ${where.en}`,
    };
  }

  toJSON(): MatchEvidence {
    return { sv: this.sv, en: this.en };
  }
}

function keywordEvidence(scan: KeywordScan, zones: MessageZones, slot: number): MatchEvidence {
  const at = slot * SLOT_STRIDE;
  const z = scan.slots[at + SLOT_ZONE]!;
  // a message whose only text is its subject is read as its body: the words are said to be where the writer put them
  const shown = zones.subjectOnly && z === ZONE_INDEX.body ? ZONE_INDEX.subject : z;
  return new KeywordEvidence(zones.texts[z]!, shown, scan.slots[at + SLOT_START]!, scan.slots[at + SLOT_END]!);
}

/** Folded starts of the texts `startsWith` conditions look at, computed on first use per message. */
interface FoldedStarts {
  rawSubject?: string;
  subject?: string;
  byZone: Map<number, string>;
}

function foldedStart(facts: MessageFacts, which: 'rawSubject' | 'subject' | number): string {
  const f: FoldedStarts = (facts.folded ??= { byZone: new Map<number, string>() });
  if (which === 'rawSubject') return (f.rawSubject ??= foldText(facts.zones.rawSubject.slice(0, 200)));
  if (which === 'subject') return (f.subject ??= foldText(facts.zones.texts[ZONE_INDEX.subject]!.slice(0, 200)));
  let folded = f.byZone.get(which);
  if (folded === undefined) {
    folded = foldText(facts.zones.texts[which]!.slice(0, 200));
    f.byZone.set(which, folded);
  }
  return folded;
}

/** Whether a subject starts with `prefix` as a system writes it: followed by a colon, a bracket or nothing. */
function systemShaped(rawSubject: string, prefix: string): boolean {
  const subject = rawSubject.trim();
  if (subject.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) return false;
  if (/[:：]$/.test(prefix)) return true;
  return /^\s*(?:$|[:：(\[])/.test(subject.slice(prefix.length));
}

const SWEDISH_LETTER = /[åäöÅÄÖ]/u;

/**
 * Whether a subject starts with a prefix's letters as written, å, ä and ö kept apart (only asked of prefixes that have them): "Läst:"
 * or, from a system that drops them, "Last:" — never "Låst".
 */
function sameSwedishLetters(rawSubject: string, prefix: string): boolean {
  if (!SWEDISH_LETTER.test(prefix)) return true;
  const letters = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const subject = letters(rawSubject.slice(0, prefix.length + 40));
  const own = letters(prefix);
  if (!subject.startsWith(own) && !subject.startsWith(own.replace(/[åä]/gu, 'a').replace(/ö/gu, 'o'))) return false;
  // … and with its colon where it has one ("Läst: Möte", not a resident's "Läst igenom planförslaget")
  if (!/[:：]\s*$/u.test(prefix)) return true;
  let seen = 0;
  for (let i = 0; i < rawSubject.length; i++) {
    if (/[\p{L}\p{N}]/u.test(rawSubject[i]!)) seen++;
    if (seen === own.length) return /^\s*[:：]/u.test(rawSubject.slice(i + 1));
  }
  return false;
}

function startsWithText(facts: MessageFacts, c: Extract<CompiledCondition, { type: 'startsWith' }>): ConditionResult {
  const sources: ('rawSubject' | 'subject' | number)[] =
    c.field === 'subject'
      ? c.asWritten
        ? ['rawSubject']
        : ['rawSubject', 'subject']
      : c.field === 'text'
        ? ['rawSubject', ZONE_INDEX.body]
        : [ZONE_INDEX[c.field]];
  for (const source of sources) {
    const folded = foldedStart(facts, source);
    for (let i = 0; i < c.prefixes.length; i++) {
      const p = c.prefixes[i]!;
      if (p.length > 0 && folded.startsWith(p) && (folded.length === p.length || folded.charCodeAt(p.length) === 32)) {
        // a subject with no text under it is a person's unless it has a system's shape: the prefix
        // then a colon ("Ej levererat: …") or a bracket, or nothing more ("Ej levererat paket" is a contact)
        if (c.asWritten && facts.zones.subjectOnly && !systemShaped(facts.zones.rawSubject, c.original[i]!)) continue;
        // (folding makes "Låst" and "Läst" one word: a system's "Läst:" must be written with its own letters — "Låst grind vid skolan" is
        // a resident's)
        if (c.asWritten && !sameSwedishLetters(facts.zones.rawSubject, c.original[i]!)) continue;
        const what = c.field === 'subject' ? { sv: 'ämnesraden', en: 'the subject' } : { sv: 'texten', en: 'the text' };
        return {
          holds: true,
          strength: 1,
          evidence: { sv: `${what.sv} börjar med '${c.original[i]}'`, en: `${what.en} starts with '${c.original[i]}'` },
        };
      }
    }
  }
  return FAIL;
}

const SIGNAL_TEXT: Record<Signal, MatchEvidence> = {
  lookalikeSender: { sv: 'avsändardomänen efterliknar kommunens', en: "the sender's domain imitates the municipality's" },
  noRecipients: { sv: 'meddelandet saknar synliga mottagare', en: 'the message has no visible recipients' },
  emptyText: { sv: 'meddelandet saknar egen text', en: 'the message has no text of its own' },
  unreadContent: { sv: 'en del av meddelandet kunde inte läsas', en: 'part of the message could not be read' },
  concern: { sv: 'texten visar konkret oro för ett barn eller en utsatt vuxen', en: 'the text shows concrete concern for a child or a vulnerable adult' },
  partyMarker: { sv: 'ett namn har partibeteckning', en: 'a name carries a party label' },
  personalAddressee: { sv: 'meddelandet är skickat till en person, inte funktionsbrevlådan', en: 'the message was sent to a person, not the shared mailbox' },
  question: { sv: 'texten ställer en fråga', en: 'the text asks a question' },
  subjectQuestion: { sv: 'ämnesraden ställer en fråga', en: 'the subject line asks a question' },
  pocketDial: { sv: 'transkriberingen har bara bakgrundsljud och prat med någon annan (en fickringning)', en: 'the transcription holds only background sounds and talk to someone else (a pocket dial)' },
  numberedRoad: { sv: 'texten nämner en numrerad väg, alltså en statlig väg', en: 'the text names a numbered road, that is a state road' },
  englishText: { sv: 'texten är skriven på engelska', en: 'the text is written in English' },
  onlyThanks: { sv: 'texten är bara ett tack', en: 'the text is nothing but a thanks' },
  opensWithAbsence: { sv: 'texten är ett frånvarobesked och inget annat', en: 'the text is an absence reply and nothing else' },
  meetingResponseMatter: { sv: 'den inbjudnas egen kommentar i mötessvaret berättar om ett ärende', en: "the invitee's own note in the meeting response tells of a matter" },
};

function evaluateCondition(c: CompiledCondition, decisive: boolean, scan: KeywordScan, facts: MessageFacts): ConditionResult {
  switch (c.type) {
    case 'keywords': {
      if (scan.conditionStamp[c.cond] !== scan.stamp) return FAIL;
      const min = decisive ? DECISIVE_MIN_ZONE_WEIGHT : Number.MIN_VALUE;
      let max = 0;
      let sum = 0;
      let bestSlot = -1;
      let counted = 0;
      const slots = scan.slots;
      // the slots hit, in slot order (the order of the condition's keywords)
      const hit = sortedHits(scan.conditionHits[c.cond]!);
      let found = 0;
      for (let h = 0; h < hit.length; h++) {
        const s = hit[h]!;
        const o = s * SLOT_STRIDE;
        if (slots[o + SLOT_ZONE_WEIGHT]! < min) continue;
        found++;
        const zone = slots[o + SLOT_ZONE]!;
        const w = slots[o + SLOT_WEIGHT]! + (slots[o + SLOT_IN_SUBJECT] === 1 && zone !== SUBJECT_ZONE ? SUBJECT_BONUS : 0);
        if (w > max) {
          max = w;
          bestSlot = s;
        }
        // keywords that matched the same words (`=väg` and `=vägen`, `brunn` and `trekammarbrunn`,
        // `att hyra` and `hyra ut`) count once, with the best of their weights
        const from = zone * MAX_POSITION + slots[o + SLOT_START]!;
        const to = zone * MAX_POSITION + slots[o + SLOT_END]!;
        let i = 0;
        while (i < counted && !(from < COUNTED_TO[i]! && COUNTED_FROM[i]! < to)) i++;
        if (i < counted) {
          if (w > COUNTED_WEIGHT[i]!) {
            sum += w - COUNTED_WEIGHT[i]!;
            COUNTED_WEIGHT[i] = w;
          }
          continue;
        }
        if (counted < COUNTED_FROM.length) {
          COUNTED_FROM[counted] = from;
          COUNTED_TO[counted] = to;
          COUNTED_WEIGHT[counted] = w;
          counted++;
        }
        sum += w;
      }
      // a keyword not found (or found only where a decisive rule does not look)
      const missing = found < c.count;
      if (bestSlot < 0 || (c.mode === 'all' && missing)) return FAIL;
      const strength = c.mode === 'all' ? max : Math.min(3, max + 0.5 * (sum - max));
      return { holds: true, strength, evidence: keywordEvidence(scan, facts.zones, bestSlot) };
    }
    case 'startsWith':
      return startsWithText(facts, c);
    case 'channel':
      return c.channels.has(facts.channel) ? { holds: true, strength: 1, evidence: null } : FAIL;
    case 'kind':
      return facts.kind !== null && c.kinds.has(facts.kind) ? { holds: true, strength: 1, evidence: null } : FAIL;
    case 'hasAttachments':
      return facts.hasAttachments === c.equals ? { holds: true, strength: 1, evidence: null } : FAIL;
    case 'words':
      return scan.words <= c.atMost ? { holds: true, strength: 1, evidence: null } : FAIL;
    case 'signal':
      for (const s of c.signals) {
        if (facts.signals.has(s) || (s === 'englishText' && isEnglishText(facts))) {
          return { holds: true, strength: 1, evidence: facts.signalEvidence?.get(s) ?? SIGNAL_TEXT[s] };
        }
      }
      return FAIL;
  }
}

/** A condition's hit slots in ascending order (sorted in place: they are few, and come mostly in order). */
function sortedHits(hit: number[]): number[] {
  for (let i = 1; i < hit.length; i++) {
    const v = hit[i]!;
    let j = i - 1;
    while (j >= 0 && hit[j]! > v) {
      hit[j + 1] = hit[j]!;
      j--;
    }
    hit[j + 1] = v;
  }
  return hit;
}

/** Whether the author's text is English, worked out the first time a rule asks (most messages never need it). */
function isEnglishText(facts: MessageFacts): boolean {
  facts.english ??= isEnglish(facts.zones.texts[ZONE_INDEX.body]!);
  return facts.english;
}

function isTextCondition(c: CompiledCondition): boolean {
  return c.type === 'keywords' || c.type === 'startsWith';
}

/** Whether a rule matches a message, how strongly, and why. */
export function matchRule(rule: CompiledRule, scan: KeywordScan, facts: MessageFacts): RuleMatch | null {
  // a keyword condition the rule needs found no word: no need to look further
  if (rule.requires >= 0 && scan.conditionStamp[rule.requires] !== scan.stamp) return null;
  if (rule.requiresOneOf !== null && !rule.requiresOneOf.some((cond) => scan.conditionStamp[cond] === scan.stamp)) return null;
  // how much of the text matched; facts (channel, kind, signals, word counts) hold or not and do not
  // weaken it — a rule of facts alone has strength 1
  let strength = 3;
  let measured = false;
  let evidence: MatchEvidence | null = null;
  let factEvidence: MatchEvidence | null = null;
  for (const c of rule.all) {
    const r = evaluateCondition(c, rule.decisive, scan, facts);
    if (!r.holds) return null;
    if (isTextCondition(c)) {
      strength = Math.min(strength, r.strength);
      measured = true;
      evidence ??= r.evidence;
    } else factEvidence ??= r.evidence;
  }
  if (rule.any.length > 0) {
    let best: ConditionResult = FAIL;
    let bestIsText = false;
    for (const c of rule.any) {
      const r = evaluateCondition(c, rule.decisive, scan, facts);
      if (r.holds && r.strength > best.strength) {
        best = r;
        bestIsText = isTextCondition(c);
      }
    }
    if (!best.holds) return null;
    if (bestIsText) {
      strength = Math.min(strength, best.strength);
      measured = true;
      evidence = best.evidence ?? evidence;
    } else factEvidence = best.evidence ?? factEvidence;
  }
  if (!measured) strength = 1;
  evidence ??= factEvidence;
  for (const c of rule.none) {
    if (evaluateCondition(c, rule.decisive, scan, facts).holds) return null;
  }
  return {
    rule,
    strength,
    evidence: evidence ?? { sv: 'alla regelns villkor är uppfyllda', en: "all the rule's conditions hold" },
  };
}
