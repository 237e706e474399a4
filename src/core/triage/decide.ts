import type { SvarstidConfig } from '../config/schema';
import { foldText } from '../text/fold';
import { KINDS, KIND_PRECEDENCE, type Channel, type Kind } from '../vocabulary';
import type { CompiledCondition, CompiledRule, CompiledRules } from './compileRules';
import type { DepartmentModel } from './departmentModel';
import type { KindModel } from './kindModel';
import { matchRule, type KeywordScan, type MessageFacts, type RuleMatch } from './matchRules';
import { CLOSE_CALL, WEAK_SCORE } from './uncertainty';
import { ZONE_INDEX, type MessageZones } from './zones';
import { isEnglish } from './signals';

const NOT_BLANK = /\S/;
/** A question mark the writer wrote (links are taken out first). */
const ASKS = /\?/;
/** A web address, whose "?" starts a query, not a question. */
const LINK = /\S*(?:https?:\/\/|www\.)\S*/gi;

/** An evidence score at or above this makes a kind fit and a department a candidate. */
export const SCORE_THRESHOLD = 1;
/** How much a department's rules beyond its strongest one add to its score. */
export const MORE_RULES_FACTOR = 0.5;
/** The weight of an ordinary topic rule (a department's words); heavier rules say who must act or a convention. */
export const TOPIC_WEIGHT = 2.5;

/** How a kind or department was decided. */
export type Decision<T> =
  | { value: T; how: 'decisive'; match: RuleMatch }
  | { value: T; how: 'evidence'; match: RuleMatch; score: number; outranked: T[]; runnerUp?: number; runnerUpValue?: T }
  | { value: T; how: 'forced'; cause: Kind }
  | { value: T; how: 'default' };

/** Adds every matching evidence rule to per-target scores; remembers each target's strongest rule. */
function scoreEvidence(
  matches: RuleMatch[],
  target: (m: RuleMatch) => string | undefined,
): Map<string, { score: number; best: RuleMatch; bestContribution: number }> {
  const scores = new Map<string, { score: number; best: RuleMatch; bestContribution: number }>();
  for (const m of matches) {
    const t = target(m);
    if (t === undefined) continue;
    const contribution = (m.rule.rule.weight ?? 0) * m.strength;
    const entry = scores.get(t);
    if (!entry) scores.set(t, { score: contribution, best: m, bestContribution: contribution });
    else {
      entry.score += contribution;
      if (contribution > entry.bestContribution) {
        entry.best = m;
        entry.bestContribution = contribution;
      }
    }
  }
  return scores;
}

/** Every rule that matches, in rule order. `phase` picks rules that can run before/after the kind is known. */
export function matchingRules(compiled: CompiledRules, scan: KeywordScan, facts: MessageFacts, phase: 'kind' | 'department'): RuleMatch[] {
  const out: RuleMatch[] = [];
  const rules = phase === 'kind' ? compiled.kindRules : compiled.departmentRules;
  // only the rules the message's keywords can let through (and those that need none) are looked at
  const { always, byCondition, mark } = phase === 'kind' ? compiled.kindIndex : compiled.departmentIndex;
  mark.set(always);
  const { conditionStamp, stamp } = scan;
  for (let c = 0; c < byCondition.length; c++) {
    if (conditionStamp[c] !== stamp) continue;
    const list = byCondition[c]!;
    for (let k = 0; k < list.length; k++) mark[list[k]!] = 1;
  }
  // a message whose only text is its subject is a contact and keeps its deadline (SPEC §1): words
  // found in it ("Avregistrera mig", "Test", "Nyhetsbrev") take it for inget ärende under no rule,
  // built-in or an admin's — only a subject line a system writes as it is ("Accepterat: …",
  // "Undeliverable: …") and a rule about what a whole short text is (a bare "Tack!") do
  const contactOnly = phase === 'kind' && facts.zones.subjectOnly;
  // a person who forwards machine mail and asks about it in their own words ("VB: Olevererbart: … Vilken adress
  // gäller?", "VB: Din faktura … Är detta äkta?") is a contact: the bounce or the phishing is what they ask about
  // (a real forward: forwarded text under the writer's own, and a question mark outside any link — a spammer's
  // "Fwd:" with its own "Vill du boka en ny tid? … http://…?id=" is still spam)
  // — and so is one who types a note above a system's text pasted without a header (`pasted`: the note reads as a person's)
  const askedOverForward =
    phase === 'kind' &&
    (facts.zones.pasted ||
      ((facts.zones.forward || facts.zones.sentOn) &&
        NOT_BLANK.test(facts.zones.texts[ZONE_INDEX.forwarded]!) &&
        (ASKS.test(facts.zones.texts[ZONE_INDEX.body]!.replace(LINK, ' ')) || ownMatterOverForward(facts.zones))));
  // … and one whose automatic reply carries a typed part that asks the municipality something ("Till Ekeby kommun: gäller
  // skolskjutsbeslutet även för årskurs 4?", "Regarding your invoice …: could you please confirm the new address?")
  const askedInAutoReply = phase === 'kind' && AUTO_REPLY_SUBJECT.test(facts.zones.rawSubject) && asksBesideAbsence(facts.zones.texts[ZONE_INDEX.body]!);
  for (let i = 0; i < rules.length; i++) {
    if (mark[i] === 0) continue;
    if (contactOnly && rules[i]!.rule.then.kind === 'ej_arende' && !judgesSubjectOnly(rules[i]!)) continue;
    if ((askedOverForward || askedInAutoReply) && rules[i]!.rule.then.kind === 'ej_arende') continue;
    const m = matchRule(rules[i]!, scan, facts);
    if (m) out.push(m);
  }
  return out;
}

/** An automatic reply's subject as mail programs write it. */
const AUTO_REPLY_SUBJECT = /^\s*(?:automatiskt\s+svar|automatisk\s+svar|automatic\s+reply|autosvar|autoreply|auto-reply|out\s+of\s+(?:the\s+)?office)\s*:/i;
/** A paragraph addressed to the municipality ("Till Ekeby kommun, fritid: …", "Till Rosvik kommun / slamtömningen: …"). */
const TO_THE_MUNICIPALITY = /^\s*(?:[Tt]ill|[Tt]o)\s+\p{Lu}[\p{L}-]*\s+(?:kommun|municipality)(?![\p{L}])/u;
/** An absence reply's own question that sends the reader elsewhere ("Brådskande? Ring växeln", "Frågor om fakturor? Kontakta …"). */
const REDIRECT = /brådskande|akut|urgent|kontakta|ring|mejla|skicka|vänd\s+dig|contact|call|e-?mail|reach/i;
/**
 * Whether an automatic reply's text asks something beside the absence: a line after its first that is addressed to the municipality,
 * or holds a question (outside any link) that does not send the reader elsewhere.
 */
function asksBesideAbsence(body: string): boolean {
  const lines = body.split('\n');
  for (let i = 1; i < lines.length && i < 12; i++) {
    const line = lines[i]!;
    if (TO_THE_MUNICIPALITY.test(line) || (ASKS.test(line.replace(LINK, ' ')) && !REDIRECT.test(line))) return true;
  }
  return false;
}

/** The writer's own word (jag, vi, min; English "I" as written, never Swedish "i"). */
const FIRST_PERSON_WORD = /(?<![\p{L}])(?:[Jj]ag|[Vv]i|[Mm]ig|[Oo]ss|[Mm]in|[Mm]itt|[Mm]ina|[Vv]år|[Vv]årt|[Vv]åra|JAG|VI|I|[Ww]e|[Mm]e|[Mm]y|[Oo]ur)(?![\p{L}])/u;
/** A note that only tells of the forward itself ("Detta studsade tillbaka …, för kännedom", "skickar det vidare"). */
const ABOUT_THE_FORWARD = /(?<![\p{L}])(?:vidarebefordrar|påminna\s+om|skickar\s+(?:det|detta|den|dem)?\s*vidare|för\s+kännedom|fyi|kom\s+till\s+min\s+inkorg|studsade|forwarding|for\s+your\s+information)(?![\p{L}])/iu;
/** What a writer demands or finds wrong, beyond wanting ("begär", "fel", "ersättning", "klagar", "förslag", "varför"). */
const STRONG_MATTER_WORD = /(?<![\p{L}])(?:begär\p{L}*|ta\s+del\s+av|fel|felet|ersättning|klagar|klagomål|förslag|varför|jag\s+vill\s+(?:ha|att|veta|inte)|vi\s+vill\s+(?:ha|att|veta|inte)|demand|wrong|complain\p{L}*)(?![\p{L}])/iu;
/** What a writer wants or finds wrong ("jag vill", "begär", "fel", "ersättning", "förslag", "varför"). */
const MATTER_WORD = /(?<![\p{L}])(?:vill|begär\p{L}*|ta\s+del\s+av|fel|felet|ersättning|klagar|klagomål|förslag|varför|måste|want|demand|wrong|complain\p{L}*|suggest\p{L}*)(?![\p{L}])/iu;
/** Words of a text that hold a letter. */
const WORD_WITH_LETTER = /\S*\p{L}\S*/gu;
/**
 * Whether the writer's own text over a forward tells a matter of their own without a question mark ("Förslag: stäng hellre en
 * förmiddag …", "Jag vill ha ersättning för den", "Begär härmed att få ta del av avtalet"): a dozen words or more in the writer's own
 * voice or saying what they want, no link (a spammer's "Fwd:" writes one: "Bekräfta din adress här: http://…"), not only telling of
 * the forward ("för kännedom", "studsade"), and not a colleague's forward to their own organisation's mailbox.
 */
function ownMatterOverForward(zones: MessageZones): boolean {
  const body = zones.texts[ZONE_INDEX.body]!;
  if (LINK.test(body)) {
    LINK.lastIndex = 0;
    return false;
  }
  // (staff forwarding to their own organisation's mailbox pass mail on: the forwarded mail is the matter)
  if (staffSender(zones)) return false;
  // (a mailing that forwards itself: "Fwd: Ditt paket …" from the same domain as the mail under it)
  const forwardedFrom = /[a-z0-9._%+-]+@([a-z0-9.-]+\.[a-z]{2,})/i.exec(zones.texts[ZONE_INDEX.forwarded]!.slice(0, 1500));
  const from = zones.texts[ZONE_INDEX.from]!.toLowerCase();
  if (forwardedFrom !== null && from.endsWith(`@${forwardedFrom[1]!.toLowerCase()}`)) return false;
  // (a note about the forward counts only with a strong matter word: "Jag vidarebefordrar detta nyhetsbrev som jag tror att ni vill läsa")
  if (ABOUT_THE_FORWARD.test(body) && !STRONG_MATTER_WORD.test(body)) return false;
  return (body.match(WORD_WITH_LETTER)?.length ?? 0) >= 12 && (FIRST_PERSON_WORD.test(body) || MATTER_WORD.test(body));
}

/** Whether the sender writes from the domain the message was sent to (a colleague's forward to the shared mailbox). */
function staffSender(zones: MessageZones): boolean {
  const from = zones.texts[ZONE_INDEX.from]!.toLowerCase();
  const at = from.lastIndexOf('@');
  if (at < 0) return false;
  const domain = from.slice(at + 1);
  return zones.texts[ZONE_INDEX.to]!.toLowerCase().split(/\s+/).some((a) => a.endsWith(`@${domain}`));
}

/**
 * Whether a rule may take a message whose only text is its subject for inget ärende: it looks for a
 * subject line as a system writes it (`asWritten`: "Accepterat:", "Läst:"), or it judges a whole
 * short text (a `words` limit among its `all`, or the signal that every word is a thanks: "Tack!"
 * and nothing else).
 */
function judgesSubjectOnly(r: CompiledRule): boolean {
  return (
    r.all.some(isMachineSubject) ||
    r.any.some(isMachineSubject) ||
    r.all.some((c) => c.type === 'words' || (c.type === 'signal' && c.signals.size === 1 && c.signals.has('onlyThanks')))
  );
}

function isMachineSubject(c: CompiledCondition): boolean {
  return c.type === 'startsWith' && c.field === 'subject' && c.asWritten;
}

/** The kind: the first decisive rule, else the fitting kinds by precedence (SPEC §1), else `fraga`. */
export function decideKind(matches: RuleMatch[]): Decision<Kind> {
  const decisive = matches.find((m) => m.rule.decisive && m.rule.rule.then.kind !== undefined);
  if (decisive) return { value: decisive.rule.rule.then.kind!, how: 'decisive', match: decisive };
  const scores = scoreEvidence(
    matches.filter((m) => !m.rule.decisive),
    (m) => m.rule.rule.then.kind,
  );
  const fitting = [...scores.entries()].filter(([, s]) => s.score >= SCORE_THRESHOLD);
  for (const rank of KIND_PRECEDENCE) {
    const inRank = fitting.filter(([k]) => (rank as readonly string[]).includes(k)).sort((a, b) => b[1].score - a[1].score);
    const top = inRank[0];
    if (top) {
      const outranked = fitting
        .filter(([k, s]) => k !== top[0] && s.score > top[1].score)
        .map(([k]) => k as Kind);
      return { value: top[0] as Kind, how: 'evidence', match: top[1].best, score: top[1].score, outranked };
    }
  }
  return { value: 'fraga', how: 'default' };
}

/** The department: forced by the kind, else the first decisive rule, else the best score, else the fallback. */
export function decideDepartment(
  matches: RuleMatch[],
  kind: Kind,
  config: SvarstidConfig,
  compiled: CompiledRules,
): Decision<string> {
  const forced = kind === 'ej_arende' ? config.fallbackDepartment : config.triage.kindDepartments[kind];
  if (forced !== undefined && compiled.departmentIds.has(forced)) return { value: forced, how: 'forced', cause: kind };
  const decisive = matches.find(
    (m) => m.rule.decisive && m.rule.rule.then.department !== undefined && compiled.departmentIds.has(m.rule.rule.then.department),
  );
  if (decisive) return { value: decisive.rule.rule.then.department!, how: 'decisive', match: decisive };
  const scores = scoreEvidence(
    matches.filter((m) => !m.rule.decisive),
    (m) => {
      const d = m.rule.rule.then.department;
      return d !== undefined && compiled.departmentIds.has(d) ? d : undefined;
    },
  );
  // the strongest rule of a department counts fully, its other rules half: many loose words of one
  // department ("bänk", "skylt", "soptunna" in a proposal) do not outweigh the one that names the matter
  for (const e of scores.values()) e.score = e.bestContribution + MORE_RULES_FACTOR * (e.score - e.bestContribution);
  let best: [string, { score: number; best: RuleMatch }] | null = null;
  let second: [string, { score: number }] | null = null;
  for (const entry of scores) {
    if (!best || entry[1].score > best[1].score) {
      second = best;
      best = entry;
    } else if (!second || entry[1].score > second[1].score) second = entry;
  }
  if (best && best[1].score >= SCORE_THRESHOLD) {
    // (never below 0: rules with negative weights can leave a runner-up below nothing)
    const runnerUp = Math.max(0, second?.[1].score ?? 0);
    return {
      value: best[0],
      how: 'evidence',
      match: best[1].best,
      score: best[1].score,
      outranked: [],
      runnerUp,
      ...(second && runnerUp > 0 ? { runnerUpValue: second[0] } : {}),
    };
  }
  return { value: config.fallbackDepartment, how: 'default' };
}

/** How the kind model decided a kind (see {@link decideKindWithModel}). */
export interface ModelKindDecision {
  value: Kind;
  how: 'model';
  probability: number;
  /** The message's words that pushed the model most towards the kind, as written. */
  words: string[];
  /** The weak rule the model overruled, if it overruled one. */
  overruled: { match: RuleMatch; kind: Kind } | null;
  /** The kind the model found next likeliest, for an officer to weigh an unsure guess. */
  runnerUp: { kind: Kind; probability: number };
}

/** The kind decided by rules, or by the kind model backing them. */
export type KindDecision = Decision<Kind> | ModelKindDecision;

/**
 * Kinds whose rule evidence the model may never overrule, whatever its data says: a missed
 * "inget ärende", orosanmälan or letter to a politician is worse than a slow answer, and a
 * question the rules recognise (supplier invoices, press) is a labelling convention (SPEC §1).
 */
const NEVER_OVERRULED: ReadonlySet<Kind> = new Set<Kind>(['ej_arende', 'orosanmalan', 'fortroendevald', 'fraga']);

/** Share of a message's content words the model must know before it may overrule a rule. */
export const VETO_MIN_KNOWN = 0.6;
/** Content words (four letters or more) a text needs before the model may overrule a rule: a short text gives it too little to judge. */
export const VETO_MIN_WORDS = 8;

/**
 * The model's pick, if it is allowed to name `kind` at probability `p`. `fraga` is never taken (it
 * is the fallback), and neither is `ej_arende`: it takes the deadline away, so it needs positive
 * evidence a rule can name (SPEC §1), not a statistical guess.
 */
function modelMay(model: KindModel, kind: Kind, p: number): boolean {
  const t = model.data.thresholds[kind];
  return kind !== 'fraga' && kind !== 'ej_arende' && t !== undefined && p >= t;
}

/**
 * Lets the kind model back the rules (SPEC §1 precedence stays the rules'):
 * - decisive rules, several fitting kinds, and rule evidence for inget ärende, orosanmälan,
 *   förtroendevald and the fråga conventions (invoices, press) always stay;
 * - when no kind fits (the `fraga` fallback), a model confident enough in another kind names
 *   it (per-kind thresholds from cross-validation; 0.9 for orosanmälan, inget ärende and
 *   förtroendevald, where a false answer is costly);
 * - a weak rule hit (score below `veto.maxRuleScore`) for a synpunkt, fault, claim or
 *   application gives way to a confident model — only on a text of some length whose words the
 *   model knows and whose words (not the prior) favour the model's kind;
 * - the model never decides without a telling word of the message to name in the explanation.
 * The model is only run when it can change the answer (speed).
 */
export function decideKindWithModel(rules: Decision<Kind>, model: KindModel, zones: MessageZones, channel: Channel): KindDecision {
  if (rules.how === 'decisive' || rules.how === 'forced') return rules;
  const veto = model.data.veto;
  const weak =
    rules.how === 'evidence' &&
    veto !== null &&
    rules.score < veto.maxRuleScore &&
    rules.outranked.length === 0 &&
    veto.kinds.includes(rules.value) &&
    !NEVER_OVERRULED.has(rules.value);
  if (rules.how !== 'default' && !weak) return rules;
  const scores = model.score(zones, channel);
  const { best, bestProbability } = scores;
  if (best === rules.value) return rules;
  if (rules.how === 'default') {
    if (!modelMay(model, best, bestProbability)) return rules;
  } else if (
    veto === null ||
    bestProbability < veto.probability ||
    (best === 'fraga' ? !veto.toQuestion : !modelMay(model, best, bestProbability)) ||
    // the model must know the text and its words themselves must speak against the rule's kind: a
    // foreign or odd text gets the prior's answer (mostly fråga), which is no reason to overrule a rule
    scores.known < VETO_MIN_KNOWN ||
    scores.words < VETO_MIN_WORDS ||
    scores.wordLogits[KINDS.indexOf(best)]! <= scores.wordLogits[KINDS.indexOf(rules.value)]! ||
    // the model learnt little English beyond its questions ('there', 'near'): in an English text it
    // does not take a rule's kind back to a question
    (best === 'fraga' && isEnglish(zones.texts[ZONE_INDEX.body]!))
  ) {
    return rules;
  }
  const words = model.evidence(zones, channel, best, 3, (e) => isTelling(zones.texts[e.zone]!.slice(e.start, e.end))).map((e) =>
    quote(zones.texts[e.zone]!, e.start, e.end),
  );
  // a model that cannot name one telling word of the message (only the channel, numbers and
  // function words) does not decide: an officer could not check its reason
  if (words.length === 0) return rules;
  let second = best === KINDS[0] ? 1 : 0;
  KINDS.forEach((k, i) => {
    if (k !== best && scores.probabilities[i]! > scores.probabilities[second]!) second = i;
  });
  return {
    value: best,
    how: 'model',
    probability: bestProbability,
    runnerUp: { kind: KINDS[second]!, probability: scores.probabilities[second]! },
    words,
    overruled: rules.how === 'evidence' ? { match: rules.match, kind: rules.value } : null,
  };
}

/** Function words that carry weight in the model but explain nothing to an officer. */
const FUNCTION_WORDS = new Set(
  (
    'och i att det som en på är av för med till den har de inte om ett han hon men var jag sig från vi så kan man när år säger ' +
    'under också efter eller nu sin där vid mot ska skulle kommer ut får finns vara blev bli blir hade även alla andra detta ' +
    'där ner upp går gick hela all allt enda kunna kunde göra gjorde ' +
    'hur mig mitt min mina du dig din ni er era oss vår våra honom henne dem deras dess sedan då här än bara mycket nog ' +
    'ju väl ja nej hej tack mvh vad vem vilka vilken vilket varför både dock utan mellan genom över igen redan ännu ' +
    'the a an and or of to in on at for is are was be it this that i you we they he she my our your have has not with'
  )
    .split(' ')
    .map(foldText), // compared with folded text (på → pa)
);

/** Whether a quoted span says something (not only function words, numbers or single letters). */
function isTelling(text: string): boolean {
  return foldText(text)
    .split(' ')
    .some((w) => w.length >= 3 && !FUNCTION_WORDS.has(w) && !/^\d+$/.test(w));
}

/** A short quote of the words at a span (at most 40 characters, whitespace as single spaces). */
function quote(text: string, start: number, end: number): string {
  return text.slice(start, Math.min(end, start + 40)).replace(/\s+/g, ' ').trim();
}

/** How the department model decided a department (see {@link decideDepartmentWithModel}). */
export interface ModelDepartmentDecision {
  value: string;
  how: 'model';
  probability: number;
  /** The message's words that pushed the model most towards the department, as written. */
  words: string[];
  /** The weak rule hit the model overruled, if it overruled one. */
  overruled: { match: RuleMatch; department: string } | null;
  /** Whether the rules of the model's department scored close to those it overruled (a close call). */
  closeCall?: true;
}

/** The department decided by rules, or by the department model backing them. */
export type DepartmentDecision = Decision<string> | ModelDepartmentDecision;

/**
 * Lets the department model back the department rules where they are weak:
 * - when no rule names a department (the fallback), a model confident enough in another
 *   configured department names it (`fallback` threshold);
 * - one weak keyword for a department (a single hit, no close runner-up) gives way to a very
 *   confident model naming another configured department (`weak` threshold);
 * - when two departments' rules score close (the runner-up at least `CLOSE_CALL` of the winner)
 *   and the winner's strongest rule is an ordinary topic rule (`TOPIC_WEIGHT`), the model may
 *   pick the runner-up if confident enough in it (`close` threshold): the rules found words of
 *   both, and the model weighs all of the writer's words to tell which must act;
 * - decisive rules, a department the kind always goes to, inget ärende and clear rule evidence
 *   always stay, and the model never decides without a telling word of the message to name.
 * The model is only run when it can change the answer.
 */
export function decideDepartmentWithModel(
  rules: Decision<string>,
  kind: Kind,
  model: DepartmentModel,
  zones: MessageZones,
  channel: Channel,
  departmentIds: ReadonlySet<string>,
): DepartmentDecision {
  if (kind === 'ej_arende') return rules;
  const weak = rules.how === 'evidence' && rules.score < WEAK_SCORE && (rules.runnerUp ?? 0) < CLOSE_CALL * rules.score;
  // (only over an ordinary topic rule: a rule heavier than any topic word names who must act or a convention — a
  // state road the contact centre refers on, a school yard's swing — and word statistics do not second-guess it)
  const close =
    rules.how === 'evidence' &&
    rules.runnerUpValue !== undefined &&
    (rules.runnerUp ?? 0) >= CLOSE_CALL * rules.score &&
    (rules.match.rule.rule.weight ?? Infinity) <= TOPIC_WEIGHT;
  if (rules.how !== 'default' && !weak && !close) return rules;
  const threshold = rules.how === 'default' ? model.data.fallback : weak ? model.data.weak : (model.data.close ?? null);
  if (threshold === null) return rules;
  const scores = model.score(zones, channel);
  let best = -1;
  model.order.forEach((d, i) => {
    if (departmentIds.has(d) && (best < 0 || scores.probabilities[i]! > scores.probabilities[best]!)) best = i;
  });
  if (best < 0) return rules;
  const department = model.order[best]!;
  const probability = scores.probabilities[best]!;
  if (department === rules.value || probability < threshold) return rules;
  // in a close call the model only chooses between the two departments the rules found
  if (close && rules.how === 'evidence' && department !== rules.runnerUpValue) return rules;
  const words = model.evidence(zones, channel, department, 3, (e) => isTelling(zones.texts[e.zone]!.slice(e.start, e.end))).map((e) =>
    quote(zones.texts[e.zone]!, e.start, e.end),
  );
  if (words.length === 0) return rules;
  return {
    value: department,
    how: 'model',
    probability,
    words,
    overruled: rules.how === 'evidence' ? { match: rules.match, department: rules.value } : null,
    ...(close ? { closeCall: true as const } : {}),
  };
}
